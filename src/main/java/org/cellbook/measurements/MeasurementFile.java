package org.cellbook.measurements;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.cellbook.base.AbstractEntity;

/** One raw file of a measurement: its bytes are in the file store under {@link #getSha256()}. */
@Entity
@Table(name = "measurement_file")
public class MeasurementFile extends AbstractEntity {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "measurement_id")
  private Measurement measurement;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false, length = 64)
  private String sha256;

  @Column(name = "original_name", nullable = false)
  private String originalName;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  protected MeasurementFile() {}

  MeasurementFile(
      Measurement measurement, int position, String sha256, String originalName, long sizeBytes) {
    this.measurement = measurement;
    this.position = position;
    this.sha256 = sha256;
    this.originalName = originalName;
    this.sizeBytes = sizeBytes;
  }

  public int getPosition() {
    return position;
  }

  public String getSha256() {
    return sha256;
  }

  public String getOriginalName() {
    return originalName;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }
}

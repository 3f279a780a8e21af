package org.cellbook.measurements;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cellbook.base.Label;
import org.cellbook.base.WithdrawableEntity;
import org.cellbook.cells.Cell;
import org.cellbook.materials.Lot;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.jspecify.annotations.Nullable;

/**
 * Files measured on a cell or a lot, with the state of their analysis. The history keeps who
 * changed the technique, format or parameters; the analysis state itself is not audited (it changes
 * many times a second while running) and each analysis is kept as an {@link AnalysisRun}.
 */
@Entity
@Table(name = "measurement")
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class Measurement extends WithdrawableEntity {

  @Label("Code")
  @Column(nullable = false, unique = true)
  private String code;

  @Label("Cell")
  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "cell_id")
  private @Nullable Cell cell;

  @Label("Lot")
  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "lot_id")
  private @Nullable Lot lot;

  /**
   * Null until the analysis has recognised the files of an upload whose technique was not chosen.
   */
  @Label("Technique")
  @Enumerated(EnumType.STRING)
  private @Nullable Technique technique;

  @Label("Importer")
  private @Nullable String format;

  @NotAudited
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MeasurementStatus status = MeasurementStatus.QUEUED;

  @NotAudited
  @Column(nullable = false)
  private double progress;

  @NotAudited
  @Column(name = "error_message")
  private @Nullable String errorMessage;

  @Label("Analysis parameters")
  @Column(nullable = false)
  private String parameters;

  /**
   * How often the current analysis was started without ending: one that was running when the
   * process died twice is failed rather than started again.
   */
  @NotAudited
  @Column(nullable = false)
  private int attempts;

  @NotAudited
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private FileIntegrity integrity = FileIntegrity.UNCHECKED;

  @NotAudited
  @Column(name = "record_count")
  private @Nullable Long recordCount;

  @Label("Notes")
  private @Nullable String notes;

  @NotAudited
  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @NotAudited
  @Column(name = "created_by")
  private @Nullable String createdBy;

  @NotAudited
  @Column(name = "analysed_at")
  private @Nullable Instant analysedAt;

  @NotAudited
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "current_run_id")
  private @Nullable AnalysisRun currentRun;

  @NotAudited
  @OneToMany(mappedBy = "measurement", fetch = FetchType.EAGER)
  @OrderBy("position")
  private List<MeasurementFile> files = new ArrayList<>();

  protected Measurement() {}

  Measurement(
      String code,
      Cell cell,
      Lot lot,
      Technique technique,
      AnalysisParameters parameters,
      Instant createdAt,
      String createdBy) {
    this.code = code;
    this.cell = cell;
    this.lot = lot;
    this.technique = technique;
    this.parameters = parameters.toJson();
    this.createdAt = createdAt;
    this.createdBy = createdBy;
  }

  @Override
  public String getCode() {
    return code;
  }

  public @Nullable Cell getCell() {
    return cell;
  }

  public @Nullable Lot getLot() {
    return lot;
  }

  /** The code of the cell or lot measured. */
  public String targetCode() {
    return cell != null ? cell.getCode() : lot.getCode();
  }

  public @Nullable Technique getTechnique() {
    return technique;
  }

  void setTechnique(@Nullable Technique technique) {
    this.technique = technique;
  }

  public @Nullable String getFormat() {
    return format;
  }

  void setFormat(@Nullable String format) {
    this.format = format;
  }

  public MeasurementStatus getStatus() {
    return status;
  }

  public double getProgress() {
    return progress;
  }

  void setState(MeasurementStatus status, double progress, String errorMessage) {
    this.status = status;
    this.progress = progress;
    this.errorMessage = errorMessage;
  }

  public @Nullable String getErrorMessage() {
    return errorMessage;
  }

  int getAttempts() {
    return attempts;
  }

  void setAttempts(int attempts) {
    this.attempts = attempts;
  }

  public FileIntegrity getIntegrity() {
    return integrity;
  }

  public AnalysisParameters getParameters() {
    return AnalysisParameters.fromJson(parameters);
  }

  void setParameters(AnalysisParameters parameters) {
    this.parameters = parameters.toJson();
  }

  public @Nullable Long getRecordCount() {
    return recordCount;
  }

  void setRecordCount(@Nullable Long recordCount) {
    this.recordCount = recordCount;
  }

  public @Nullable String getNotes() {
    return notes;
  }

  void setNotes(@Nullable String notes) {
    this.notes = notes;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public @Nullable String getCreatedBy() {
    return createdBy;
  }

  public @Nullable Instant getAnalysedAt() {
    return analysedAt;
  }

  void setAnalysedAt(@Nullable Instant analysedAt) {
    this.analysedAt = analysedAt;
  }

  @Nullable AnalysisRun getCurrentRun() {
    return currentRun;
  }

  void setCurrentRun(@Nullable AnalysisRun currentRun) {
    this.currentRun = currentRun;
  }

  /** The version of Cellbook that made the current results, or null before the first analysis. */
  public @Nullable String getAnalysisVersion() {
    return currentRun == null ? null : currentRun.getAnalysisVersion();
  }

  public List<MeasurementFile> getFiles() {
    return files;
  }

  @Override
  public String toString() {
    return code + (technique == null ? "" : " (" + technique.label() + ")");
  }
}

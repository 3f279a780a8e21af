package org.cellbook.measurements;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.cellbook.base.AbstractEntity;
import org.jspecify.annotations.Nullable;

/**
 * One analysis of a measurement's files: the parameters it used, the analysis version and the whole
 * {@code analyze --json} document. Runs are never changed; re-analysis adds one.
 */
@Entity
@Table(name = "analysis_run")
public class AnalysisRun extends AbstractEntity {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "measurement_id")
  private Measurement measurement;

  @Column(name = "run_number", nullable = false)
  private int runNumber;

  @Column(name = "analysis_version", nullable = false)
  private String analysisVersion;

  @Column(nullable = false)
  private String parameters;

  @Column(name = "result_json", nullable = false, length = 1_000_000)
  private String resultJson;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by")
  private @Nullable String createdBy;

  protected AnalysisRun() {}

  AnalysisRun(
      Measurement measurement,
      int runNumber,
      String analysisVersion,
      AnalysisParameters parameters,
      String resultJson,
      Instant createdAt,
      String createdBy) {
    this.measurement = measurement;
    this.runNumber = runNumber;
    this.analysisVersion = analysisVersion;
    this.parameters = parameters.toJson();
    this.resultJson = resultJson;
    this.createdAt = createdAt;
    this.createdBy = createdBy;
  }

  public int getRunNumber() {
    return runNumber;
  }

  public String getAnalysisVersion() {
    return analysisVersion;
  }

  public AnalysisParameters getParameters() {
    return AnalysisParameters.fromJson(parameters);
  }

  public String getResultJson() {
    return resultJson;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public @Nullable String getCreatedBy() {
    return createdBy;
  }
}

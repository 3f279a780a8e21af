package org.cellbook.measurements;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * One scalar result of a run (ICE, reversible capacity, BET area…) under the name {@code analyze}
 * prints, with its unit. The cell or lot is copied in so that searches need no joins; {@code
 * current} marks the KPIs of each measurement's newest run. KPIs are written once and never edited,
 * so they carry no version. An implausible KPI keeps its value and stores the analysis's reason.
 */
@Entity
@Table(name = "kpi")
public class Kpi {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private @Nullable Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "run_id")
  private AnalysisRun run;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "measurement_id")
  private Measurement measurement;

  @Column(name = "cell_id")
  private @Nullable Long cellId;

  @Column(name = "lot_id")
  private @Nullable Long lotId;

  @Column(nullable = false)
  private String name;

  @Column(name = "kpi_value", nullable = false)
  private double value;

  private @Nullable String unit;

  @Column(name = "is_current", nullable = false)
  private boolean current;

  /** Null: plausible (and every KPI stored before the analysis checked ranges). */
  @Column(name = "implausible_reason", length = REASON_LENGTH)
  private @Nullable String implausibleReason;

  static final int REASON_LENGTH = 2000;

  protected Kpi() {}

  Kpi(AnalysisRun run, Measurement measurement, KpiValue kpi) {
    this.run = run;
    this.measurement = measurement;
    this.cellId = measurement.getCell() == null ? null : measurement.getCell().getId();
    this.lotId = measurement.getLot() == null ? null : measurement.getLot().getId();
    this.name = kpi.name();
    this.value = kpi.value();
    this.unit = kpi.unit();
    this.current = true;
    String reason = kpi.implausibleReason();
    this.implausibleReason =
        reason == null || reason.length() <= REASON_LENGTH
            ? reason
            : reason.substring(0, REASON_LENGTH - 1) + "…";
  }

  public KpiValue toValue() {
    return new KpiValue(name, value, unit, implausibleReason);
  }
}

package org.cellbook.synthesis;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.cellbook.base.AbstractEntity;
import org.cellbook.base.Label;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/**
 * One step of a batch's route. The step's type decides which parameters apply (see {@link
 * StepParameters}); temperatures in °C, rates in °C min⁻¹, times in h.
 */
@Entity
@Table(name = "batch_step")
@Audited
public class BatchStep extends AbstractEntity {

  @Label("Batch")
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "batch_id")
  private SynthesisBatch batch;

  @Label("Step no.")
  @Column(name = "seq_no", nullable = false)
  private int seqNo;

  @Label("Step type")
  @Enumerated(EnumType.STRING)
  @Column(name = "step_type", nullable = false)
  private SynthesisStepType type;

  @Label("Atmosphere")
  private @Nullable String atmosphere;

  @Label(value = "Gas flow", unit = "mL min⁻¹")
  @Column(name = "gas_flow_ml_min")
  private @Nullable Double gasFlowMillilitresPerMinute;

  @Label(value = "Temperature", unit = "°C")
  @Column(name = "temperature_c")
  private @Nullable Double temperatureCelsius;

  @Label(value = "Ramp", unit = "°C min⁻¹")
  @Column(name = "ramp_c_min")
  private @Nullable Double rampCelsiusPerMinute;

  @Label(value = "Hold", unit = "h")
  @Column(name = "hold_h")
  private @Nullable Double holdHours;

  @Label(value = "Cooling rate", unit = "°C min⁻¹")
  @Column(name = "cooling_c_min")
  private @Nullable Double coolingCelsiusPerMinute;

  @Label(value = "Duration", unit = "h")
  @Column(name = "duration_h")
  private @Nullable Double durationHours;

  @Label("Vacuum")
  private @Nullable Boolean vacuum;

  @Label("Method")
  private @Nullable String method;

  @Label("Agent")
  private @Nullable String agent;

  @Label("Ratio")
  @Column(name = "ratio_text")
  private @Nullable String ratioText;

  @Label(value = "Liquid volume", unit = "mL")
  @Column(name = "liquid_volume_ml")
  private @Nullable Double liquidVolumeMillilitres;

  @Label("Purpose")
  private @Nullable String purpose;

  @Label("Notes")
  private @Nullable String notes;

  protected BatchStep() {}

  BatchStep(SynthesisBatch batch, int seqNo, StepParameters p) {
    this.batch = batch;
    this.seqNo = seqNo;
    apply(p);
  }

  /** Replaces every parameter of the step with the given ones. */
  void apply(StepParameters p) {
    this.type = p.type();
    this.atmosphere = p.atmosphere();
    this.gasFlowMillilitresPerMinute = p.gasFlowMillilitresPerMinute();
    this.temperatureCelsius = p.temperatureCelsius();
    this.rampCelsiusPerMinute = p.rampCelsiusPerMinute();
    this.holdHours = p.holdHours();
    this.coolingCelsiusPerMinute = p.coolingCelsiusPerMinute();
    this.durationHours = p.durationHours();
    this.vacuum = p.vacuum();
    this.method = p.method();
    this.agent = p.agent();
    this.ratioText = p.ratioText();
    this.liquidVolumeMillilitres = p.liquidVolumeMillilitres();
    this.purpose = p.purpose();
    this.notes = p.notes();
  }

  public StepParameters parameters() {
    return new StepParameters(
        type,
        atmosphere,
        gasFlowMillilitresPerMinute,
        temperatureCelsius,
        rampCelsiusPerMinute,
        holdHours,
        coolingCelsiusPerMinute,
        durationHours,
        vacuum,
        method,
        agent,
        ratioText,
        liquidVolumeMillilitres,
        purpose,
        notes);
  }

  public int getSeqNo() {
    return seqNo;
  }

  void setSeqNo(int seqNo) {
    this.seqNo = seqNo;
  }

  public SynthesisStepType getType() {
    return type;
  }

  public @Nullable Double getTemperatureCelsius() {
    return temperatureCelsius;
  }

  @Override
  public String toString() {
    return parameters().summary();
  }
}

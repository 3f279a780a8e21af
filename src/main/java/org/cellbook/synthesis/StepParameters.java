package org.cellbook.synthesis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cellbook.base.Problems;
import org.jspecify.annotations.Nullable;

/**
 * The parameters of one synthesis step. Temperatures in °C, ramps and cooling rates in °C min⁻¹,
 * hold and duration in h, gas flow in mL min⁻¹, liquid volume in mL. Parameters a type does not use
 * stay null.
 */
public record StepParameters(
    SynthesisStepType type,
    String atmosphere,
    @Nullable Double gasFlowMillilitresPerMinute,
    @Nullable Double temperatureCelsius,
    @Nullable Double rampCelsiusPerMinute,
    @Nullable Double holdHours,
    @Nullable Double coolingCelsiusPerMinute,
    @Nullable Double durationHours,
    @Nullable Boolean vacuum,
    String method,
    String agent,
    String ratioText,
    @Nullable Double liquidVolumeMillilitres,
    String purpose,
    String notes) {

  /** Furnaces and freezers of a materials lab: anything outside is a typing error. */
  public static final double MIN_TEMPERATURE_C = -100;

  public static final double MAX_TEMPERATURE_C = 3000;

  public static StepParameters of(SynthesisStepType type) {
    return new StepParameters(
        type, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  public StepParameters withTemperature(Double celsius) {
    return new StepParameters(
        type,
        atmosphere,
        gasFlowMillilitresPerMinute,
        celsius,
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

  /** Adds this step's problems, with fields named {@code prefix + ".temperature"} etc. */
  public void check(String prefix, Problems problems) {
    problems.required(type, prefix + ".type", "Step type");
    if (temperatureCelsius != null) {
      problems.check(
          temperatureCelsius >= MIN_TEMPERATURE_C && temperatureCelsius <= MAX_TEMPERATURE_C,
          prefix + ".temperature",
          "Temperature must be between %.0f and %.0f °C"
              .formatted(MIN_TEMPERATURE_C, MAX_TEMPERATURE_C));
    }
    if (type == SynthesisStepType.HEAT || type == SynthesisStepType.HYDROTHERMAL) {
      problems.required(temperatureCelsius, prefix + ".temperature", "Set-point temperature");
    }
    problems
        .positiveIfGiven(rampCelsiusPerMinute, prefix + ".ramp", "Ramp rate")
        .positiveIfGiven(coolingCelsiusPerMinute, prefix + ".cooling", "Cooling rate")
        .positiveIfGiven(gasFlowMillilitresPerMinute, prefix + ".gasFlow", "Gas flow")
        .positiveIfGiven(liquidVolumeMillilitres, prefix + ".liquidVolume", "Liquid volume")
        .positiveIfGiven(durationHours, prefix + ".duration", "Duration");
    if (holdHours != null) {
      problems.check(holdHours >= 0, prefix + ".hold", "Hold time cannot be negative");
    }
  }

  /** One line for lists and reports: "Heat treatment · Ar · 5 °C/min to 1050 °C, 5 h". */
  public String summary() {
    List<String> parts = new ArrayList<>();
    parts.add(type == null ? "?" : type.label());
    if (purpose != null && !purpose.isBlank()) {
      parts.add(purpose);
    }
    if (atmosphere != null && !atmosphere.isBlank()) {
      parts.add(
          atmosphere
              + (gasFlowMillilitresPerMinute == null
                  ? ""
                  : " " + number(gasFlowMillilitresPerMinute) + " mL/min"));
    }
    if (temperatureCelsius != null) {
      parts.add(
          (rampCelsiusPerMinute == null ? "" : number(rampCelsiusPerMinute) + " °C/min to ")
              + number(temperatureCelsius)
              + " °C"
              + (holdHours == null ? "" : ", " + number(holdHours) + " h"));
    } else if (holdHours != null) {
      parts.add(number(holdHours) + " h");
    }
    if (durationHours != null) {
      parts.add(number(durationHours) + " h");
    }
    if (coolingCelsiusPerMinute != null) {
      parts.add("cool " + number(coolingCelsiusPerMinute) + " °C/min");
    }
    if (Boolean.TRUE.equals(vacuum)) {
      parts.add("vacuum");
    }
    for (String text : new String[] {method, agent, ratioText}) {
      if (text != null && !text.isBlank()) {
        parts.add(text);
      }
    }
    if (liquidVolumeMillilitres != null) {
      parts.add(number(liquidVolumeMillilitres) + " mL");
    }
    return String.join(" · ", parts);
  }

  private static String number(double value) {
    return value == Math.rint(value)
        ? String.format(Locale.ROOT, "%.0f", value)
        : String.format(Locale.ROOT, "%.2f", value);
  }
}

package org.cellbook.analysis.cycling;

import org.cellbook.analysis.kpi.PlausibleRange;
import org.jspecify.annotations.Nullable;

/**
 * One cycle: an opening half cycle and the closing half cycle of the opposite direction; either may
 * be missing at the ends of a file.
 *
 * <p>CE_n = Q_closing,n / Q_opening,n (anode half cell desodiation / sodiation, cathode or full
 * cell discharge / charge). Reversible capacity = Q_closing. Specific values are per active mass
 * (mAh g⁻¹), areal per electrode area (mAh cm⁻²); null when not given.
 *
 * @param number 1-based cycle number (the instrument's index when {@code source == INSTRUMENT})
 * @param opening opening half cycle, null when the cycle starts with its closing half
 * @param closing closing half cycle, null when the file ends (or the cycle stops) before it
 * @param oxidationMilliAmpHours capacity of the oxidation half (0 if absent)
 * @param reductionMilliAmpHours capacity of the reduction half (0 if absent)
 * @param coulombicEfficiency Q_closing / Q_opening, null unless both halves exist
 * @param reversibleMilliAmpHours Q_closing, null without a closing half
 * @param reversibleMilliAmpHoursPerGram Q_closing / m
 * @param reversibleMilliAmpHoursPerSquareCentimetre Q_closing / A
 * @param openingMilliAmpHoursPerGram Q_opening / m
 * @param currentDensity mean |I| of the closing (else opening) half per the rate basis
 * @param split plateau/slope split and capacity below 1 V on the chosen half, null without it
 * @param retention Q_rev,n / Q_rev,ref with ref the first complete cycle after formation at the
 *     same current density (±tolerance); null for formation and incomplete cycles
 */
public record Cycle(
    int number,
    @Nullable HalfCycle opening,
    @Nullable HalfCycle closing,
    double oxidationMilliAmpHours,
    double reductionMilliAmpHours,
    @Nullable Double coulombicEfficiency,
    @Nullable Double reversibleMilliAmpHours,
    @Nullable Double reversibleMilliAmpHoursPerGram,
    @Nullable Double reversibleMilliAmpHoursPerSquareCentimetre,
    @Nullable Double openingMilliAmpHoursPerGram,
    @Nullable Double currentDensity,
    @Nullable VoltageSplit split,
    @Nullable Double retention) {

  /**
   * CE and ICE after a complete opening half cycle: above 0 and at most 105 % (a few % above 100 %
   * is measurement noise or a cell that was not fully charged before the cycle; more is not).
   */
  public static final PlausibleRange COULOMBIC_EFFICIENCY =
      PlausibleRange.ratio(
          0,
          false,
          1.05,
          "more charge came out than went in: the opening half cycle was partial (the cell did"
              + " not start from its fully discharged or charged state) or is in the wrong"
              + " direction (set the opening: reduction for an anode half cell, oxidation for a"
              + " cathode or full cell)");

  /** Retention may rise a little as a cell wets or warms, not by more than 10 %. */
  public static final PlausibleRange RETENTION =
      PlausibleRange.ratio(
          0,
          false,
          1.1,
          "the capacity rose by more than 10 % over its reference cycle: the reference is not"
              + " comparable (another rate or temperature, or formation cycles not excluded) or the"
              + " opening direction is wrong");

  /**
   * Specific capacity per g of active material: nothing holds more than lithium metal (3,860 mAh
   * g⁻¹; Li₁₅Si₄ 3,579; hard carbon vs Na ≈ 300–500).
   */
  public static final PlausibleRange SPECIFIC_CAPACITY =
      PlausibleRange.of(
          0,
          4000,
          "mAh g⁻¹",
          "more than any electrode material holds (Li metal 3,860 mAh g⁻¹): the active mass is"
              + " likely wrong (given in g instead of mg, or the mass of the whole disc instead of"
              + " its active material)");

  /**
   * Voltage hysteresis ΔV = V̄_oxidation − V̄_reduction (mean voltages E/Q of the two halves), null
   * unless both halves exist.
   */
  public @Nullable Double voltageHysteresisVolts() {
    HalfCycle ox = half(CurrentDirection.OXIDATION);
    HalfCycle red = half(CurrentDirection.REDUCTION);
    return ox == null || red == null ? null : ox.meanVoltageVolts() - red.meanVoltageVolts();
  }

  public boolean complete() {
    return opening != null && closing != null;
  }

  /** The half cycle in the given direction, or null. */
  public @Nullable HalfCycle half(CurrentDirection d) {
    if (opening != null && opening.direction() == d) {
      return opening;
    }
    return closing != null && closing.direction() == d ? closing : null;
  }
}

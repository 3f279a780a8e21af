package org.cellbook.analysis.cycling;

/**
 * One cycle: an opening half cycle and the closing half cycle of the opposite direction; either may
 * be missing at the ends of a file.
 *
 * <p>CE_n = Q_closing,n / Q_opening,n (SCIENCE.md: anode half cell desodiation / sodiation, cathode
 * or full cell discharge / charge). Reversible capacity = Q_closing. Specific values are per active
 * mass (mAh g⁻¹), areal per electrode area (mAh cm⁻²); null when not given.
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
    HalfCycle opening,
    HalfCycle closing,
    double oxidationMilliAmpHours,
    double reductionMilliAmpHours,
    Double coulombicEfficiency,
    Double reversibleMilliAmpHours,
    Double reversibleMilliAmpHoursPerGram,
    Double reversibleMilliAmpHoursPerSquareCentimetre,
    Double openingMilliAmpHoursPerGram,
    Double currentDensity,
    VoltageSplit split,
    Double retention) {

  /**
   * Voltage hysteresis ΔV = V̄_oxidation − V̄_reduction (mean voltages E/Q of the two halves), null
   * unless both halves exist.
   */
  public Double voltageHysteresisVolts() {
    HalfCycle ox = half(Direction.OXIDATION);
    HalfCycle red = half(Direction.REDUCTION);
    return ox == null || red == null ? null : ox.meanVoltageVolts() - red.meanVoltageVolts();
  }

  public boolean complete() {
    return opening != null && closing != null;
  }

  /** The half cycle in the given direction, or null. */
  public HalfCycle half(Direction d) {
    if (opening != null && opening.direction() == d) {
      return opening;
    }
    return closing != null && closing.direction() == d ? closing : null;
  }
}

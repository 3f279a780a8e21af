package org.cellbook.cells;

import java.util.Locale;

/**
 * Balance of a full cell:
 *
 * <pre>
 * N/P = (L_neg × q_neg) / (L_pos × q_pos)      L: active loading [mg cm⁻²], q: reference capacity [mAh g⁻¹]
 * negative : positive active mass = 1 : (m_pos / m_neg)
 * </pre>
 *
 * The study's LCGC ‖ PTCDA cell: N/P 1.15 at 1 : 2.54.
 *
 * @param negativeArealCapacityMilliAmpHoursPerCm2 L_neg × q_neg / 1000
 * @param positiveArealCapacityMilliAmpHoursPerCm2 L_pos × q_pos / 1000
 */
public record FullCellBalance(
    double negativeArealCapacityMilliAmpHoursPerCm2,
    double positiveArealCapacityMilliAmpHoursPerCm2,
    double negativeToPositiveRatio,
    double positivePerNegativeMass) {

  public static FullCellBalance of(
      double negativeLoadingMgPerCm2,
      double negativeCapacityMilliAmpHoursPerGram,
      double negativeActiveMassMg,
      double positiveLoadingMgPerCm2,
      double positiveCapacityMilliAmpHoursPerGram,
      double positiveActiveMassMg) {
    double negative = negativeLoadingMgPerCm2 * negativeCapacityMilliAmpHoursPerGram / 1000;
    double positive = positiveLoadingMgPerCm2 * positiveCapacityMilliAmpHoursPerGram / 1000;
    return new FullCellBalance(
        negative, positive, negative / positive, positiveActiveMassMg / negativeActiveMassMg);
  }

  /** "1 : 2.54" */
  public String massRatio() {
    return String.format(Locale.ROOT, "1 : %.2f", positivePerNegativeMass);
  }
}

package org.cellbook.synthesis;

/**
 * Yield of a batch in % of the carbon-bearing inputs (host, filler, precursor, mixed components):
 * product mass / Σ weighed masses of those inputs × 100. Activators and solvents are left out
 * because they are washed or evaporated away, as is usual in hard-carbon papers.
 */
public final class BatchYield {

  private BatchYield() {}

  public static double percent(double productMassGrams, double carbonBearingInputGrams) {
    if (carbonBearingInputGrams <= 0) {
      throw new IllegalArgumentException("no weighed carbon-bearing input");
    }
    return productMassGrams / carbonBearingInputGrams * 100;
  }
}

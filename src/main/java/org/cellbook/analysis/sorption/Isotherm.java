package org.cellbook.analysis.sorption;

import org.jspecify.annotations.Nullable;

/**
 * One branch of a gas-sorption isotherm, sorted by relative pressure: x = p/p₀ and the amount
 * adsorbed in mmol g⁻¹ (1 cm³(STP) g⁻¹ = 1/22.414 mmol g⁻¹). A branch the file does not have is
 * empty.
 *
 * @param adsorbate short name ("N2", "CO2", "Ar", else as written in the file); null when the file
 *     does not say
 */
public record Isotherm(
    @Nullable String adsorbate, double[] relativePressure, double[] amountMillimolesPerGram) {

  public static final double CM3_STP_PER_MMOL = 22.414;

  public Isotherm {
    if (relativePressure.length != amountMillimolesPerGram.length) {
      throw new IllegalArgumentException("pressure and amount columns differ in length");
    }
    for (int k = 1; k < relativePressure.length; k++) {
      if (relativePressure[k] < relativePressure[k - 1]) {
        throw new IllegalArgumentException(
            "relative pressure must not decrease (point " + (k + 1) + ")");
      }
    }
  }

  public int size() {
    return relativePressure.length;
  }
}

package org.cellbook.analysis.sorption;

import org.cellbook.analysis.math.LineFit;

/**
 * Dubinin–Radushkevich micropore analysis (METHODS.md; Dubinin, Chem. Rev. 60, 235 (1960)), in its
 * log₁₀ form:
 *
 * <pre>log₁₀ n = log₁₀ n₀ − D · log₁₀²(p₀/p),   D = 2.303 · (RT / (β E₀))²,
 * W₀ = n₀ · M / ρ_ads</pre>
 *
 * fitted by least squares over the points with p/p₀ in [{@code minRelativePressure}, {@code
 * maxRelativePressure}]. For CO₂ at 273 K ({@link #carbonDioxide}): M = 44.0095 g mol⁻¹, ρ_ads =
 * 1.023 g cm⁻³, β = 0.35.
 *
 * @param microporeVolumeCm3PerGram W₀
 * @param characteristicEnergyKilojoulesPerMole E₀ (with the given affinity coefficient β)
 */
public record DubininRadushkevich(
    double limitingAmountMillimolesPerGram,
    double d,
    double microporeVolumeCm3PerGram,
    double characteristicEnergyKilojoulesPerMole,
    double rSquared,
    int points) {

  private static final double GAS_CONSTANT = 8.314462618;

  /** β of CO₂ relative to benzene (METHODS.md §0; 0.36 and 0.46 are also published: E₀ only). */
  public static final double CO2_AFFINITY_COEFFICIENT = 0.35;

  public static DubininRadushkevich fit(
      Isotherm iso,
      double minRelativePressure,
      double maxRelativePressure,
      double temperatureKelvin,
      double molarMassGramsPerMole,
      double adsorbedDensityGramsPerCm3,
      double affinityCoefficient) {
    double[] xs = iso.relativePressure();
    double[] ns = iso.amountMillimolesPerGram();
    double[] l2 = new double[xs.length];
    double[] logN = new double[xs.length];
    int m = 0;
    for (int k = 0; k < xs.length; k++) {
      if (xs[k] <= 0 || ns[k] <= 0 || xs[k] < minRelativePressure || xs[k] > maxRelativePressure) {
        continue;
      }
      double l = Math.log10(1 / xs[k]);
      l2[m] = l * l;
      logN[m++] = Math.log10(ns[k]);
    }
    if (m < 3 || l2[0] == l2[m - 1]) {
      throw new IllegalArgumentException(
          "DR needs at least three points at different pressures in the chosen range");
    }
    LineFit line = LineFit.of(l2, logN, 0, m);
    double d = -line.slope();
    double n0 = Math.pow(10, line.intercept());
    double w0 = n0 * 1e-3 * molarMassGramsPerMole / adsorbedDensityGramsPerCm3;
    double e =
        GAS_CONSTANT * temperatureKelvin / Math.sqrt(d / Math.log(10)) / affinityCoefficient / 1000;
    return new DubininRadushkevich(n0, d, w0, e, line.rSquared(), m);
  }

  /** DR of a CO₂ isotherm with the constants of {@link Probe#CO2_273K}, over all its points. */
  public static DubininRadushkevich carbonDioxide(Isotherm iso, double temperatureKelvin) {
    Probe co2 = Probe.CO2_273K;
    return fit(
        iso,
        0,
        1,
        temperatureKelvin,
        co2.molarMassGramsPerMole(),
        co2.liquidDensityGramsPerCm3(),
        CO2_AFFINITY_COEFFICIENT);
  }
}

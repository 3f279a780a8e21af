package org.cellbook.analysis.sorption;

/**
 * Dubinin–Radushkevich micropore analysis (METHODS.md; Dubinin, Chem. Rev. 60, 235 (1960)), in its
 * log₁₀ form:
 *
 * <pre>log₁₀ n = log₁₀ n₀ − D · log₁₀²(p₀/p),   D = 2.303 · (RT / (β E₀))²,
 * W₀ = n₀ · M / ρ_ads</pre>
 *
 * fitted by least squares over the points with p/p₀ in [{@code minRelativePressure}, {@code
 * maxRelativePressure}]. For CO₂ at 273 K: M = 44.0095 g mol⁻¹, ρ_ads = 1.023 g cm⁻³, β = 0.35.
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
    int m = 0;
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double sxy = 0;
    double syy = 0;
    for (int k = 0; k < xs.length; k++) {
      if (xs[k] <= 0 || ns[k] <= 0 || xs[k] < minRelativePressure || xs[k] > maxRelativePressure) {
        continue;
      }
      double l = Math.log10(1 / xs[k]);
      double x = l * l;
      double y = Math.log10(ns[k]);
      m++;
      sx += x;
      sy += y;
      sxx += x * x;
      sxy += x * y;
      syy += y * y;
    }
    if (m < 3) {
      throw new IllegalArgumentException(
          "DR needs at least three points in the chosen pressure range");
    }
    double vxx = sxx - sx * sx / m;
    double vxy = sxy - sx * sy / m;
    double vyy = syy - sy * sy / m;
    double slope = vxy / vxx;
    double intercept = (sy - slope * sx) / m;
    double d = -slope;
    double n0 = Math.pow(10, intercept);
    double w0 = n0 * 1e-3 * molarMassGramsPerMole / adsorbedDensityGramsPerCm3;
    double e =
        GAS_CONSTANT * temperatureKelvin / Math.sqrt(d / Math.log(10)) / affinityCoefficient / 1000;
    double r2 = vyy == 0 ? 1 : vxy * vxy / (vxx * vyy);
    return new DubininRadushkevich(n0, d, w0, e, r2, m);
  }
}

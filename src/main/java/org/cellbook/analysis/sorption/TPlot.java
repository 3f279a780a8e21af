package org.cellbook.analysis.sorption;

/**
 * t-plot (Lippens &amp; de Boer, J. Catal. 4, 319 (1965)): amount adsorbed against the statistical
 * film thickness t, fitted by a straight line over a t range (METHODS.md §1.5; the reference values
 * use 0.35–0.50 nm, the Micromeritics default). Thickness by Harkins–Jura (1944):
 *
 * <pre>t [Å] = (13.99 / (0.034 − log₁₀ x))^½</pre>
 *
 * The intercept b (mmol g⁻¹) gives the micropore volume V = b × 22.414 × 0.0015468 cm³ g⁻¹, the
 * slope s (mmol g⁻¹ nm⁻¹) the external area S_ext = s × 22.414 × 0.0015468 × 1000 m² g⁻¹; a
 * negative intercept means no micropores (V reported as 0, intercept kept).
 */
public record TPlot(
    double minThicknessNanometres,
    double maxThicknessNanometres,
    double slopeMillimolesPerGramNanometre,
    double interceptMillimolesPerGram,
    double microporeVolumeCm3PerGram,
    double externalAreaSquareMetresPerGram,
    double rSquared,
    int points) {

  /** Liquid N₂ volume per cm³(STP) of gas (Gurvich). */
  private static final double LIQUID_PER_STP = 0.0015468;

  /** Harkins–Jura thickness in nm at relative pressure x. */
  public static double harkinsJuraNanometres(double relativePressure) {
    return Math.sqrt(13.99 / (0.034 - Math.log10(relativePressure))) / 10;
  }

  public static TPlot fit(
      Isotherm iso, double minThicknessNanometres, double maxThicknessNanometres) {
    double[] xs = iso.relativePressure();
    double[] ns = iso.amountMillimolesPerGram();
    int m = 0;
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double sxy = 0;
    double syy = 0;
    for (int k = 0; k < xs.length; k++) {
      if (xs[k] <= 0 || xs[k] >= 1) {
        continue;
      }
      double t = harkinsJuraNanometres(xs[k]);
      if (t < minThicknessNanometres || t > maxThicknessNanometres) {
        continue;
      }
      m++;
      sx += t;
      sy += ns[k];
      sxx += t * t;
      sxy += t * ns[k];
      syy += ns[k] * ns[k];
    }
    if (m < 2) {
      throw new IllegalArgumentException(
          "the t-plot needs at least two points with t in %.2f–%.2f nm"
              .formatted(minThicknessNanometres, maxThicknessNanometres));
    }
    double vxx = sxx - sx * sx / m;
    double vxy = sxy - sx * sy / m;
    double vyy = syy - sy * sy / m;
    double slope = vxy / vxx;
    double intercept = (sy - slope * sx) / m;
    double toLiquid = Isotherm.CM3_STP_PER_MMOL * LIQUID_PER_STP;
    return new TPlot(
        minThicknessNanometres,
        maxThicknessNanometres,
        slope,
        intercept,
        Math.max(0, intercept * toLiquid),
        slope * toLiquid * 1000,
        vyy == 0 ? 1 : vxy * vxy / (vxx * vyy),
        m);
  }
}

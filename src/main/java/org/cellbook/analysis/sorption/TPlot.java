package org.cellbook.analysis.sorption;

import org.cellbook.analysis.kpi.PlausibleRange;
import org.cellbook.analysis.math.LineFit;

/**
 * t-plot (Lippens &amp; de Boer, J. Catal. 4, 319 (1965)): amount adsorbed against the statistical
 * film thickness t, fitted by a straight line over a t range (METHODS.md §1.5; the reference values
 * use 0.35–0.50 nm, the Micromeritics default). Thickness by Harkins–Jura (1944):
 *
 * <pre>t [Å] = (13.99 / (0.034 − log₁₀ x))^½</pre>
 *
 * The intercept b (mmol g⁻¹) gives the micropore volume V = b × 22.414 × 0.0015468 cm³ g⁻¹, the
 * slope s (mmol g⁻¹ nm⁻¹) the external area S_ext = s × 22.414 × 0.0015468 × 1000 m² g⁻¹ (liquid
 * N₂, {@link Probe#N2_77K}); a negative intercept means no micropores (V reported as 0, intercept
 * kept). The thickness curve is N₂'s at 77 K: other probes get no t-plot.
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

  /**
   * The external area is part of the surface BET measures, so S_ext ≤ S_BET for an ideal thickness
   * curve. Harkins–Jura is one curve for all surfaces and overshoots on weakly adsorbing ones (C ≈
   * 5–25) by up to about 60 % (the pyGAPS silica of the shared set 1.40 × S_BET, the AIF project's
   * Micromeritics Sample G 1.63 ×); 1.75 × S_BET or more is no external surface (DUT-13 1.96 ×,
   * DUT-60 5.5 ×: pores fill inside the t range).
   */
  public static final PlausibleRange EXTERNAL_TO_BET_AREA =
      PlausibleRange.ratio(
          0,
          true,
          1.75,
          "the straight line over the t range does not follow multilayer growth on an open"
              + " surface: pores fill inside the t range (mesopores condensing, steps of a flexible"
              + " framework) or the BET range is wrong; choose another t range or read the"
              + " external area from a reference isotherm");

  /** Harkins–Jura thickness in nm at relative pressure x. */
  public static double harkinsJuraNanometres(double relativePressure) {
    return Math.sqrt(13.99 / (0.034 - Math.log10(relativePressure))) / 10;
  }

  public static TPlot fit(
      Isotherm iso, double minThicknessNanometres, double maxThicknessNanometres) {
    double[] xs = iso.relativePressure();
    double[] ns = iso.amountMillimolesPerGram();
    double[] t = new double[xs.length];
    double[] n = new double[xs.length];
    int m = 0;
    for (int k = 0; k < xs.length; k++) {
      if (xs[k] <= 0 || xs[k] >= 1) {
        continue;
      }
      double thickness = harkinsJuraNanometres(xs[k]);
      if (thickness >= minThicknessNanometres && thickness <= maxThicknessNanometres) {
        t[m] = thickness;
        n[m++] = ns[k];
      }
    }
    if (m < 2 || t[0] == t[m - 1]) {
      throw new IllegalArgumentException(
          "the t-plot needs at least two points with t in %.2f–%.2f nm"
              .formatted(minThicknessNanometres, maxThicknessNanometres));
    }
    LineFit line = LineFit.of(t, n, 0, m);
    double toLiquid = Probe.N2_77K.liquidCm3PerMillimole();
    return new TPlot(
        minThicknessNanometres,
        maxThicknessNanometres,
        line.slope(),
        line.intercept(),
        Math.max(0, line.intercept() * toLiquid),
        line.slope() * toLiquid * 1000,
        line.rSquared(),
        m);
  }
}

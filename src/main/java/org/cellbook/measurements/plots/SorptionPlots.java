package org.cellbook.measurements.plots;

import static org.cellbook.measurements.plots.Curves.f;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cellbook.analysis.run.SorptionRun;
import org.cellbook.analysis.sorption.BetAnalysis;
import org.cellbook.analysis.sorption.DubininRadushkevich;
import org.cellbook.analysis.sorption.Isotherm;
import org.cellbook.analysis.sorption.TPlot;

/**
 * The plots of an isotherm: the adsorption branch with its BET range, and the BET, t-plot and DR
 * lines the analysis fitted, each drawn from its stored parameters over the stored points.
 */
public final class SorptionPlots {

  private SorptionPlots() {}

  public static List<Plot> of(SorptionRun.PlotData data) {
    Isotherm iso = data.adsorption();
    BetAnalysis.Fit bet = data.bet();
    List<Plot.Curve> isotherm = new ArrayList<>();
    isotherm.add(adsorption(iso));
    if (bet != null) {
      isotherm.add(
          new Plot.Curve(
              "BET range",
              Arrays.copyOfRange(iso.relativePressure(), bet.first(), bet.last() + 1),
              Arrays.copyOfRange(iso.amountMillimolesPerGram(), bet.first(), bet.last() + 1),
              Plot.Style.POINTS));
    }
    List<Plot> plots = new ArrayList<>();
    plots.add(isotherm(isotherm, bet == null ? "no BET range (the warnings say why)" : null));
    if (bet != null) {
      plots.add(bet(iso, bet));
    }
    if (data.tPlot() != null) {
      plots.add(tPlot(iso, data.tPlot()));
    }
    if (data.dubininRadushkevich() != null) {
      plots.add(dubininRadushkevich(iso, data.dubininRadushkevich()));
    }
    return plots;
  }

  /** The isotherm alone, for a run stored before its fits were kept. */
  public static List<Plot> withoutFits(Isotherm adsorption) {
    return List.of(
        isotherm(
            List.of(adsorption(adsorption)), "BET, t-plot and DR: " + Curves.STORED_WITHOUT_FITS));
  }

  private static Plot.Curve adsorption(Isotherm iso) {
    return new Plot.Curve(
        "adsorption", iso.relativePressure(), iso.amountMillimolesPerGram(), Plot.Style.POINTS);
  }

  private static Plot isotherm(List<Plot.Curve> curves, String note) {
    return new Plot(
        "isotherm",
        "Isotherm (adsorption branch)",
        "Relative pressure p/p₀",
        "Amount adsorbed (mmol g⁻¹)",
        curves,
        note,
        false,
        true);
  }

  /**
   * The linear BET form x / (n(1−x)) = 1/(n_m C) + (C − 1)/(n_m C) · x over the fitted range, the
   * line from the stored n_m and C.
   */
  private static Plot bet(Isotherm iso, BetAnalysis.Fit fit) {
    double[] x = Arrays.copyOfRange(iso.relativePressure(), fit.first(), fit.last() + 1);
    double[] n = Arrays.copyOfRange(iso.amountMillimolesPerGram(), fit.first(), fit.last() + 1);
    double[] y = new double[x.length];
    for (int k = 0; k < x.length; k++) {
      y[k] = x[k] / (n[k] * (1 - x[k]));
    }
    double nmC = fit.monolayerMillimolesPerGram() * fit.c();
    return new Plot(
        "bet",
        "BET plot",
        "Relative pressure p/p₀",
        "x / (n (1 − x)) (g mmol⁻¹)",
        List.of(
            new Plot.Curve("points in the range", x, y, Plot.Style.POINTS),
            Curves.line("fit", x[0], x[x.length - 1], 1 / nmC, (fit.c() - 1) / nmC)),
        f(
            "C = %.4g, n_m = %.4g mmol g⁻¹, R² = %.5f",
            fit.c(), fit.monolayerMillimolesPerGram(), fit.rSquared()));
  }

  /**
   * Amount against the Harkins–Jura thickness, the stored line drawn from t = 0 (its intercept is
   * the micropore volume) to the end of the fitted t range.
   */
  private static Plot tPlot(Isotherm iso, TPlot fit) {
    List<double[]> all = new ArrayList<>();
    List<double[]> fitted = new ArrayList<>();
    double[] x = iso.relativePressure();
    for (int k = 0; k < x.length; k++) {
      if (x[k] > 0 && x[k] < 1) {
        double[] point = {TPlot.harkinsJuraNanometres(x[k]), iso.amountMillimolesPerGram()[k]};
        all.add(point);
        if (point[0] >= fit.minThicknessNanometres() && point[0] <= fit.maxThicknessNanometres()) {
          fitted.add(point);
        }
      }
    }
    return new Plot(
        "t-plot",
        "t-plot (Harkins–Jura)",
        "Film thickness t (nm)",
        "Amount adsorbed (mmol g⁻¹)",
        List.of(
            points("isotherm", all),
            points("points in the t range", fitted),
            Curves.line(
                "fit",
                0,
                fit.maxThicknessNanometres(),
                fit.interceptMillimolesPerGram(),
                fit.slopeMillimolesPerGramNanometre())),
        f(
            "micropore volume %.4g cm³ g⁻¹, external area %.4g m² g⁻¹, R² = %.5f",
            fit.microporeVolumeCm3PerGram(),
            fit.externalAreaSquareMetresPerGram(),
            fit.rSquared()));
  }

  /** log₁₀ n against log₁₀²(p₀/p), with the stored line log₁₀ n₀ − D · log₁₀²(p₀/p). */
  private static Plot dubininRadushkevich(Isotherm iso, DubininRadushkevich fit) {
    List<double[]> points = new ArrayList<>();
    double[] x = iso.relativePressure();
    double[] n = iso.amountMillimolesPerGram();
    for (int k = 0; k < x.length; k++) {
      if (x[k] > 0 && n[k] > 0) {
        double l = Math.log10(1 / x[k]);
        points.add(new double[] {l * l, Math.log10(n[k])});
      }
    }
    double max = points.stream().mapToDouble(p -> p[0]).max().orElse(0);
    double min = points.stream().mapToDouble(p -> p[0]).min().orElse(0);
    return new Plot(
        "dr",
        "Dubinin–Radushkevich plot",
        "log₁₀²(p₀/p)",
        "log₁₀ n (mmol g⁻¹)",
        List.of(
            points("isotherm", points),
            Curves.line(
                "fit", min, max, Math.log10(fit.limitingAmountMillimolesPerGram()), -fit.d())),
        f(
            "W₀ = %.4g cm³ g⁻¹, E₀ = %.3g kJ mol⁻¹, R² = %.5f",
            fit.microporeVolumeCm3PerGram(),
            fit.characteristicEnergyKilojoulesPerMole(),
            fit.rSquared()));
  }

  private static Plot.Curve points(String name, List<double[]> points) {
    return new Plot.Curve(
        name,
        points.stream().mapToDouble(p -> p[0]).toArray(),
        points.stream().mapToDouble(p -> p[1]).toArray(),
        Plot.Style.POINTS);
  }
}

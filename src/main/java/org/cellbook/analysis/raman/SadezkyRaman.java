package org.cellbook.analysis.raman;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresBuilder;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresOptimizer;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LevenbergMarquardtOptimizer;

/**
 * The multi-band fit of a disordered carbon's first-order Raman spectrum after Sadezky et al.
 * (Carbon 43, 1731 (2005)): D1 (~1350 cm⁻¹, Lorentzian: the defect band), G (~1580, Lorentzian; D2
 * at ~1620 is not resolved from G in hard carbons and is part of it here), D3 (~1500, Gaussian:
 * amorphous carbon) and, when the spectrum supports it, D4 (~1200, Lorentzian: sp³/polyene-like),
 * on a linear background over 800–2000 cm⁻¹, by Levenberg–Marquardt started from the two-band fit.
 * D4 and D3 are optional: the four-band model is tried first, then D1 + D3 + G. A band pushed to
 * the edge of its window, to a limiting width or to nothing means the spectrum does not support it;
 * with no model left the fit is refused with the reasons rather than reported. Bounds are kept by
 * transforms (height s², centre and width through tanh); standard errors come from the χ²-scaled
 * covariance by the delta method.
 *
 * @param bands in the order D4 (when present), D1, D3, G
 * @param idIgHeight H_D1 / H_G, comparable to the two-band I_D/I_G
 * @param idIgArea A_D1 / A_G
 * @param id3IgHeight H_D3 / H_G, a measure of the amorphous carbon fraction
 * @param rSquared 1 − SS_res / SS_tot over the window
 */
public record SadezkyRaman(
    String model,
    List<Band> bands,
    double idIgHeight,
    double idIgArea,
    double id3IgHeight,
    double idIgHeightSe,
    double rSquared,
    double rmsResidual,
    int iterations,
    double backgroundIntercept,
    double backgroundSlope) {

  /**
   * One fitted band with standard errors.
   *
   * @param area Lorentzian π/2·H·w, Gaussian H·w·√(π/(4 ln 2))
   */
  public record Band(
      String name,
      boolean gaussian,
      double centre,
      double centreSe,
      double height,
      double heightSe,
      double fwhm,
      double fwhmSe,
      double area) {

    /** The band alone (above the background) at a Raman shift. */
    public double at(double shiftPerCm) {
      return value(gaussian, shiftPerCm, height, centre, fwhm);
    }
  }

  /** Name, shape, start centre and width, and the window its centre must stay in (cm⁻¹). */
  private record Spec(
      String name, boolean gaussian, double start, double startWidth, double low, double high) {}

  private static final Spec D4 = new Spec("D4", false, 1200, 150, 1100, 1280);
  private static final Spec D1 = new Spec("D1", false, 1345, 150, 1300, 1400);
  private static final Spec D3 = new Spec("D3", true, 1510, 120, 1450, 1560);
  private static final Spec G = new Spec("G", false, 1590, 70, 1560, 1625);

  /** The models tried, richest first. */
  private static final List<List<Spec>> MODELS =
      List.of(List.of(D4, D1, D3, G), List.of(D1, D3, G));

  /**
   * The fit window (cm⁻¹): wider than the two-band fit's 1000–1800, since over that window a broad
   * D4 cannot be told from the linear background; below 800 and above 2000 the first-order spectrum
   * has no bands.
   */
  static final double FROM = 800;

  static final double TO = 2000;

  private static final double MIN_FWHM = 10;
  private static final double MAX_FWHM = 450;

  /** A band smaller than this fraction of G is not there. */
  private static final double MIN_HEIGHT_OF_G = 0.005;

  public static SadezkyRaman fit(double[] shiftPerCm, double[] intensity) {
    return fit(shiftPerCm, intensity, CarbonRaman.fit(shiftPerCm, intensity));
  }

  /** The fit started from a two-band fit the caller already has. */
  public static SadezkyRaman fit(double[] shiftPerCm, double[] intensity, CarbonRaman two) {
    double[][] window = CarbonRaman.window(shiftPerCm, intensity, FROM, TO);
    List<String> reasons = new ArrayList<>();
    for (List<Spec> specs : MODELS) {
      try {
        return fit(specs, two, window[0], window[1]);
      } catch (IllegalArgumentException unsupported) {
        reasons.add(unsupported.getMessage());
      }
    }
    throw new IllegalArgumentException(
        "the multi-band fit is not supported by this spectrum: " + String.join("; ", reasons));
  }

  private static SadezkyRaman fit(List<Spec> specs, CarbonRaman two, double[] x, double[] y) {
    String names = String.join(" + ", specs.stream().map(Spec::name).toList());
    int n = specs.size();
    double[] physical = new double[3 * n + 2];
    for (int b = 0; b < n; b++) {
      Spec s = specs.get(b);
      double h = s == D1 ? 0.9 * two.dHeight() : s == G ? two.gHeight() : 0.15 * two.gHeight();
      physical[3 * b] = h;
      physical[3 * b + 1] = s == D1 ? two.dCentre() : s == G ? two.gCentre() : s.start();
      physical[3 * b + 2] = s == D1 ? 0.9 * two.dWidth() : s == G ? two.gWidth() : s.startWidth();
    }
    physical[3 * n] = two.backgroundIntercept();
    physical[3 * n + 1] = two.backgroundSlope();
    LeastSquaresOptimizer.Optimum optimum;
    try {
      optimum =
          new LevenbergMarquardtOptimizer()
              .withCostRelativeTolerance(1e-9)
              .withParameterRelativeTolerance(1e-9)
              .optimize(
                  new LeastSquaresBuilder()
                      .start(free(specs, physical))
                      .model(
                          t ->
                              NumericJacobian.of(
                                  t.toArray(), x, (q, at) -> values(specs, bounded(specs, q), at)))
                      .target(y)
                      // a model the spectrum supports converges in tens of iterations
                      .maxEvaluations(600)
                      .maxIterations(600)
                      .build());
    } catch (org.hipparchus.exception.MathIllegalStateException e) {
      throw new IllegalArgumentException(names + " did not converge: " + e.getMessage());
    }
    double[] t = optimum.getPoint().toArray();
    double[] p = bounded(specs, t);
    CarbonRaman.Uncertainty u = CarbonRaman.Uncertainty.of(optimum, y.length);
    double[] seFree = u.standardErrors();
    double[] se = new double[p.length];
    for (int j = 0; j < p.length; j++) {
      se[j] = seFree.length == 0 ? Double.NaN : Math.abs(slope(specs, t, j)) * seFree[j];
    }
    double gHeight = p[3 * specs.indexOf(G)];
    List<Band> bands = new ArrayList<>();
    for (int b = 0; b < n; b++) {
      Spec s = specs.get(b);
      double h = p[3 * b];
      double c = p[3 * b + 1];
      double w = p[3 * b + 2];
      double edge = 0.01 * (s.high() - s.low());
      if (c < s.low() + edge || c > s.high() - edge) {
        throw new IllegalArgumentException(
            "%s: %s is pushed to the edge of its window (%.0f cm⁻¹, allowed %.0f–%.0f)"
                .formatted(names, s.name(), c, s.low(), s.high()));
      }
      if (w < MIN_FWHM * 1.01 || w > MAX_FWHM * 0.99) {
        throw new IllegalArgumentException(
            "%s: %s takes a limiting width of %.0f cm⁻¹ (%s, not a band)"
                .formatted(names, s.name(), w, w > MAX_FWHM / 2 ? "a background" : "a spike"));
      }
      if (h < 2 * se[3 * b]) {
        throw new IllegalArgumentException(
            "%s: %s is not determined (height %.3g ± %.2g)"
                .formatted(names, s.name(), h, se[3 * b]));
      }
      if (h < MIN_HEIGHT_OF_G * gHeight) {
        throw new IllegalArgumentException(
            "%s: no %s band (height under %.1f %% of G)"
                .formatted(names, s.name(), 100 * MIN_HEIGHT_OF_G));
      }
      double area =
          s.gaussian() ? h * w * Math.sqrt(Math.PI / (4 * Math.log(2))) : Math.PI / 2 * h * w;
      bands.add(
          new Band(s.name(), s.gaussian(), c, se[3 * b + 1], h, se[3 * b], w, se[3 * b + 2], area));
    }
    Band d1 = bands.get(specs.indexOf(D1));
    Band g = bands.get(specs.indexOf(G));
    Band d3 = bands.get(specs.indexOf(D3));
    double ratio = d1.height() / g.height();
    return new SadezkyRaman(
        "%s Lorentzian, %s Gaussian, linear background, 800–2000 cm⁻¹ (Sadezky 2005)"
            .formatted(shapes(specs, false), shapes(specs, true)),
        List.copyOf(bands),
        ratio,
        d1.area() / g.area(),
        d3.height() / g.height(),
        // first order, heights treated as independent (their covariance is small next to them)
        ratio * Math.hypot(d1.heightSe() / d1.height(), g.heightSe() / g.height()),
        CarbonRaman.rSquared(y, optimum.getRMS()),
        optimum.getRMS(),
        optimum.getIterations(),
        p[3 * n],
        p[3 * n + 1]);
  }

  /** The fitted background at a Raman shift (cm⁻¹). */
  public double background(double shiftPerCm) {
    return backgroundIntercept + backgroundSlope * shiftPerCm;
  }

  /** Whether a Raman shift lies in the fit window. */
  public boolean inWindow(double shiftPerCm) {
    return shiftPerCm >= FROM && shiftPerCm <= TO;
  }

  private static String shapes(List<Spec> specs, boolean gaussian) {
    return String.join(
        " + ", specs.stream().filter(s -> s.gaussian() == gaussian).map(Spec::name).toList());
  }

  /** The band of this name (D4, D1, D3, G), empty when the model has none. */
  public Optional<Band> band(String name) {
    return bands.stream().filter(b -> b.name().equals(name)).findFirst();
  }

  private static double[] bounded(List<Spec> specs, double[] t) {
    double[] p = t.clone();
    for (int b = 0; b < specs.size(); b++) {
      Spec s = specs.get(b);
      p[3 * b] = t[3 * b] * t[3 * b];
      p[3 * b + 1] = s.low() + (s.high() - s.low()) * (1 + Math.tanh(t[3 * b + 1])) / 2;
      p[3 * b + 2] = MIN_FWHM + (MAX_FWHM - MIN_FWHM) * (1 + Math.tanh(t[3 * b + 2])) / 2;
    }
    return p;
  }

  private static double[] free(List<Spec> specs, double[] p) {
    double[] t = p.clone();
    for (int b = 0; b < specs.size(); b++) {
      Spec s = specs.get(b);
      t[3 * b] = Math.sqrt(Math.max(0, p[3 * b]));
      t[3 * b + 1] = atanh(2 * (p[3 * b + 1] - s.low()) / (s.high() - s.low()) - 1);
      t[3 * b + 2] = atanh(2 * (p[3 * b + 2] - MIN_FWHM) / (MAX_FWHM - MIN_FWHM) - 1);
    }
    return t;
  }

  private static double atanh(double v) {
    double c = Math.max(-0.999, Math.min(0.999, v));
    return 0.5 * Math.log((1 + c) / (1 - c));
  }

  /** dp_j / dt_j of the transform (each physical parameter depends on its own free one). */
  private static double slope(List<Spec> specs, double[] t, int j) {
    int b = j / 3;
    if (b >= specs.size()) {
      return 1;
    }
    Spec s = specs.get(b);
    double sech2 = 1 - Math.tanh(t[j]) * Math.tanh(t[j]);
    return switch (j % 3) {
      case 0 -> 2 * t[j];
      case 1 -> (s.high() - s.low()) / 2 * sech2;
      default -> (MAX_FWHM - MIN_FWHM) / 2 * sech2;
    };
  }

  private static double value(boolean gaussian, double x, double h, double x0, double w) {
    double u = (x - x0) / w;
    return gaussian ? h * Math.exp(-4 * Math.log(2) * u * u) : h / (1 + 4 * u * u);
  }

  private static double[] values(List<Spec> specs, double[] p, double[] x) {
    int n = specs.size();
    double[] v = new double[x.length];
    for (int k = 0; k < x.length; k++) {
      double sum = p[3 * n] + p[3 * n + 1] * x[k];
      for (int b = 0; b < n; b++) {
        sum += value(specs.get(b).gaussian(), x[k], p[3 * b], p[3 * b + 1], p[3 * b + 2]);
      }
      v[k] = sum;
    }
    return v;
  }
}

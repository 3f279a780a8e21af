package org.cellbook.analysis.xrd;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresBuilder;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresOptimizer;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LevenbergMarquardtOptimizer;
import org.hipparchus.util.Pair;
import org.jspecify.annotations.Nullable;

/**
 * Profile fit of a disordered carbon's pattern (METHODS.md §2): two pseudo-Voigt (002) components —
 * graphitic-like near 25° and dilated/disordered near 21° 2θ (Cu Kα) — and the (100) band near 43°,
 * on a background B0 + B1·exp(−(2θ − 2θ_min)/τ) + B2·2θ, by Levenberg–Marquardt (Hipparchus) with
 * Poisson weights 1/counts and an analytic Jacobian.
 *
 * <p>pseudo-Voigt: H[η L + (1−η) G], L = 1/(1+u²), G = exp(−ln2·u²), u = 2(2θ − x₀)/w; area H·w·[η
 * π/2 + (1−η)·√(π/ln2)/2]. Bounds are kept by the parameterisation: heights, widths, B1 and τ as
 * exponentials, centres inside their windows and η in [0, 1] through logistic functions. Standard
 * errors come from the covariance scaled by the reduced χ², carried through the transforms (delta
 * method). Scherrer lengths use the fitted FWHM without an instrumental correction: Lc with K =
 * 0.89 from (002), La with K = 1.84 from (100) (Warren 1941).
 */
public final class CarbonXrdFit {

  /** A fitted band with its standard errors (same units). */
  public record Component(
      String name,
      double centreDegrees,
      double centreSe,
      double fwhmDegrees,
      double fwhmSe,
      double eta,
      double etaSe,
      double heightCounts,
      double heightSe,
      double area,
      double areaFraction002,
      double dSpacingAngstrom,
      double scherrerLengthAngstrom) {}

  /**
   * The fit: the two (002) components (graphitic first), the (100) band when the pattern reaches
   * it, background parameters, goodness of fit and convergence.
   */
  public record Result(
      List<Component> components,
      double[] background,
      double startDegrees,
      double rSquared,
      double reducedChiSquared,
      int iterations,
      int points) {

    /** The fitted background B0 + B1·exp(−(2θ − start)/τ) + B2·2θ at an angle. */
    public double backgroundAt(double twoThetaDegrees) {
      return background[0]
          + background[1] * Math.exp(-(twoThetaDegrees - startDegrees) / background[2])
          + background[3] * twoThetaDegrees;
    }

    /** One fitted band alone (above the background) at an angle. */
    public static double bandAt(Component c, double twoThetaDegrees) {
      double u = 2 * (twoThetaDegrees - c.centreDegrees()) / c.fwhmDegrees();
      return c.heightCounts() * (c.eta() / (1 + u * u) + (1 - c.eta()) * Math.exp(-LN2 * u * u));
    }

    public Component graphitic() {
      return components.get(0);
    }

    public Component disordered() {
      return components.get(1);
    }

    /** The (100) band, or null when the pattern stops before 47°. */
    public @Nullable Component band100() {
      return components.size() > 2 ? components.get(2) : null;
    }
  }

  static final double K_LC = 0.89;
  static final double K_LA = 1.84;
  private static final String[] NAMES = {"002 graphitic", "002 disordered", "100"};
  private static final double[][] WINDOWS = {{23, 27.5}, {17, 24}, {40, 47}};
  private static final double LN2 = Math.log(2);
  private static final int BACKGROUND = 4;
  private static final int MAX_POINTS = 1200;

  private CarbonXrdFit() {}

  /**
   * Fits 10–60° of the pattern.
   *
   * @throws IllegalArgumentException when the pattern has no (002) band or the fit fails, with the
   *     reason
   */
  public static Result fit(DiffractionPattern pattern) {
    double[] all = pattern.twoThetaDegrees();
    double lo = Math.max(10, all[0]);
    double hi = Math.min(60, all[all.length - 1]);
    if (lo > 17 || hi < 33) {
      throw new IllegalArgumentException(
          "the pattern must cover 17–33° 2θ for the (002) band; it covers %.1f–%.1f°"
              .formatted(all[0], all[all.length - 1]));
    }
    int peaks = hi >= 47 ? 3 : 2;
    List<double[]> xy = new ArrayList<>();
    for (int k = 0; k < all.length; k++) {
      if (all[k] >= lo && all[k] <= hi) {
        xy.add(new double[] {all[k], pattern.counts()[k]});
      }
    }
    // Bands here are ≥ 2° wide: a finer pattern is averaged in groups of `group` neighbours down
    // to ≤ MAX_POINTS, which keeps the information and makes the fit several times faster. The
    // mean of k Poisson counts has variance mean/k, so its weight is k/mean.
    int group = (xy.size() + MAX_POINTS - 1) / MAX_POINTS;
    int m = xy.size() / group;
    double[] x = new double[m];
    double[] y = new double[m];
    for (int i = 0; i < m; i++) {
      for (int k = i * group; k < (i + 1) * group; k++) {
        x[i] += xy.get(k)[0] / group;
        y[i] += xy.get(k)[1] / group;
      }
    }
    double[] smooth = CarbonXrd.smooth(x, y, 1.0);
    double x0 = x[0];

    double floor = Double.POSITIVE_INFINITY;
    for (double v : smooth) {
      floor = Math.min(floor, v);
    }
    int top = argMax(x, smooth, 15, 35);
    double peak002 = smooth[top] - floor;
    if (!(peak002 > 5 * Math.sqrt(Math.max(floor, 1)))) {
      throw new IllegalArgumentException(
          "no (002) band between 15 and 35° 2θ stands out of the background");
    }
    double[] u = new double[BACKGROUND + 4 * peaks];
    u[0] = floor;
    u[1] = Math.log(Math.max(smooth[0] - floor, 1));
    u[2] = Math.log(6);
    u[3] = 0;
    double[][] start = {
      {0.7 * peak002, Math.max(x[top], 24.0) + 0.3, 4.5},
      {0.5 * peak002, Math.max(x[top] - 3.5, 18), 8},
      {peaks > 2 ? Math.max(smooth[argMax(x, smooth, 40, 47)] - floor, 1) : 1, 43.3, 5}
    };
    for (int j = 0; j < peaks; j++) {
      int b = BACKGROUND + 4 * j;
      u[b] = Math.log(Math.max(start[j][0], 1));
      u[b + 1] = logit((clamp(start[j][1], WINDOWS[j]) - WINDOWS[j][0]) / span(j));
      u[b + 2] = Math.log(start[j][2]);
      u[b + 3] = logit(0.3);
    }
    // Poisson weights 1/counts applied as √w to residuals and Jacobian rows (cheaper than a
    // weight matrix, which Hipparchus multiplies in full).
    double[] sqrtWeight = new double[y.length];
    double[] target = new double[y.length];
    for (int k = 0; k < y.length; k++) {
      sqrtWeight[k] = Math.sqrt(group / Math.max(y[k], 1));
      target[k] = y[k] * sqrtWeight[k];
    }
    LeastSquaresOptimizer.Optimum optimum;
    try {
      optimum =
          new LevenbergMarquardtOptimizer()
              .optimize(
                  new LeastSquaresBuilder()
                      .start(u)
                      .model(p -> model(p, x, x0, peaks, sqrtWeight))
                      .target(target)
                      .maxEvaluations(2000)
                      .maxIterations(2000)
                      .build());
    } catch (MathIllegalArgumentException | MathIllegalStateException e) {
      throw new IllegalArgumentException("the profile fit did not converge: " + e.getMessage(), e);
    }
    double[] p = optimum.getPoint().toArray();
    int n = y.length;
    int params = p.length;
    double chi2 = optimum.getCost() * optimum.getCost() / (n - params);
    double[] se = new double[params];
    try {
      RealMatrix cov = optimum.getCovariances(1e-14);
      for (int k = 0; k < params; k++) {
        se[k] = Math.sqrt(Math.max(0, cov.getEntry(k, k)) * chi2);
      }
    } catch (MathIllegalArgumentException | MathIllegalStateException e) {
      java.util.Arrays.fill(se, Double.NaN); // singular: the errors are unknown, not zero
    }
    double[] fitted = model(optimum.getPoint(), x, x0, peaks, null).getFirst().toArray();
    double mean = 0;
    for (double v : y) {
      mean += v / n;
    }
    double ssr = 0;
    double sst = 0;
    for (int k = 0; k < n; k++) {
      ssr += (y[k] - fitted[k]) * (y[k] - fitted[k]);
      sst += (y[k] - mean) * (y[k] - mean);
    }

    List<Component> components = new ArrayList<>();
    double[] areas = new double[peaks];
    for (int j = 0; j < peaks; j++) {
      int b = BACKGROUND + 4 * j;
      double h = Math.exp(p[b]);
      double w = Math.exp(p[b + 2]);
      double eta = sigmoid(p[b + 3]);
      areas[j] = h * w * (eta * Math.PI / 2 + (1 - eta) * Math.sqrt(Math.PI / LN2) / 2);
    }
    if (areas[0] + areas[1] <= 0 || Math.exp(p[BACKGROUND + 2]) > 20) {
      throw new IllegalArgumentException("the (002) components collapsed: no two-component fit");
    }
    for (int j = 0; j < peaks; j++) {
      int b = BACKGROUND + 4 * j;
      double h = Math.exp(p[b]);
      double s = sigmoid(p[b + 1]);
      double centre = WINDOWS[j][0] + span(j) * s;
      double w = Math.exp(p[b + 2]);
      double eta = sigmoid(p[b + 3]);
      double lambda = pattern.wavelengthAngstrom();
      components.add(
          new Component(
              NAMES[j],
              centre,
              se[b + 1] * span(j) * s * (1 - s),
              w,
              se[b + 2] * w,
              eta,
              se[b + 3] * eta * (1 - eta),
              h,
              se[b] * h,
              areas[j],
              j < 2 ? areas[j] / (areas[0] + areas[1]) : Double.NaN,
              CarbonXrd.braggSpacingAngstrom(centre, lambda),
              CarbonXrd.scherrerLengthAngstrom(centre, w, j < 2 ? K_LC : K_LA, lambda)));
    }
    return new Result(
        List.copyOf(components),
        new double[] {p[0], Math.exp(p[1]), Math.exp(p[2]), p[3]},
        x0,
        1 - ssr / sst,
        chi2,
        optimum.getIterations(),
        n);
  }

  /**
   * Model values and Jacobian with respect to the unconstrained parameters, each row scaled by
   * {@code rowScale} when given.
   */
  private static Pair<RealVector, RealMatrix> model(
      RealVector params, double[] x, double x0, int peaks, double @Nullable [] rowScale) {
    double[] p = params.toArray();
    double[] value = new double[x.length];
    double[][] jac = new double[x.length][p.length];
    double b1 = Math.exp(p[1]);
    double tau = Math.exp(p[2]);
    for (int k = 0; k < x.length; k++) {
      double e = Math.exp(-(x[k] - x0) / tau);
      double v = p[0] + b1 * e + p[3] * x[k];
      jac[k][0] = 1;
      jac[k][1] = b1 * e;
      jac[k][2] = b1 * e * (x[k] - x0) / tau; // ∂/∂ln τ = τ ∂/∂τ
      jac[k][3] = x[k];
      for (int j = 0; j < peaks; j++) {
        int b = BACKGROUND + 4 * j;
        double h = Math.exp(p[b]);
        double s = sigmoid(p[b + 1]);
        double c = WINDOWS[j][0] + span(j) * s;
        double w = Math.exp(p[b + 2]);
        double eta = sigmoid(p[b + 3]);
        double u = 2 * (x[k] - c) / w;
        double l = 1 / (1 + u * u);
        double g = Math.exp(-LN2 * u * u);
        double shape = eta * l + (1 - eta) * g;
        v += h * shape;
        double dShapeDu = eta * (-2 * u * l * l) + (1 - eta) * (-2 * LN2 * u * g);
        jac[k][b] = h * shape;
        jac[k][b + 1] = h * dShapeDu * (-2 / w) * span(j) * s * (1 - s);
        jac[k][b + 2] = h * dShapeDu * (-u); // ∂u/∂ln w = −u
        jac[k][b + 3] = h * (l - g) * eta * (1 - eta);
      }
      value[k] = v;
      if (rowScale != null) {
        value[k] *= rowScale[k];
        for (int i = 0; i < p.length; i++) {
          jac[k][i] *= rowScale[k];
        }
      }
    }
    return new Pair<>(new ArrayRealVector(value, false), new Array2DRowRealMatrix(jac, false));
  }

  private static int argMax(double[] x, double[] y, double from, double to) {
    int best = -1;
    for (int k = 0; k < x.length; k++) {
      if (x[k] >= from && x[k] <= to && (best < 0 || y[k] > y[best])) {
        best = k;
      }
    }
    return Math.max(best, 0);
  }

  private static double span(int j) {
    return WINDOWS[j][1] - WINDOWS[j][0];
  }

  private static double clamp(double v, double[] window) {
    return Math.max(
        window[0] + 0.05 * (window[1] - window[0]),
        Math.min(window[1] - 0.05 * (window[1] - window[0]), v));
  }

  private static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  private static double logit(double p) {
    return Math.log(p / (1 - p));
  }
}

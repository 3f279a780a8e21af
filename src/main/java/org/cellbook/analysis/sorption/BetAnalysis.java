package org.cellbook.analysis.sorption;

import org.cellbook.analysis.kpi.PlausibleRange;
import org.cellbook.analysis.math.LineFit;
import org.jspecify.annotations.Nullable;

/**
 * BET surface area (METHODS.md §1.2–1.3; Brunauer, Emmett &amp; Teller, JACS 60, 309 (1938)).
 * Linear form with x = p/p₀ and n in mmol g⁻¹:
 *
 * <pre>x / (n(1−x)) = 1/(n_m·C) + (C−1)/(n_m·C) · x,   n_m = 1/(s+i),  C = s/i + 1,
 * S_BET = n_m · 10⁻³ · N_A · σ</pre>
 *
 * The pressure range is chosen by the Rouquerol criteria (Rouquerol, Llewellyn &amp; Rouquerol,
 * Stud. Surf. Sci. Catal. 160, 49 (2007)) and the BETSI rule (Osterrieth et al., Adv. Mater. 34,
 * 2201502 (2022)): among contiguous windows of at least 10 points with R² ≥ 0.995 passing C1–C4,
 * keep those ending highest and take the one with the smallest C4 error; relax to (5, 0.99), (5,
 * 0.95), (3, 0.90) when none qualifies. The monolayer pressure x(n_m) for C3/C4 is found on the
 * monotone PCHIP interpolant of the isotherm, as in the reference code: with linear interpolation
 * the C4 errors differ enough to pick another window on some isotherms (Zeolite-13X, UiO-66, Takeda
 * 5A: C off by up to 10 %, area by up to 0.2 %).
 */
public final class BetAnalysis {

  /** N₂ at 77 K, nm² per molecule (ISO 9277). */
  public static final double NITROGEN_CROSS_SECTION_NM2 = Probe.N2_77K.crossSectionNm2();

  /**
   * No known solid exceeds about 8,000 m² g⁻¹ (DUT-60 7,839; NU-1501-Al 7,310 m² g⁻¹, Chen et al.,
   * Science 368, 297 (2020)); a BET area of zero or less is no area.
   */
  public static final PlausibleRange AREA =
      new PlausibleRange(
          0,
          false,
          8000,
          false,
          "m² g⁻¹",
          "more surface than any known solid has (the records are near 7,800 m² g⁻¹): the amounts"
              + " are likely not per gram of sample (a total not divided by the sample mass, or a"
              + " per-gram amount divided by it again), in the wrong unit (cm³(STP) read as mmol,"
              + " ×22.4), or the adsorptive is not the one analysed (its cross-section)");

  /**
   * C = 1 + slope/intercept is positive for any isotherm the BET model describes (Rouquerol
   * criterion 2); no upper bound: strongly adsorbing micropores give C of 10⁴ and more.
   */
  public static final PlausibleRange C =
      new PlausibleRange(
          0,
          false,
          Double.POSITIVE_INFINITY,
          false,
          null,
          "a negative intercept: the range lies above the monolayer region, where micropores are"
              + " already full (choose a lower p/p0 range, as the Rouquerol criteria do)");

  private static final double AVOGADRO = 6.02214076e23;
  private static final double C4_TOLERANCE = 0.20;
  static final int[] TIER_POINTS = {10, 5, 5, 3};
  static final double[] TIER_R2 = {0.995, 0.99, 0.95, 0.90};

  private BetAnalysis() {}

  /**
   * One BET fit over points {@code first..last} (0-based, inclusive) with the criteria it meets.
   *
   * @param c4Error |x(n_m) − 1/(√C+1)| / x(n_m), NaN when n_m lies outside the isotherm
   */
  public record Fit(
      int first,
      int last,
      double minRelativePressure,
      double maxRelativePressure,
      double monolayerMillimolesPerGram,
      double c,
      double areaSquareMetresPerGram,
      double rSquared,
      double c4Error,
      boolean c1,
      boolean c2,
      boolean c3,
      boolean c4) {

    public int points() {
      return last - first + 1;
    }

    public boolean consistent() {
      return c1 && c2 && c3 && c4;
    }
  }

  /**
   * The automatic result: the chosen fit, the tier it came from (0 strictest), and the spread of
   * areas over every valid window of that tier.
   */
  public record Result(
      Fit fit,
      int tier,
      int minPoints,
      double minRSquared,
      double areaValidMin,
      double areaValidMax,
      int validWindows) {}

  /**
   * The fit over the adsorption points with lowP0 ≤ p/p₀ ≤ highP0 (a range the user chose), or null
   * when fewer than three points lie there (or all at one p/p₀).
   */
  public static @Nullable Fit fitRange(
      Isotherm iso, double lowP0, double highP0, double crossSectionNm2) {
    double[] x = iso.relativePressure();
    int first = -1;
    int last = -1;
    for (int k = 0; k < x.length; k++) {
      if (x[k] >= lowP0 && x[k] <= highP0) {
        first = first < 0 ? k : first;
        last = k;
      }
    }
    return first < 0 || last - first + 1 < 3 || x[first] == x[last]
        ? null
        : fit(iso, first, last, crossSectionNm2);
  }

  /** The fit over points {@code first..last}, which must span more than one p/p₀. */
  public static Fit fit(Isotherm iso, int first, int last, double crossSectionNm2) {
    double[] x = iso.relativePressure();
    double[] n = iso.amountMillimolesPerGram();
    double[] y = new double[last + 1];
    boolean c1 = true;
    for (int k = first; k <= last; k++) {
      y[k] = x[k] / (n[k] * (1 - x[k]));
      if (k > first) {
        c1 &= n[k] * (1 - x[k]) > n[k - 1] * (1 - x[k - 1]) && y[k] >= y[k - 1];
      }
    }
    LineFit line = LineFit.of(x, y, first, last + 1);
    double slope = line.slope();
    double intercept = line.intercept();
    double r2 = line.rSquared();
    double nm = 1 / (slope + intercept);
    double c = slope / intercept + 1;
    double area = nm * 1e-3 * AVOGADRO * crossSectionNm2 * 1e-18;
    double xOfNm = relativePressureAt(x, n, nm);
    boolean c2 = intercept > 0 && c > 0;
    boolean c3 = !Double.isNaN(xOfNm) && xOfNm >= x[first] && xOfNm <= x[last];
    double c4Error =
        Double.isNaN(xOfNm) || c <= 0
            ? Double.NaN
            : Math.abs(xOfNm - 1 / (Math.sqrt(c) + 1)) / xOfNm;
    boolean c4 = !Double.isNaN(c4Error) && c4Error < C4_TOLERANCE;
    return new Fit(first, last, x[first], x[last], nm, c, area, r2, c4Error, c1, c2, c3, c4);
  }

  /**
   * Rouquerol/BETSI automatic range; null when no window passes even the loosest tier. Every window
   * is tried, so the search is quadratic in the points: a window is fitted only while criterion 1
   * holds (once it fails for a window it fails for every longer one) and when a running R² does not
   * already rule it out, which keeps an isotherm of thousands of points to a fraction of a second.
   */
  public static @Nullable Result auto(Isotherm iso, double crossSectionNm2) {
    double[] x = iso.relativePressure();
    double[] n = iso.amountMillimolesPerGram();
    for (int tier = 0; tier < TIER_POINTS.length; tier++) {
      Fit best = null;
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      int valid = 0;
      for (int first = 0; first < iso.size(); first++) {
        RunningLine running = new RunningLine();
        for (int last = first; last < iso.size(); last++) {
          running.add(x[last], x[last] / (n[last] * (1 - x[last])));
          if (last > first
              && !(n[last] * (1 - x[last]) > n[last - 1] * (1 - x[last - 1])
                  && running.y >= running.previousY)) {
            break; // criterion 1 fails here, and so for every longer window
          }
          if (last < first + TIER_POINTS[tier] - 1) {
            continue;
          }
          if (x[last] >= 1) {
            break;
          }
          if (x[last] == x[first]) {
            continue; // repeated p/p₀ only: no line
          }
          if (running.rSquared() < TIER_R2[tier] - RUNNING_R2_SLACK) {
            continue;
          }
          Fit f = fit(iso, first, last, crossSectionNm2);
          if (!f.consistent() || f.rSquared() < TIER_R2[tier]) {
            continue;
          }
          valid++;
          min = Math.min(min, f.areaSquareMetresPerGram());
          max = Math.max(max, f.areaSquareMetresPerGram());
          if (best == null
              || f.last() > best.last()
              || f.last() == best.last() && f.c4Error() < best.c4Error()) {
            best = f;
          }
        }
      }
      if (best != null) {
        return new Result(best, tier, TIER_POINTS[tier], TIER_R2[tier], min, max, valid);
      }
    }
    return null;
  }

  /** A running R² may differ from {@link LineFit}'s in its last digits: it only rules out. */
  private static final double RUNNING_R2_SLACK = 1e-9;

  /**
   * Means and co-moments of the points added so far (Welford's updates, stable for the nearly
   * collinear BET transform), for the R² of the line through them.
   */
  private static final class RunningLine {
    private int count;
    private double meanX;
    private double meanY;
    private double sxx;
    private double syy;
    private double sxy;
    double y = Double.NaN;
    double previousY = Double.NaN;

    void add(double px, double py) {
      previousY = y;
      y = py;
      count++;
      double dx = px - meanX;
      double dy = py - meanY;
      meanX += dx / count;
      meanY += dy / count;
      sxx += dx * (px - meanX);
      syy += dy * (py - meanY);
      sxy += dx * (py - meanY);
    }

    /** R² of the least-squares line (1 when all y are equal, NaN when it cannot be told). */
    double rSquared() {
      return syy == 0 ? 1 : sxy * sxy / (sxx * syy);
    }
  }

  /**
   * x at which the isotherm reaches {@code amount}: on the first segment whose ends bracket it, by
   * bisection of the shape-preserving piecewise-cubic Hermite interpolant (PCHIP; Fritsch &amp;
   * Carlson, SIAM J. Numer. Anal. 17, 238 (1980), with the derivatives of Fritsch &amp; Butland as
   * in SciPy's {@code PchipInterpolator}, which the reference values use); NaN if never reached.
   */
  static double relativePressureAt(double[] x, double[] n, double amount) {
    for (int k = 1; k < x.length; k++) {
      if ((n[k - 1] - amount) * (n[k] - amount) <= 0 && n[k] != n[k - 1]) {
        double h = x[k] - x[k - 1];
        if (h == 0) {
          return x[k];
        }
        double d0 = pchipSlope(x, n, k - 1);
        double d1 = pchipSlope(x, n, k);
        double lo = 0;
        double hi = 1;
        boolean rising = n[k] > n[k - 1];
        for (int i = 0; i < 60; i++) {
          double t = (lo + hi) / 2;
          double value = hermite(n[k - 1], n[k], d0 * h, d1 * h, t);
          if (value < amount == rising) {
            lo = t;
          } else {
            hi = t;
          }
        }
        return x[k - 1] + (lo + hi) / 2 * h;
      }
    }
    return Double.NaN;
  }

  /** Cubic Hermite on [0, 1] with end values y0, y1 and end slopes (times the width) m0, m1. */
  private static double hermite(double y0, double y1, double m0, double m1, double t) {
    double t2 = t * t;
    double t3 = t2 * t;
    return (2 * t3 - 3 * t2 + 1) * y0
        + (t3 - 2 * t2 + t) * m0
        + (-2 * t3 + 3 * t2) * y1
        + (t3 - t2) * m1;
  }

  /**
   * PCHIP derivative at point k: the weighted harmonic mean of the neighbouring secants (zero at a
   * local extremum); at the ends the shape-preserving three-point formula.
   */
  private static double pchipSlope(double[] x, double[] n, int k) {
    int last = x.length - 1;
    if (last == 1) {
      return (n[1] - n[0]) / (x[1] - x[0]);
    }
    if (k == 0 || k == last) {
      int a = k == 0 ? 0 : last - 1;
      int b = k == 0 ? 1 : last - 2;
      double h0 = x[a + 1] - x[a];
      double h1 = x[b + 1] - x[b];
      double m0 = (n[a + 1] - n[a]) / h0;
      double m1 = (n[b + 1] - n[b]) / h1;
      double d = ((2 * h0 + h1) * m0 - h0 * m1) / (h0 + h1);
      if (Math.signum(d) != Math.signum(m0)) {
        return 0;
      }
      if (Math.signum(m0) != Math.signum(m1) && Math.abs(d) > 3 * Math.abs(m0)) {
        return 3 * m0;
      }
      return d;
    }
    double hPrev = x[k] - x[k - 1];
    double hNext = x[k + 1] - x[k];
    double mPrev = (n[k] - n[k - 1]) / hPrev;
    double mNext = (n[k + 1] - n[k]) / hNext;
    if (hPrev == 0 || hNext == 0 || mPrev * mNext <= 0) {
      return 0;
    }
    double w1 = 2 * hNext + hPrev;
    double w2 = hNext + 2 * hPrev;
    return (w1 + w2) / (w1 / mPrev + w2 / mNext);
  }

  /**
   * Total pore volume by the Gurvich rule at {@code atRelativePressure} (METHODS.md §1.4): the
   * amount adsorbed there taken as liquid adsorptive, V = n(x) · M / ρ (N₂ at 77 K: n[cm³(STP) g⁻¹]
   * × 0.0015468), n interpolated linearly between the bracketing points; NaN when the isotherm does
   * not reach that pressure or the probe's pore filling has no known density.
   */
  public static double totalPoreVolumeCm3PerGram(
      Isotherm iso, double atRelativePressure, Probe probe) {
    double[] x = iso.relativePressure();
    double[] n = iso.amountMillimolesPerGram();
    for (int k = 1; k < x.length; k++) {
      if (x[k - 1] <= atRelativePressure && x[k] >= atRelativePressure) {
        double amount =
            x[k] == x[k - 1]
                ? n[k]
                : n[k - 1]
                    + (atRelativePressure - x[k - 1]) / (x[k] - x[k - 1]) * (n[k] - n[k - 1]);
        return amount * probe.liquidCm3PerMillimole();
      }
    }
    return Double.NaN;
  }
}

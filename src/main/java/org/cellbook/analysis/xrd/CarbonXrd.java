package org.cellbook.analysis.xrd;

/**
 * XRD quantities of disordered carbons (METHODS.md §2).
 *
 * <ul>
 *   <li>Bragg: d = λ / (2 sin θ).
 *   <li>Scherrer: L = K λ / (β cos θ), β the FWHM in radians of 2θ; Lc from (002) with K = 0.89, La
 *       from (100) with K = 1.84 (Warren 1941).
 *   <li>Dahn R value (Liu, Xue &amp; Dahn, Carbon 34, 193 (1996)): R = B / A with B the counts at
 *       the (002) maximum and A the background at that angle from a straight line under the peak.
 *       The operational recipe of the reference: Savitzky–Golay smoothing over 1° (quadratic), B =
 *       smoothed maximum within 15–35°, A from the line joining the smoothed minima in 10–16° and
 *       33–39°. R depends on the baseline, so the baseline points are part of the result.
 * </ul>
 */
public final class CarbonXrd {

  private CarbonXrd() {}

  public static double braggSpacingAngstrom(double twoThetaDegrees, double wavelengthAngstrom) {
    return wavelengthAngstrom / (2 * Math.sin(Math.toRadians(twoThetaDegrees / 2)));
  }

  public static double scherrerLengthAngstrom(
      double twoThetaDegrees, double fwhmDegrees, double k, double wavelengthAngstrom) {
    return k
        * wavelengthAngstrom
        / (Math.toRadians(fwhmDegrees) * Math.cos(Math.toRadians(twoThetaDegrees / 2)));
  }

  /**
   * The R value and what it was read from.
   *
   * @param twoThetaAtMaximum 2θ of the smoothed (002) maximum
   * @param peakCounts B
   * @param backgroundCounts A
   * @param baselineLow, baselineHigh the two (2θ, counts) points the baseline joins
   * @param apparentD002Angstrom Bragg spacing at the maximum (not that of a fitted component)
   */
  public record RValue(
      double twoThetaAtMaximum,
      double peakCounts,
      double backgroundCounts,
      double[] baselineLow,
      double[] baselineHigh,
      double apparentD002Angstrom) {

    public double r() {
      return peakCounts / backgroundCounts;
    }
  }

  public static RValue rValue(Pattern p) {
    double[] x = p.twoThetaDegrees();
    double[] s = smooth(x, p.counts(), 1.0);
    int max = extreme(x, s, 15, 35, true);
    int low = extreme(x, s, 10, 16, false);
    int high = extreme(x, s, 33, 39, false);
    double slope = (s[high] - s[low]) / (x[high] - x[low]);
    double background = s[low] + slope * (x[max] - x[low]);
    return new RValue(
        x[max],
        s[max],
        background,
        new double[] {x[low], s[low]},
        new double[] {x[high], s[high]},
        braggSpacingAngstrom(x[max], p.wavelengthAngstrom()));
  }

  private static int extreme(double[] x, double[] y, double from, double to, boolean maximum) {
    int best = -1;
    for (int k = 0; k < x.length; k++) {
      if (x[k] < from || x[k] > to) {
        continue;
      }
      if (best < 0 || (maximum ? y[k] > y[best] : y[k] < y[best])) {
        best = k;
      }
    }
    if (best < 0) {
      throw new IllegalArgumentException(
          "the pattern does not cover %.0f–%.0f° 2θ".formatted(from, to));
    }
    return best;
  }

  /**
   * Quadratic Savitzky–Golay smoothing over a window of {@code widthDegrees} (Savitzky &amp; Golay,
   * Anal. Chem. 36, 1627 (1964)); c_i = (3(3m²+3m−1) − 15 i²) / ((2m+1)(4m²+4m−3)), the window
   * shrinking symmetrically at the ends.
   */
  static double[] smooth(double[] x, double[] y, double widthDegrees) {
    double step = (x[x.length - 1] - x[0]) / (x.length - 1);
    int half = Math.max(1, (int) Math.round(widthDegrees / step / 2));
    double[] out = new double[y.length];
    for (int k = 0; k < y.length; k++) {
      int m = Math.min(half, Math.min(k, y.length - 1 - k));
      if (m < 2) {
        out[k] = y[k];
        continue;
      }
      double norm = (2.0 * m + 1) * (4.0 * m * m + 4 * m - 3);
      double sum = 0;
      for (int i = -m; i <= m; i++) {
        sum += (3 * (3.0 * m * m + 3 * m - 1) - 15.0 * i * i) / norm * y[k + i];
      }
      out[k] = sum;
    }
    return out;
  }
}

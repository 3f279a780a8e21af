package org.cellbook.analysis.xrd;

import org.cellbook.analysis.kpi.PlausibleRange;

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

  /**
   * The interlayer spacing d002 of carbons lies between graphite's 0.3354 nm and that of the most
   * dilated turbostratic stacking, about 0.4 nm in hard carbons (METHODS.md §2 and §6): a d002
   * outside 0.33–0.45 nm is not that of a carbon's (002) band.
   */
  public static final PlausibleRange D002_SPACING =
      PlausibleRange.of(
          0.33,
          0.45,
          "nm",
          "not the (002) band of a carbon: check the X-ray wavelength (the file's, or Cu Kα₁ 1.5406"
              + " Å when it states none) and that the sample is a carbon");

  /**
   * Reflections narrower than this (° 2θ) come from crystallites above about 16 nm (Scherrer at
   * 26°): graphite or a crystalline phase, not the 2–10° wide (002) band of a disordered carbon the
   * R value and the two-component fit describe.
   */
  public static final double SHARP_PEAK_FWHM_DEGREES = 0.5;

  private CarbonXrd() {}

  /**
   * The strongest reflection between two angles, measured on the pattern as it is.
   *
   * @param twoThetaDegrees position of the highest point
   * @param heightCounts its height above the lowest point within 5° of it
   * @param fwhmDegrees full width at half that height (linear interpolation between points), NaN
   *     when the pattern ends before the peak falls to half height
   */
  public record Peak(double twoThetaDegrees, double heightCounts, double fwhmDegrees) {}

  /**
   * The highest point between {@code from} and {@code to} (° 2θ) and its width. Counts are averaged
   * over 0.1° first, which leaves sharp reflections sharp and keeps Poisson noise on a broad band
   * from ending its half-height early.
   *
   * @throws IllegalArgumentException when the pattern has no point in the range
   */
  public static Peak strongestPeak(DiffractionPattern p, double from, double to) {
    double[] x = p.twoThetaDegrees();
    double[] y = movingAverage(x, p.counts(), 0.1);
    int top = extreme(x, y, from, to, true);
    double floor = y[top];
    for (int k = 0; k < x.length; k++) {
      if (Math.abs(x[k] - x[top]) <= 5) {
        floor = Math.min(floor, y[k]);
      }
    }
    double half = floor + (y[top] - floor) / 2;
    int left = top;
    while (left > 0 && y[left] > half) {
      left--;
    }
    int right = top;
    while (right < y.length - 1 && y[right] > half) {
      right++;
    }
    double width =
        y[left] > half || y[right] > half
            ? Double.NaN
            : crossing(x, y, right - 1, right, half) - crossing(x, y, left, left + 1, half);
    return new Peak(x[top], y[top] - floor, width);
  }

  /** Where the line through points a and b reaches {@code level}. */
  private static double crossing(double[] x, double[] y, int a, int b, double level) {
    return y[b] == y[a] ? x[a] : x[a] + (level - y[a]) * (x[b] - x[a]) / (y[b] - y[a]);
  }

  private static double[] movingAverage(double[] x, double[] y, double widthDegrees) {
    double step = (x[x.length - 1] - x[0]) / Math.max(1, x.length - 1);
    int half = (int) Math.floor(widthDegrees / step / 2);
    if (half < 1) {
      return y;
    }
    double[] out = new double[y.length];
    for (int k = 0; k < y.length; k++) {
      int a = Math.max(0, k - half);
      int b = Math.min(y.length - 1, k + half);
      double sum = 0;
      for (int i = a; i <= b; i++) {
        sum += y[i];
      }
      out[k] = sum / (b - a + 1);
    }
    return out;
  }

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

  public static RValue rValue(DiffractionPattern p) {
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

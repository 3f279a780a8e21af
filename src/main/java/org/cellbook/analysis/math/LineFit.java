package org.cellbook.analysis.math;

/**
 * Ordinary least-squares straight line y = intercept + slope·x with the standard errors of both
 * coefficients and R² (closed form; Montgomery &amp; Runger, Applied Statistics and Probability for
 * Engineers, §11-3), computed about the means so that nearly collinear data (BET transforms over a
 * narrow p/p₀ window) lose no digits:
 *
 * <pre>
 * slope = Sxy / Sxx,  intercept = ȳ − slope·x̄,  SSE = Σ (y − intercept − slope·x)²
 * SE(slope) = √(SSE / (n − 2) / Sxx),  SE(intercept) = √(SSE / (n − 2) · (1/n + x̄² / Sxx))
 * R² = 1 − SSE / Syy  (1 when all y are equal)
 * </pre>
 *
 * @param slopeStandardError NaN with two points (no degrees of freedom left)
 * @param interceptStandardError NaN with two points
 */
public record LineFit(
    double slope,
    double intercept,
    double slopeStandardError,
    double interceptStandardError,
    double rSquared,
    int points) {

  public static LineFit of(double[] x, double[] y) {
    if (y.length != x.length) {
      throw new IllegalArgumentException("x and y differ in length");
    }
    return of(x, y, 0, x.length);
  }

  /** The line through points {@code from} (inclusive) to {@code to} (exclusive). */
  public static LineFit of(double[] x, double[] y, int from, int to) {
    int n = to - from;
    if (n < 2) {
      throw new IllegalArgumentException("a line needs at least two points");
    }
    double mx = 0;
    double my = 0;
    for (int k = from; k < to; k++) {
      mx += x[k];
      my += y[k];
    }
    mx /= n;
    my /= n;
    double sxx = 0;
    double sxy = 0;
    double syy = 0;
    for (int k = from; k < to; k++) {
      double dx = x[k] - mx;
      double dy = y[k] - my;
      sxx += dx * dx;
      sxy += dx * dy;
      syy += dy * dy;
    }
    if (sxx == 0) {
      throw new IllegalArgumentException("all x are equal: the slope is undefined");
    }
    double slope = sxy / sxx;
    double intercept = my - slope * mx;
    double sse = 0;
    for (int k = from; k < to; k++) {
      double r = y[k] - intercept - slope * x[k];
      sse += r * r;
    }
    double variance = n > 2 ? sse / (n - 2) : Double.NaN;
    return new LineFit(
        slope,
        intercept,
        Math.sqrt(variance / sxx),
        Math.sqrt(variance * (1.0 / n + mx * mx / sxx)),
        syy == 0 ? 1 : 1 - sse / syy,
        n);
  }
}

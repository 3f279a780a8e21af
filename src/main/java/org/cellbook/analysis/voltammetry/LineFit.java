package org.cellbook.analysis.voltammetry;

/**
 * Ordinary least-squares straight line y = intercept + slope·x with the slope's standard error and
 * R² (closed form; e.g. Montgomery &amp; Runger, Applied Statistics, §11-2).
 *
 * <pre>
 * slope = Sxy / Sxx,  intercept = ȳ − slope·x̄,
 * SE(slope) = sqrt( SSE / (n − 2) / Sxx ),  R² = 1 − SSE / Syy
 * </pre>
 */
public record LineFit(
    double slope, double intercept, double slopeStandardError, double rSquared, int points) {

  public static LineFit of(double[] x, double[] y) {
    int n = x.length;
    if (n < 2 || y.length != n) {
      throw new IllegalArgumentException("a line needs at least two (x, y) points of equal count");
    }
    double mx = 0;
    double my = 0;
    for (int k = 0; k < n; k++) {
      mx += x[k];
      my += y[k];
    }
    mx /= n;
    my /= n;
    double sxx = 0;
    double sxy = 0;
    double syy = 0;
    for (int k = 0; k < n; k++) {
      sxx += (x[k] - mx) * (x[k] - mx);
      sxy += (x[k] - mx) * (y[k] - my);
      syy += (y[k] - my) * (y[k] - my);
    }
    if (sxx == 0) {
      throw new IllegalArgumentException("all x are equal: the slope is undefined");
    }
    double slope = sxy / sxx;
    double intercept = my - slope * mx;
    double sse = 0;
    for (int k = 0; k < n; k++) {
      double r = y[k] - intercept - slope * x[k];
      sse += r * r;
    }
    double se = n > 2 ? Math.sqrt(sse / (n - 2) / sxx) : Double.NaN;
    double r2 = syy == 0 ? 1 : 1 - sse / syy;
    return new LineFit(slope, intercept, se, r2, n);
  }
}

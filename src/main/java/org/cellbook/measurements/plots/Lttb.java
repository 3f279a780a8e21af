package org.cellbook.measurements.plots;

/**
 * Largest-Triangle-Three-Buckets downsampling (Steinarsson, "Downsampling time series for visual
 * representation", MSc thesis, University of Iceland, 2013): keeps the first and last point and,
 * from each of n − 2 buckets, the point forming the largest triangle with the previously kept point
 * and the next bucket's mean. Peaks and plateaus survive, so a 10⁶-record curve drawn from 2,000
 * points looks the same.
 */
public final class Lttb {

  private Lttb() {}

  /** The indices of the kept points, ascending; all indices when n ≥ the number of points. */
  public static int[] indices(double[] x, double[] y, int n) {
    int size = x.length;
    if (n >= size || n < 3) {
      int[] all = new int[size];
      for (int k = 0; k < size; k++) {
        all[k] = k;
      }
      return all;
    }
    int[] kept = new int[n];
    double every = (double) (size - 2) / (n - 2);
    int a = 0;
    kept[0] = 0;
    for (int i = 0; i < n - 2; i++) {
      int nextStart = (int) Math.floor((i + 1) * every) + 1;
      int nextEnd = Math.min((int) Math.floor((i + 2) * every) + 1, size);
      double meanX = 0;
      double meanY = 0;
      for (int k = nextStart; k < nextEnd; k++) {
        meanX += x[k];
        meanY += y[k];
      }
      int m = Math.max(1, nextEnd - nextStart);
      meanX /= m;
      meanY /= m;
      int start = (int) Math.floor(i * every) + 1;
      int end = (int) Math.floor((i + 1) * every) + 1;
      double best = -1;
      int chosen = start;
      for (int k = start; k < end; k++) {
        double area = Math.abs((x[a] - meanX) * (y[k] - y[a]) - (x[a] - x[k]) * (meanY - y[a]));
        if (area > best) {
          best = area;
          chosen = k;
        }
      }
      kept[i + 1] = chosen;
      a = chosen;
    }
    kept[n - 1] = size - 1;
    return kept;
  }

  /** The curve reduced to at most n points. */
  public static Plot.Curve reduce(Plot.Curve c, int n) {
    int[] keep = indices(c.x(), c.y(), n);
    if (keep.length == c.x().length) {
      return c;
    }
    double[] x = new double[keep.length];
    double[] y = new double[keep.length];
    for (int k = 0; k < keep.length; k++) {
      x[k] = c.x()[keep[k]];
      y[k] = c.y()[keep[k]];
    }
    return new Plot.Curve(c.name(), x, y, c.style());
  }
}

package org.cellbook.measurements.plots;

import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

/** What the plots of every technique share: curve reduction, fitted bands and the notes. */
final class Curves {

  /** Long curves are reduced with LTTB to this many points each. */
  static final int POINTS_PER_CURVE = 1500;

  static final String REDUCED = "curves reduced to ≤ 1,500 points each (LTTB)";

  /**
   * What a plot of a run stored before the analysis kept its fits says instead of drawing one: the
   * plots never fit again, so only a new analysis can draw it.
   */
  static final String STORED_WITHOUT_FITS = "re-run the analysis to draw the fit";

  private Curves() {}

  static Plot.Curve reduced(Plot.Curve curve) {
    return Lttb.reduce(curve, POINTS_PER_CURVE);
  }

  /**
   * A fitted band drawn on its background at {@code x}; its contribution is added to {@code total},
   * which starts as the background.
   */
  static Plot.Curve bandOnBackground(
      String name,
      double[] x,
      DoubleUnaryOperator background,
      DoubleUnaryOperator band,
      double[] total) {
    double[] y = new double[x.length];
    for (int k = 0; k < x.length; k++) {
      double b = band.applyAsDouble(x[k]);
      y[k] = background.applyAsDouble(x[k]) + b;
      total[k] += b;
    }
    return new Plot.Curve(name, x, y, Plot.Style.LINE);
  }

  /** A straight line y = intercept + slope·x drawn between two abscissae. */
  static Plot.Curve line(String name, double from, double to, double intercept, double slope) {
    return new Plot.Curve(
        name,
        new double[] {from, to},
        new double[] {intercept + slope * from, intercept + slope * to},
        Plot.Style.FIT);
  }

  static String f(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }
}

package org.cellbook.measurements.plots;

import java.util.List;

/**
 * A plot as data: title, axes with units, curves. The browser chart and the PDF report draw the
 * same definitions, so a figure in a report is the figure on screen.
 *
 * @param id stable name for file names and tests ("voltage-capacity", "capacity-cycle")
 * @param xLabel axis title with its unit, e.g. "Specific capacity (mAh g⁻¹)"
 * @param yLabel axis title with its unit
 * @param note what was reduced or assumed (e.g. "LTTB, 2,000 points per curve")
 * @param logY a logarithmic y axis (quantities spanning decades, such as D)
 * @param logXOffered the reader may switch x to a logarithmic axis (a relative pressure whose
 *     micropore filling happens decades below 0.1); drawn linear first
 */
public record Plot(
    String id,
    String title,
    String xLabel,
    String yLabel,
    List<Curve> curves,
    String note,
    boolean logY,
    boolean logXOffered) {

  public Plot {
    curves = List.copyOf(curves);
  }

  /** A plot with linear axes. */
  public Plot(
      String id, String title, String xLabel, String yLabel, List<Curve> curves, String note) {
    this(id, title, xLabel, yLabel, curves, note, false);
  }

  /** A plot with a linear x axis and, when {@code logY}, a logarithmic y axis. */
  public Plot(
      String id,
      String title,
      String xLabel,
      String yLabel,
      List<Curve> curves,
      String note,
      boolean logY) {
    this(id, title, xLabel, yLabel, curves, note, logY, false);
  }

  /** How a curve is drawn. */
  public enum Style {
    LINE,
    POINTS,
    /** A fitted line drawn over points. */
    FIT
  }

  /** One named x–y series; x and y have the same length. */
  public record Curve(String name, double[] x, double[] y, Style style) {
    public Curve {
      if (x.length != y.length) {
        throw new IllegalArgumentException(name + ": x and y differ in length");
      }
    }
  }
}

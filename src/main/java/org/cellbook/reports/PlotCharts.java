package org.cellbook.reports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.cellbook.measurements.plots.Plot;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * A {@link Plot} as a JFreeChart chart for the PDF: the same curves, axis titles and units as the
 * browser chart, with the same colours, drawn as vector paths. The title and the reduction note go
 * in the report's caption, not in the chart. Sizes are CSS pixels (1/96 in), the unit the layout
 * draws charts in: 11 px labels print at 8.25 pt.
 */
final class PlotCharts {

  /** ECharts' default palette, so a curve has the same colour on screen and on paper. */
  private static final List<Color> PALETTE =
      List.of(
          new Color(0x5470c6),
          new Color(0x91cc75),
          new Color(0xfac858),
          new Color(0xee6666),
          new Color(0x73c0de),
          new Color(0x3ba272),
          new Color(0xfc8452),
          new Color(0x9a60b4),
          new Color(0xea7ccc));

  private static final int SHORT_LINE = 60;
  private static final Color GRID = new Color(0xdddddd);
  private static final Color INK = new Color(0x222222);

  private PlotCharts() {}

  static JFreeChart chart(Plot plot) {
    XYPlot xy = new XYPlot();
    xy.setDomainAxis(axis(plot.xLabel(), false));
    xy.setRangeAxis(axis(plot.yLabel(), plot.logY()));
    int colour = 0;
    for (int i = 0; i < plot.curves().size(); i++) {
      Plot.Curve curve = plot.curves().get(i);
      DefaultXYDataset data = new DefaultXYDataset();
      data.addSeries(curve.name(), drawable(curve, plot.logY()));
      xy.setDataset(i, data);
      // A short line (a rate test's few steps) gets markers too, so each measured point shows.
      boolean markers =
          curve.style() == Plot.Style.POINTS
              || (curve.style() == Plot.Style.LINE && curve.x().length <= SHORT_LINE);
      XYLineAndShapeRenderer renderer =
          new XYLineAndShapeRenderer(curve.style() != Plot.Style.POINTS, markers);
      if (curve.style() == Plot.Style.FIT) {
        renderer.setSeriesPaint(0, INK);
        renderer.setSeriesStroke(
            0,
            new BasicStroke(
                1.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {4f, 3f}, 0f));
      } else {
        renderer.setSeriesPaint(0, PALETTE.get(colour++ % PALETTE.size()));
        renderer.setSeriesStroke(0, new BasicStroke(0.9f));
        renderer.setSeriesShape(0, new Ellipse2D.Double(-1.8, -1.8, 3.6, 3.6));
      }
      renderer.setDrawSeriesLineAsPath(true);
      xy.setRenderer(i, renderer);
    }
    // Later curves on top, as on screen: a fit is drawn over the pattern it fits.
    xy.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    xy.setBackgroundPaint(Color.WHITE);
    xy.setDomainGridlinePaint(GRID);
    xy.setRangeGridlinePaint(GRID);
    xy.setOutlinePaint(INK);
    xy.setAxisOffset(RectangleInsets.ZERO_INSETS);
    JFreeChart chart = new JFreeChart(null, ReportFonts.chart(11f), xy, plot.curves().size() > 1);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    chart.setPadding(new RectangleInsets(2, 2, 2, 6));
    LegendTitle legend = chart.getLegend();
    if (legend != null) {
      legend.setItemFont(ReportFonts.chart(9f));
      legend.setFrame(BlockBorder.NONE);
      // Many curves (voltage profiles of several cycles) list better beside the plot than under it.
      legend.setPosition(plot.curves().size() > 4 ? RectangleEdge.RIGHT : RectangleEdge.BOTTOM);
    }
    return chart;
  }

  private static ValueAxis axis(String label, boolean log) {
    ValueAxis axis;
    if (log) {
      LogAxis logAxis = new LogAxis(label);
      logAxis.setBase(10);
      logAxis.setSmallestValue(1e-300);
      // The default minimum span (1e-8) would widen a range of D values (~1e-10 cm² s⁻¹) below
      // zero, where a log axis has no range at all.
      logAxis.setAutoRangeMinimumSize(1e-300);
      // Ticks at whole decades only: 10⁻¹², 10⁻¹¹, not 10⁻¹⁰·².
      logAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
      axis = logAxis;
    } else {
      NumberAxis linear = new NumberAxis(label);
      linear.setAutoRangeIncludesZero(false);
      axis = linear;
    }
    axis.setLabelFont(ReportFonts.chart(11f));
    axis.setTickLabelFont(ReportFonts.chart(10f));
    axis.setLabelPaint(INK);
    axis.setTickLabelPaint(INK);
    axis.setAxisLinePaint(INK);
    return axis;
  }

  /**
   * The curve's finite points (a gap in a measurement is NaN, which a PDF path cannot hold); on a
   * log axis only the positive values, which a log scale can show.
   */
  private static double[][] drawable(Plot.Curve curve, boolean logY) {
    double[] x = curve.x();
    double[] y = curve.y();
    int n = 0;
    for (int i = 0; i < y.length; i++) {
      n += keep(x[i], y[i], logY) ? 1 : 0;
    }
    if (n == y.length) {
      return new double[][] {x, y};
    }
    double[][] out = new double[2][n];
    int k = 0;
    for (int i = 0; i < y.length; i++) {
      if (keep(x[i], y[i], logY)) {
        out[0][k] = x[i];
        out[1][k++] = y[i];
      }
    }
    return out;
  }

  private static boolean keep(double x, double y, boolean logY) {
    return Double.isFinite(x) && Double.isFinite(y) && (!logY || y > 0);
  }
}

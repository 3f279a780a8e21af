package org.cellbook.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.cellbook.measurements.plots.Plot;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.junit.jupiter.api.Test;

/** Plot definitions as charts: axes that hold the data, whatever its magnitude or gaps. */
class PlotChartsTest {

  private static JFreeChart drawn(Plot plot) {
    JFreeChart chart = PlotCharts.chart(plot);
    chart.draw(
        new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB).createGraphics(),
        new Rectangle2D.Double(0, 0, 400, 300));
    return chart;
  }

  @Test
  void diffusionCoefficientsFromTenToTheMinusTwelveToMinusTenFitALogAxis() {
    // GITT D values span 1e-12 … 1e-10 cm² s⁻¹: the default minimum axis span (1e-8) once pushed
    // the range below zero and left the plot empty.
    double[] v = {0.1, 0.3, 0.5, 0.8, 1.2};
    double[] d = {3e-11, 1e-10, 5e-11, 2e-12, 8e-11};
    JFreeChart chart =
        drawn(
            new Plot(
                "d",
                "D",
                "Voltage (V)",
                "D (cm² s⁻¹)",
                List.of(new Plot.Curve("sodiation", v, d, Plot.Style.POINTS)),
                "",
                true));
    LogAxis axis = (LogAxis) chart.getXYPlot().getRangeAxis();
    assertThat(axis.getRange().getLowerBound()).isPositive().isLessThanOrEqualTo(2e-12);
    assertThat(axis.getRange().getUpperBound()).isGreaterThanOrEqualTo(1e-10).isLessThan(1e-9);
  }

  @Test
  void gapsAndNonPositiveValuesOnALogAxisAreLeftOut() {
    double[] x = {1, 2, Double.NaN, 4, 5};
    double[] y = {1e-3, 0, 2e-3, Double.NaN, 5e-3};
    JFreeChart chart =
        drawn(
            new Plot(
                "p", "P", "x", "y", List.of(new Plot.Curve("c", x, y, Plot.Style.LINE)), "", true));
    assertThat(chart.getXYPlot().getDataset(0).getItemCount(0)).isEqualTo(2);
  }
}

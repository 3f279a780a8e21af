package org.cellbook.measurements.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cellbook.measurements.plots.Plot;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the browser chart is given: read-outs with units, wheel zoom only with Ctrl, log p/p₀. */
class PlotChartTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static Plot isotherm() {
    return new Plot(
        "isotherm",
        "Isotherm",
        "Relative pressure p/p₀",
        "Amount adsorbed (mmol g⁻¹)",
        List.of(
            new Plot.Curve(
                "adsorption",
                new double[] {0, 1e-5, 1e-3, 0.3},
                new double[] {0, 1, 5, 9},
                Plot.Style.POINTS)),
        null,
        false,
        true);
  }

  @Test
  void aReadoutSaysTheUnitOrNamesAQuantityWithoutOne() {
    assertThat(PlotChart.readout("Capacity (mAh g⁻¹)"))
        .isEqualTo(new PlotChart.Readout("Capacity", "mAh g⁻¹"));
    assertThat(PlotChart.readout("Voltage (V)")).isEqualTo(new PlotChart.Readout("Voltage", "V"));
    assertThat(PlotChart.readout("Cycle")).isEqualTo(new PlotChart.Readout("Cycle", ""));
    assertThat(PlotChart.readout("Relative pressure p/p₀"))
        .isEqualTo(new PlotChart.Readout("Relative pressure p/p₀", ""));
    // The parentheses of a logarithm are its argument's unit, not the value's.
    assertThat(PlotChart.readout("log₁₀ v (mV s⁻¹)"))
        .isEqualTo(new PlotChart.Readout("log₁₀ v", ""));
  }

  @Test
  void hoveringReadsTheCurvesAndOnlyCtrlWheelZooms() {
    JsonNode o = JSON.readTree(PlotChart.option(isotherm()));
    assertThat(o.path("tooltip").path("trigger").asString()).isEqualTo("axis");
    for (JsonNode zoom : o.path("dataZoom")) {
      assertThat(zoom.path("zoomOnMouseWheel").asString()).isEqualTo("ctrl");
      assertThat(zoom.path("moveOnMouseWheel").asBoolean()).isFalse();
    }
    PlotChart chart = new PlotChart(isotherm());
    assertThat(chart.resetZoom.getText()).isEqualTo("Reset zoom");
  }

  @Test
  void aLogarithmicPressureAxisDrawsOnlyThePositivePressures() {
    JsonNode linear = JSON.readTree(PlotChart.option(isotherm(), false));
    assertThat(linear.path("xAxis").path("type").asString()).isEqualTo("value");
    assertThat(linear.path("series").get(0).path("data").size()).isEqualTo(4);

    JsonNode log = JSON.readTree(PlotChart.option(isotherm(), true));
    assertThat(log.path("xAxis").path("type").asString()).isEqualTo("log");
    assertThat(log.path("series").get(0).path("data").size()).isEqualTo(3);
    assertThat(log.path("series").get(0).path("data").get(0).get(0).asDouble()).isEqualTo(1e-5);
  }

  @Test
  void onlyPlotsThatOfferItShowTheLogarithmicToggle() {
    PlotChart offered = new PlotChart(isotherm());
    assertThat(offered.logX.getParent()).isPresent();
    assertThat(offered.logX.getLabel()).isEqualTo("Logarithmic scale: Relative pressure p/p₀");

    Plot linear =
        new Plot(
            "ce-cycle",
            "CE",
            "Cycle",
            "CE (%)",
            List.of(
                new Plot.Curve(
                    "CE", new double[] {1, 2}, new double[] {90, 99}, Plot.Style.POINTS)),
            null);
    assertThat(new PlotChart(linear).logX.getParent()).isEmpty();
  }
}

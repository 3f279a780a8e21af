package org.cellbook.measurements.plots;

import static org.cellbook.measurements.plots.Curves.REDUCED;
import static org.cellbook.measurements.plots.Curves.reduced;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cellbook.analysis.series.CellSeries;
import tools.jackson.databind.JsonNode;

/** The plots of a GITT run: the transient, and D against voltage from the stored pulses. */
public final class GittPlots {

  private GittPlots() {}

  public static List<Plot> of(CellSeries s, JsonNode doc) {
    double[] hours = Arrays.stream(s.timeSeconds()).map(x -> x / 3600).toArray();
    List<Plot> plots = new ArrayList<>();
    plots.add(
        new Plot(
            "gitt-transient",
            "GITT transient",
            "Time (h)",
            "Voltage (V)",
            List.of(reduced(new Plot.Curve("voltage", hours, s.voltageVolts(), Plot.Style.LINE))),
            REDUCED));
    List<Plot.Curve> d = new ArrayList<>();
    for (String branch : List.of("sodiation", "desodiation")) {
      List<double[]> points = new ArrayList<>();
      for (JsonNode p : doc.path("kpis").path("gitt_pulses")) {
        if (branch.equals(p.path("branch").asString()) && p.path("d_cm2_s").isNumber()) {
          points.add(new double[] {p.path("voltage_v").asDouble(), p.path("d_cm2_s").asDouble()});
        }
      }
      if (!points.isEmpty()) {
        d.add(
            new Plot.Curve(
                branch,
                points.stream().mapToDouble(x -> x[0]).toArray(),
                points.stream().mapToDouble(x -> x[1]).toArray(),
                Plot.Style.POINTS));
      }
    }
    if (!d.isEmpty()) {
      plots.add(
          new Plot(
              "gitt-d",
              "Diffusion coefficient (Weppner–Huggins)",
              "Voltage (V)",
              "D (cm² s⁻¹)",
              d,
              null,
              true));
    }
    return plots;
  }
}

package org.cellbook.measurements.plots;

import static org.cellbook.measurements.plots.Curves.REDUCED;
import static org.cellbook.measurements.plots.Curves.reduced;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cellbook.analysis.cycling.DifferentialCapacity;
import org.cellbook.analysis.cycling.HalfCycle;
import org.cellbook.analysis.run.CyclingRun;
import org.cellbook.analysis.series.CellSeries;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The plots of a cycling run: voltage profiles of the stored profile cycles, capacity and CE
 * against cycle and the rate table as the document holds them, and the stored dQ/dV. A run stored
 * before its profiles and dQ/dV were kept shows voltage against time instead.
 */
public final class CyclingPlots {

  private CyclingPlots() {}

  /**
   * @param doc the run's stored document
   * @param data its plot data, null for a run stored without
   */
  public static List<Plot> of(CellSeries s, JsonNode doc, CyclingRun.@Nullable PlotData data) {
    List<Plot> plots = new ArrayList<>();
    plots.add(data == null ? voltageAgainstTime(s) : profiles(s, data));
    plots.addAll(cycleTable(doc.path("cycles")));
    JsonNode rates = doc.path("kpis").path("rate_table");
    if (rates.size() > 1) {
      plots.add(rates(rates));
    }
    if (data != null && data.dqdv() != null) {
      plots.add(dqdv(data.dqdv()));
    }
    return plots;
  }

  private static Plot profiles(CellSeries s, CyclingRun.PlotData data) {
    Double mass = data.activeMassMilligrams();
    double scale = mass == null ? 1 : 1000 / mass;
    List<Plot.Curve> curves = new ArrayList<>();
    for (CyclingRun.ProfileCycle c : data.profiles()) {
      for (HalfCycle h : Arrays.asList(c.opening(), c.closing())) {
        if (h != null) {
          String name = "cycle " + c.cycle() + " " + h.direction().name().toLowerCase();
          curves.add(reduced(profile(s, h, scale, name)));
        }
      }
    }
    return new Plot(
        "voltage-capacity",
        "Voltage profiles",
        "Capacity (" + (mass == null ? "mAh" : "mAh g⁻¹") + ")",
        "Voltage (V)",
        curves,
        REDUCED);
  }

  /** Voltage against the charge passed since the half cycle began, ∫|I| dt (trapezoid). */
  private static Plot.Curve profile(CellSeries s, HalfCycle h, double scale, String name) {
    int n = h.lastRecord() - h.firstRecord() + 1;
    double[] q = new double[n];
    double[] v = new double[n];
    double[] t = s.timeSeconds();
    double[] i = s.currentMilliAmps();
    double sum = 0;
    for (int k = 0; k < n; k++) {
      int r = h.firstRecord() + k;
      if (k > 0) {
        sum += 0.5 * (Math.abs(i[r]) + Math.abs(i[r - 1])) * (t[r] - t[r - 1]) / 3600;
      }
      q[k] = sum * scale;
      v[k] = s.voltageVolts()[r];
    }
    return new Plot.Curve(name, q, v, Plot.Style.LINE);
  }

  private static Plot voltageAgainstTime(CellSeries s) {
    double[] hours = Arrays.stream(s.timeSeconds()).map(x -> x / 3600).toArray();
    return new Plot(
        "voltage-time",
        "Voltage",
        "Time (h)",
        "Voltage (V)",
        List.of(reduced(new Plot.Curve("voltage", hours, s.voltageVolts(), Plot.Style.LINE))),
        "voltage profiles and dQ/dV were not stored with this run: " + Curves.STORED_WITHOUT_FITS);
  }

  /** Capacity and CE of each cycle as the document's cycle table gives them. */
  private static List<Plot> cycleTable(JsonNode cycles) {
    boolean perGram = cycles.size() > 0 && cycles.get(0).has("charge_mah_g");
    String suffix = perGram ? "_mah_g" : "_mah";
    int n = cycles.size();
    double[] number = new double[n];
    double[] reduction = new double[n];
    double[] oxidation = new double[n];
    double[] ce = new double[n];
    for (int k = 0; k < n; k++) {
      JsonNode c = cycles.get(k);
      number[k] = c.path("cycle").asDouble();
      reduction[k] = number(c.path("discharge" + suffix));
      oxidation[k] = number(c.path("charge" + suffix));
      ce[k] = 100 * number(c.path("coulombic_efficiency"));
    }
    String unit = perGram ? "mAh g⁻¹" : "mAh";
    return List.of(
        new Plot(
            "capacity-cycle",
            "Capacity against cycle",
            "Cycle",
            "Capacity (" + unit + ")",
            List.of(
                new Plot.Curve("reduction (sodiation)", number, reduction, Plot.Style.POINTS),
                new Plot.Curve("oxidation (desodiation)", number, oxidation, Plot.Style.POINTS)),
            null),
        new Plot(
            "ce-cycle",
            "Coulombic efficiency",
            "Cycle",
            "CE (%)",
            List.of(new Plot.Curve("CE", number, ce, Plot.Style.POINTS)),
            null));
  }

  private static Plot rates(JsonNode groups) {
    double[] j = new double[groups.size()];
    double[] q = new double[groups.size()];
    for (int k = 0; k < j.length; k++) {
      j[k] = number(groups.get(k).path("current_density"));
      q[k] = number(groups.get(k).path("mean_capacity"));
    }
    return new Plot(
        "rate",
        "Rate capability",
        "Current density (" + groups.get(0).path("current_unit").asString() + ")",
        "Reversible capacity (" + groups.get(0).path("capacity_unit").asString() + ")",
        List.of(new Plot.Curve("mean of each rate step", j, q, Plot.Style.LINE)),
        null);
  }

  private static Plot dqdv(DifferentialCapacity dqdv) {
    return new Plot(
        "dqdv",
        "dQ/dV, first complete cycle (" + dqdv.direction().name().toLowerCase() + ")",
        "Voltage (V)",
        "dQ/dV (mAh V⁻¹)",
        List.of(
            new Plot.Curve(
                "smoothed (" + dqdv.smoothing() + ")",
                dqdv.voltageVolts(),
                dqdv.smoothed(),
                Plot.Style.LINE)),
        Math.round(dqdv.binVolts() * 1000) + " mV bins");
  }

  /** A number of the document; NaN where it holds null (a CE without both halves). */
  private static double number(JsonNode n) {
    return n.isNumber() ? n.asDouble() : Double.NaN;
  }
}

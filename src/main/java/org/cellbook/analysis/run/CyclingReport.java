package org.cellbook.analysis.run;

import static org.cellbook.analysis.run.Documents.f;
import static org.cellbook.analysis.run.Documents.kpi;

import java.util.Map;
import org.cellbook.analysis.cycling.Cycle;
import org.cellbook.analysis.cycling.CyclingResult;
import org.cellbook.analysis.cycling.DifferentialCapacity;
import org.cellbook.analysis.cycling.RateGroup;
import org.cellbook.analysis.cycling.TemperatureSeries;
import org.jspecify.annotations.Nullable;

/** The document and the table of a {@link CyclingRun}. */
final class CyclingReport {

  private CyclingReport() {}

  static String json(CyclingRun run, boolean plotData) {
    CyclingResult r = run.cycling();
    Map<String, Number> kpis = run.kpis();
    JsonWriter w = Documents.seriesHeader(run);
    w.name("cycles").beginArray();
    Double mass = r.activeMassMilligrams();
    for (Cycle c : r.cycles()) {
      w.beginObject()
          .field("cycle", c.number())
          .field("charge_mah", c.oxidationMilliAmpHours())
          .field("discharge_mah", c.reductionMilliAmpHours())
          .field("coulombic_efficiency", c.coulombicEfficiency());
      if (c.coulombicEfficiency() != null
          && !Cycle.COULOMBIC_EFFICIENCY.admits(c.coulombicEfficiency())) {
        w.field("implausible", Cycle.COULOMBIC_EFFICIENCY.explain("CE", c.coulombicEfficiency()));
      }
      if (mass != null) {
        w.field("charge_mah_g", c.oxidationMilliAmpHours() / mass * 1000)
            .field("discharge_mah_g", c.reductionMilliAmpHours() / mass * 1000);
      }
      w.field("reversible_mah_g", c.reversibleMilliAmpHoursPerGram())
          .field("reversible_mah_cm2", c.reversibleMilliAmpHoursPerSquareCentimetre())
          .field("current_density", c.currentDensity())
          .field("retention", c.retention())
          .endObject();
    }
    w.endArray();
    w.name("kpis").beginObject();
    kpi(w, kpis, "ice")
        .field("cycle_source", r.source().name().toLowerCase())
        .field(
            "opening",
            r.openingDirection() == null ? null : r.openingDirection().name().toLowerCase());
    Cycle first = run.firstComplete();
    if (first != null) {
      kpi(w, kpis, "reversible_capacity_mah");
      kpi(w, kpis, "reversible_capacity_mah_g");
      kpi(w, kpis, "reversible_capacity_mah_cm2");
      if (first.split() != null) {
        for (String name :
            new String[] {
              "plateau_cutoff_v",
              "plateau_capacity_mah",
              "sloping_capacity_mah",
              "plateau_capacity_mah_g",
              "sloping_capacity_mah_g",
              "plateau_fraction",
              "capacity_below_1v_fraction"
            }) {
          kpi(w, kpis, name);
        }
      }
    }
    kpi(w, kpis, "last_cycle");
    kpi(w, kpis, "retention_last_cycle");
    w.name("rate_table").beginArray();
    for (RateGroup g : r.rateTable().groups()) {
      w.beginObject()
          .field("first_cycle", g.firstCycle())
          .field("last_cycle", g.lastCycle())
          .field("current_density", g.meanCurrentDensity())
          .field("current_unit", r.rateTable().currentUnit())
          .field("mean_capacity", g.meanReversibleCapacity())
          .field("capacity_unit", r.rateTable().capacityUnit())
          .field("retention_vs_lowest_rate", g.retentionVsLowestRate())
          .endObject();
    }
    w.endArray();
    TemperatureSeries temperatures = run.temperatures();
    if (temperatures != null && temperatures.groups().size() > 1) {
      w.name("temperature_series").beginArray();
      for (TemperatureSeries.Group g : temperatures.groups()) {
        w.beginObject()
            .field("temperature_c", g.temperatureCelsius())
            .field("first_cycle", g.firstCycle())
            .field("last_cycle", g.lastCycle())
            .field("mean_reversible_mah", g.meanReversibleMilliAmpHours())
            .field("retention_vs_reference", g.retentionVsReference())
            .endObject();
      }
      w.endArray();
      kpi(w, kpis, "temperature_reference_c");
    }
    if (run.dqdv() != null) {
      w.name("dqdv_peaks_v").beginArray();
      run.dqdv().peaks().forEach(p -> w.value(p.voltageVolts()));
      w.endArray();
    }
    w.endObject();
    return Documents.footer(w, run, plotData);
  }

  static String table(CyclingRun run) {
    CyclingResult r = run.cycling();
    StringBuilder b = new StringBuilder();
    b.append(f("File        %s%n", run.file().formatName()));
    b.append(f("Records     %d%n", run.file().records()));
    b.append(
        f(
            "Active mass %s%n",
            r.activeMassMilligrams() == null ? "not given" : r.activeMassMilligrams() + " mg"));
    b.append(f("Cycles      %d (%s: %s)%n", r.cycles().size(), r.source(), r.sourceReason()));
    b.append(f("Opening     %s half cycle%n", r.openingDirection()));
    Double ice = r.initialCoulombicEfficiency();
    b.append(
        f(
            "ICE         %s%n",
            ice == null
                ? "-"
                : Cycle.COULOMBIC_EFFICIENCY.admits(ice)
                    ? f("%.2f %%", 100 * ice)
                    : f("%.2f %% IMPLAUSIBLE: %s", 100 * ice, Cycle.COULOMBIC_EFFICIENCY.cause())));
    b.append(
        f(
            "%n%5s %12s %12s %8s %12s %12s %12s %8s%n",
            "cycle",
            "red. mAh",
            "ox. mAh",
            "CE %",
            "rev. mAh/g",
            "j (" + r.rateTable().currentUnit() + ")",
            "plateau mAh",
            "<1 V %"));
    for (Cycle c : r.cycles()) {
      b.append(
          f(
              "%5d %12.6g %12.6g %8s %12s %12s %12s %8s%n",
              c.number(),
              c.reductionMilliAmpHours(),
              c.oxidationMilliAmpHours(),
              c.coulombicEfficiency() == null
                  ? "-"
                  : f("%.2f", 100 * c.coulombicEfficiency())
                      + (Cycle.COULOMBIC_EFFICIENCY.admits(c.coulombicEfficiency()) ? "" : "!"),
              num(c.reversibleMilliAmpHoursPerGram(), "%.2f"),
              num(c.currentDensity(), "%.4g"),
              c.split() == null ? "-" : f("%.6g", c.split().plateauMilliAmpHours()),
              c.split() == null ? "-" : num(100 * c.split().belowOneVoltFraction(), "%.1f")));
    }
    rates(b, r);
    DifferentialCapacity dqdv = run.dqdv();
    if (dqdv != null) {
      b.append(
          f(
              "%ndQ/dV (%s half, %.0f mV bins, %s): peaks",
              dqdv.direction(), dqdv.binVolts() * 1000, dqdv.smoothing()));
      dqdv.peaks()
          .forEach(
              p ->
                  b.append(
                      f(" %.3f V (%.4g mAh/V)", p.voltageVolts(), p.heightMilliAmpHoursPerVolt())));
      b.append(f("%n"));
    }
    for (String w : run.series().warnings()) {
      b.append(f("note: %s%n", w));
    }
    for (String d : r.diagnostics()) {
      b.append(f("note: %s%n", d));
    }
    return b.toString();
  }

  private static void rates(StringBuilder b, CyclingResult r) {
    b.append(
        f(
            "%nRate table (capacity in %s, current in %s)%n",
            r.rateTable().capacityUnit(), r.rateTable().currentUnit()));
    for (RateGroup g : r.rateTable().groups()) {
      b.append(
          f(
              "  cycles %d-%d at %.4g: mean %.4g (first %.4g, last %.4g), %.1f %% of lowest rate%n",
              g.firstCycle(),
              g.lastCycle(),
              g.meanCurrentDensity(),
              g.meanReversibleCapacity(),
              g.firstReversibleCapacity(),
              g.lastReversibleCapacity(),
              100 * g.retentionVsLowestRate()));
    }
    if (r.rateTable().returnRecovery() != null) {
      b.append(
          f(
              "  back at the initial rate: %.1f %% of the first group%n",
              100 * r.rateTable().returnRecovery()));
    }
  }

  private static String num(@Nullable Double x, String pattern) {
    return x == null || x.isNaN() ? "-" : f(pattern, x);
  }
}

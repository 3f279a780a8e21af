package org.cellbook.analysis.run;

import static org.cellbook.analysis.run.Documents.kpi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cellbook.analysis.sorption.BetAnalysis;
import org.cellbook.analysis.sorption.IsothermAnalysis;

/**
 * The document and the table of a {@link SorptionRun}: {@code kpis} as plain numbers, {@code
 * implausible} KPI name → reason, each reason also a warning, as for cycling; the table marks
 * implausible values.
 */
final class SorptionReport {

  private SorptionReport() {}

  static String json(SorptionRun run, boolean plotData) {
    IsothermAnalysis.Result r = run.analysis();
    Map<String, Number> kpis = run.kpis();
    JsonWriter w = Documents.materialsHeader(run);
    w.name("kpis").beginObject().field("adsorptive", r.adsorptive());
    kpi(w, kpis, "temperature_k");
    BetAnalysis.Result bet = r.bet();
    if (bet != null) {
      kpi(w, kpis, "bet_area_m2_g");
      kpi(w, kpis, "bet_c");
      kpi(w, kpis, "bet_monolayer_mmol_g")
          .name("bet_range_p_p0")
          .beginArray()
          .value(bet.fit().minRelativePressure())
          .value(bet.fit().maxRelativePressure())
          .endArray();
      for (String name :
          List.of(
              "bet_points",
              "bet_r2",
              "bet_area_valid_min_m2_g",
              "bet_area_valid_max_m2_g",
              "bet_cross_section_nm2")) {
        kpi(w, kpis, name);
      }
    }
    kpi(w, kpis, "total_pore_volume_cm3_g");
    if (r.tPlot() != null) {
      kpi(w, kpis, "tplot_micropore_volume_cm3_g");
      kpi(w, kpis, "tplot_external_area_m2_g");
    }
    if (r.dubininRadushkevich() != null) {
      kpi(w, kpis, "dr_micropore_volume_cm3_g");
      kpi(w, kpis, "dr_characteristic_energy_kj_mol");
    }
    w.endObject();
    return Documents.footer(w, run, plotData);
  }

  static String table(SorptionRun run) {
    IsothermAnalysis.Result r = run.analysis();
    StringBuilder b =
        new StringBuilder(
            f(
                "Isotherm: %d adsorption, %d desorption points (%s, %s)%n",
                run.adsorption().size(),
                run.desorptionPoints(),
                r.probe() != null
                    ? r.probe().label()
                    : r.adsorptive() == null ? "adsorptive not stated" : r.adsorptive(),
                run.file().formatName()));
    if (r.bet() != null) {
      BetAnalysis.Fit fit = r.bet().fit();
      b.append(
          f(
              "BET: %.1f m²/g, C %.1f, n_m %.4f mmol/g over p/p0 %.5f–%.5f (%d points, R² %.5f)%s%n",
              fit.areaSquareMetresPerGram(),
              fit.c(),
              fit.monolayerMillimolesPerGram(),
              fit.minRelativePressure(),
              fit.maxRelativePressure(),
              fit.points(),
              fit.rSquared(),
              mark(r, "bet_area_m2_g", "bet_c")));
    }
    if (r.totalPoreVolumeCm3PerGram() != null) {
      b.append(
          f(
              "Total pore volume (p/p0 0.99): %.4f cm³/g%s%n",
              r.totalPoreVolumeCm3PerGram(), mark(r, "total_pore_volume_cm3_g")));
    }
    if (r.tPlot() != null) {
      b.append(
          f(
              "t-plot (0.35–0.50 nm): micropore volume %.4f cm³/g, external area %.1f m²/g%s%n",
              r.tPlot().microporeVolumeCm3PerGram(),
              r.tPlot().externalAreaSquareMetresPerGram(),
              mark(r, "tplot_micropore_volume_cm3_g", "tplot_external_area_m2_g")));
    }
    if (r.dubininRadushkevich() != null) {
      b.append(
          f(
              "DR: W0 %.4f cm³/g, E0 %.2f kJ/mol%s%n",
              r.dubininRadushkevich().microporeVolumeCm3PerGram(),
              r.dubininRadushkevich().characteristicEnergyKilojoulesPerMole(),
              mark(r, "dr_micropore_volume_cm3_g")));
    }
    List<String> notes = new ArrayList<>(r.warnings());
    notes.addAll(r.implausible().values());
    notes.forEach(w -> b.append("note: ").append(w).append(System.lineSeparator()));
    return b.toString();
  }

  /** " [implausible]" when any of the KPIs is, else "". */
  private static String mark(IsothermAnalysis.Result r, String... kpis) {
    for (String k : kpis) {
      if (r.implausible().containsKey(k)) {
        return "  [implausible]";
      }
    }
    return "";
  }

  private static String f(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }
}

package org.cellbook.analysis.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cellbook.analysis.importers.ImportException;
import org.cellbook.analysis.sorption.BetAnalysis;
import org.cellbook.analysis.sorption.IsothermAnalysis;
import org.cellbook.analysis.sorption.IsothermImporters;
import org.cellbook.analysis.sorption.SorptionMeasurement;

/**
 * {@code analyze} of an isotherm: the {@link IsothermAnalysis} of the file, printed as one JSON
 * object ({@code kpis} as plain numbers, {@code implausible} KPI name → reason, each reason also a
 * warning, as for cycling) or as a short table with implausible values marked.
 */
final class SorptionReport {

  private SorptionReport() {}

  /**
   * @param adsorbate the adsorptive named on the command line, or null to take the file's
   * @param betRange a user-forced BET range [low, high] in p/p₀, or null for the automatic one
   */
  static String run(Path file, boolean json, String adsorbate, double[] betRange)
      throws MaterialsAnalysis.Problem {
    SorptionMeasurement measurement;
    IsothermAnalysis.Result r;
    try {
      measurement = IsothermImporters.standard().read(file);
      r = IsothermAnalysis.analyze(measurement, adsorbate, betRange);
    } catch (ImportException e) {
      throw new MaterialsAnalysis.Problem(e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new MaterialsAnalysis.Problem(file.getFileName() + ": " + e.getMessage());
    }
    return json ? json(file, measurement, r) : text(measurement, r);
  }

  private static String json(Path file, SorptionMeasurement m, IsothermAnalysis.Result r) {
    JsonWriter w =
        MaterialsAnalysis.header(
            file, "sorption", Analyzer.formatSlug(m.format()), m.adsorption().size());
    w.name("kpis")
        .beginObject()
        .field("adsorptive", r.adsorptive())
        .field("temperature_k", r.temperatureKelvin());
    BetAnalysis.Result bet = r.bet();
    if (bet != null) {
      w.field("bet_area_m2_g", bet.fit().areaSquareMetresPerGram())
          .field("bet_c", bet.fit().c())
          .field("bet_monolayer_mmol_g", bet.fit().monolayerMillimolesPerGram())
          .name("bet_range_p_p0")
          .beginArray()
          .value(bet.fit().minRelativePressure())
          .value(bet.fit().maxRelativePressure())
          .endArray()
          .field("bet_points", bet.fit().points())
          .field("bet_r2", bet.fit().rSquared())
          .field("bet_area_valid_min_m2_g", bet.areaValidMin())
          .field("bet_area_valid_max_m2_g", bet.areaValidMax())
          .field("bet_cross_section_nm2", r.probe().crossSectionNm2());
    }
    w.field("total_pore_volume_cm3_g", r.totalPoreVolumeCm3PerGram());
    if (r.tPlot() != null) {
      w.field("tplot_micropore_volume_cm3_g", r.tPlot().microporeVolumeCm3PerGram())
          .field("tplot_external_area_m2_g", r.tPlot().externalAreaSquareMetresPerGram());
    }
    if (r.dubininRadushkevich() != null) {
      w.field("dr_micropore_volume_cm3_g", r.dubininRadushkevich().microporeVolumeCm3PerGram())
          .field(
              "dr_characteristic_energy_kj_mol",
              r.dubininRadushkevich().characteristicEnergyKilojoulesPerMole());
    }
    w.endObject();
    return MaterialsAnalysis.footer(w, r.implausible(), r.warnings());
  }

  private static String text(SorptionMeasurement m, IsothermAnalysis.Result r) {
    StringBuilder b =
        new StringBuilder(
            f(
                "Isotherm: %d adsorption, %d desorption points (%s, %s)%n",
                m.adsorption().size(),
                m.desorption().size(),
                r.probe() != null
                    ? r.probe().label()
                    : r.adsorptive() == null ? "adsorptive not stated" : r.adsorptive(),
                m.format()));
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

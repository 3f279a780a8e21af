package org.cellbook.analysis.run;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cellbook.analysis.importers.ImportException;
import org.cellbook.analysis.sorption.BetAnalysis;
import org.cellbook.analysis.sorption.DubininRadushkevich;
import org.cellbook.analysis.sorption.Isotherm;
import org.cellbook.analysis.sorption.IsothermAnalysis;
import org.cellbook.analysis.sorption.IsothermImporters;
import org.cellbook.analysis.sorption.SorptionMeasurement;
import org.cellbook.analysis.sorption.TPlot;
import org.jspecify.annotations.Nullable;

/**
 * A gas-sorption isotherm ({@link IsothermAnalysis}): BET, total pore volume, t-plot and, for CO₂,
 * Dubinin–Radushkevich, as the probe allows.
 *
 * @param adsorption the adsorption branch the analyses used (p/p₀, mmol g⁻¹)
 * @param desorptionPoints points of the desorption branch, 0 when the file has none
 * @param warnings the importer's and the analysis's (the implausible KPIs' reasons follow them)
 */
public record SorptionRun(
    AnalysedFile file,
    Isotherm adsorption,
    int desorptionPoints,
    IsothermAnalysis.Result analysis,
    Map<String, Number> kpis,
    Map<String, String> implausible,
    List<String> warnings)
    implements AnalysisResult {

  public SorptionRun {
    kpis = Collections.unmodifiableMap(new LinkedHashMap<>(kpis));
    implausible = Collections.unmodifiableMap(new LinkedHashMap<>(implausible));
    warnings = List.copyOf(warnings);
  }

  /**
   * What the isotherm's plots draw: the adsorption branch and the fits made on it (BET over its
   * range, the t-plot and DR lines), each null when not made.
   */
  public record PlotData(
      Isotherm adsorption,
      BetAnalysis.Fit bet,
      TPlot tPlot,
      DubininRadushkevich dubininRadushkevich) {}

  @Override
  public String technique() {
    return "sorption";
  }

  @Override
  public SorptionRun withWarnings(List<String> replaced) {
    return new SorptionRun(
        file, adsorption, desorptionPoints, analysis, kpis, implausible, replaced);
  }

  @Override
  public @Nullable PlotData plotData() {
    return new PlotData(
        adsorption,
        analysis.bet() == null ? null : analysis.bet().fit(),
        analysis.tPlot(),
        analysis.dubininRadushkevich());
  }

  @Override
  public String json(boolean plotData) {
    return SorptionReport.json(this, plotData);
  }

  @Override
  public String table() {
    return SorptionReport.table(this);
  }

  /**
   * @param adsorbate the adsorptive named on the command line, or null to take the file's
   * @param betRange a user-forced BET range [low, high] in p/p₀, or null for the automatic one
   */
  static SorptionRun analyze(Path file, String adsorbate, double[] betRange)
      throws MaterialsAnalysis.Problem {
    SorptionMeasurement m;
    IsothermAnalysis.Result r;
    try {
      m = IsothermImporters.read(file);
      r = IsothermAnalysis.analyze(m, adsorbate, betRange);
    } catch (ImportException e) {
      throw new MaterialsAnalysis.Problem(e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new MaterialsAnalysis.Problem(file.getFileName() + ": " + e.getMessage());
    }
    Map<String, Number> kpis = new LinkedHashMap<>();
    put(kpis, "temperature_k", r.temperatureKelvin());
    BetAnalysis.Result bet = r.bet();
    if (bet != null) {
      kpis.put("bet_area_m2_g", bet.fit().areaSquareMetresPerGram());
      kpis.put("bet_c", bet.fit().c());
      kpis.put("bet_monolayer_mmol_g", bet.fit().monolayerMillimolesPerGram());
      kpis.put("bet_points", bet.fit().points());
      kpis.put("bet_r2", bet.fit().rSquared());
      kpis.put("bet_area_valid_min_m2_g", bet.areaValidMin());
      kpis.put("bet_area_valid_max_m2_g", bet.areaValidMax());
      kpis.put("bet_cross_section_nm2", r.probe().crossSectionNm2());
    }
    put(kpis, "total_pore_volume_cm3_g", r.totalPoreVolumeCm3PerGram());
    if (r.tPlot() != null) {
      kpis.put("tplot_micropore_volume_cm3_g", r.tPlot().microporeVolumeCm3PerGram());
      kpis.put("tplot_external_area_m2_g", r.tPlot().externalAreaSquareMetresPerGram());
    }
    DubininRadushkevich dr = r.dubininRadushkevich();
    if (dr != null) {
      kpis.put("dr_micropore_volume_cm3_g", dr.microporeVolumeCm3PerGram());
      kpis.put("dr_characteristic_energy_kj_mol", dr.characteristicEnergyKilojoulesPerMole());
    }
    return new SorptionRun(
        new AnalysedFile(
            file.toString(),
            Analyzer.sha256(file),
            Analyzer.formatSlug(m.format()),
            m.format(),
            m.adsorption().size()),
        m.adsorption(),
        m.desorption().size(),
        r,
        kpis,
        r.implausible(),
        r.warnings());
  }

  private static void put(Map<String, Number> kpis, String name, @Nullable Number value) {
    if (value != null) {
      kpis.put(name, value);
    }
  }
}

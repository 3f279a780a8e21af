package org.cellbook.analysis.run;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cellbook.analysis.gitt.DiffusionLength;
import org.cellbook.analysis.gitt.GittAnalysis;
import org.cellbook.analysis.gitt.GittPulse;
import org.cellbook.analysis.kpi.ImplausibleKpis;
import org.jspecify.annotations.Nullable;

/**
 * GITT of one file: every pulse with its Weppner–Huggins diffusion coefficient ({@link
 * GittAnalysis}), and the median and lowest D as KPIs. Its plots need nothing beyond the pulses in
 * the document.
 */
public record GittRun(
    AnalysedFile file,
    SeriesFacts series,
    DiffusionLength length,
    List<GittPulse> pulses,
    Map<String, Number> kpis,
    Map<String, String> implausible,
    List<String> warnings)
    implements SeriesRun {

  public GittRun {
    pulses = List.copyOf(pulses);
    kpis = Collections.unmodifiableMap(new LinkedHashMap<>(kpis));
    implausible = Collections.unmodifiableMap(new LinkedHashMap<>(implausible));
    warnings = List.copyOf(warnings);
  }

  @Override
  public String technique() {
    return "gitt";
  }

  @Override
  public GittRun withWarnings(List<String> replaced) {
    return new GittRun(file, series, length, pulses, kpis, implausible, replaced);
  }

  @Override
  public @Nullable Record plotData() {
    return null;
  }

  @Override
  public String json(boolean plotData) {
    return GittReport.json(this, plotData);
  }

  @Override
  public String table() {
    return GittReport.table(this);
  }

  static GittRun analyze(Analyzer.Imported in, Analyzer.Settings s) {
    DiffusionLength length;
    if (s.thicknessCm() != null) {
      length = DiffusionLength.fromThickness(s.thicknessCm());
    } else {
      Double mass =
          s.activeMassMg() != null
              ? s.activeMassMg()
              : in.series().metadata().activeMassMilligrams();
      if (mass == null
          || s.areaCm2() == null
          || s.molarMassGramsPerMole() == null
          || s.molarVolumeCm3PerMole() == null) {
        throw new Analyzer.UsageProblem(
            "GITT needs --active-mass-mg, --area-cm2, --molar-mass-g-mol and --molar-volume-cm3-mol"
                + " (or --thickness-cm) for D = 4/(πτ)·(m_B·V_M/(M_B·S))²·(ΔEs/ΔEt)²");
      }
      length =
          DiffusionLength.fromMolarVolume(
              mass / 1000, s.molarMassGramsPerMole(), s.molarVolumeCm3PerMole(), s.areaCm2());
    }
    List<GittPulse> pulses = GittAnalysis.analyze(in.series(), length);
    ImplausibleKpis implausible = new ImplausibleKpis();
    Map<String, Number> kpis = new LinkedHashMap<>();
    kpis.put("diffusion_length_cm", length.centimetres());
    // For search: the median D of each branch and the lowest D (the plateau's minimum).
    for (boolean sodiation : new boolean[] {true, false}) {
      double[] d =
          pulses.stream()
              .filter(p -> p.sodiation() == sodiation)
              .mapToDouble(GittPulse::diffusionCm2PerSecond)
              .filter(Double::isFinite)
              .sorted()
              .toArray();
      if (d.length > 0) {
        String branch = sodiation ? "sodiation" : "desodiation";
        kpis.put(
            branch + "_median_d_cm2_s",
            implausible.check(
                branch + "_median_d_cm2_s",
                "Median D of " + branch,
                d[d.length / 2],
                GittPulse.DIFFUSION_COEFFICIENT));
      }
    }
    pulses.stream()
        .mapToDouble(GittPulse::diffusionCm2PerSecond)
        .filter(Double::isFinite)
        .min()
        .ifPresent(
            min ->
                kpis.put(
                    "min_d_cm2_s",
                    implausible.check(
                        "min_d_cm2_s", "Lowest D", min, GittPulse.DIFFUSION_COEFFICIENT)));
    SeriesFacts facts = SeriesFacts.of(in.series());
    return new GittRun(
        AnalysedFile.of(
            in.file(), in.sha256(), in.series().metadata().format(), in.series().size()),
        facts,
        length,
        pulses,
        kpis,
        implausible.reasons(),
        new ArrayList<>(facts.warnings()));
  }
}

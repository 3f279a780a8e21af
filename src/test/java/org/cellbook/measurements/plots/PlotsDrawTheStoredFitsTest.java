package org.cellbook.measurements.plots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.cellbook.analysis.raman.RamanSpectrum;
import org.cellbook.analysis.run.Analyzer;
import org.cellbook.analysis.run.CvRun;
import org.cellbook.analysis.run.CyclingRun;
import org.cellbook.analysis.run.RecordJson;
import org.cellbook.analysis.run.SorptionRun;
import org.cellbook.analysis.run.XrdRun;
import org.cellbook.analysis.series.CellSeries;
import org.cellbook.analysis.sorption.Isotherm;
import org.cellbook.analysis.testdata.MaterialsData;
import org.cellbook.analysis.testdata.SharedData;
import org.cellbook.analysis.xrd.CarbonXrdFit;
import org.cellbook.analysis.xrd.PatternReaders;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plots draw the fits of the stored document, which are the fits the stored KPIs come from; a
 * document stored before the plot data was kept draws the data alone and says how to get the fit.
 */
class PlotsDrawTheStoredFitsTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static Analyzer.Outcome analyse(List<Path> files) throws Exception {
    return Analyzer.analyze(files, Analyzer.Settings.defaults(), true);
  }

  /** The document as the app stores it. */
  private static JsonNode stored(Analyzer.Outcome outcome) {
    return JSON.readTree(outcome.result().json(true));
  }

  private static <T extends Record> T plotData(JsonNode doc, Class<T> type) {
    return RecordJson.read(doc.path("plot"), type);
  }

  private static Plot plot(List<Plot> plots, String id) {
    return plots.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
  }

  private static Plot.Curve curve(Plot plot, String name) {
    return plot.curves().stream().filter(c -> c.name().startsWith(name)).findFirst().orElseThrow();
  }

  private static double slope(Plot.Curve line) {
    return (line.y()[1] - line.y()[0]) / (line.x()[1] - line.x()[0]);
  }

  private static double intercept(Plot.Curve line) {
    return line.y()[0] - slope(line) * line.x()[0];
  }

  @Test
  void theBetLineIsTheOneTheStoredAreaComesFrom() throws Exception {
    JsonNode doc =
        stored(analyse(List.of(MaterialsData.file("isotherms/betsi_MCM-41_N2_77K.csv"))));
    List<Plot> plots = SorptionPlots.of(plotData(doc, SorptionRun.PlotData.class));

    // x/(n(1−x)) = 1/(n_m C) + (C − 1)/(n_m C)·x: n_m = 1/(slope + intercept), C = slope/intercept
    // + 1
    Plot.Curve line = curve(plot(plots, "bet"), "fit");
    JsonNode kpis = doc.path("kpis");
    assertThat(1 / (slope(line) + intercept(line)))
        .isCloseTo(kpis.path("bet_monolayer_mmol_g").asDouble(), within(1e-9));
    assertThat(slope(line) / intercept(line) + 1)
        .isCloseTo(kpis.path("bet_c").asDouble(), within(1e-6));
    assertThat(curve(plot(plots, "bet"), "points").x())
        .hasSize(kpis.path("bet_points").asInt())
        .startsWith(kpis.path("bet_range_p_p0").get(0).asDouble())
        .endsWith(kpis.path("bet_range_p_p0").get(1).asDouble());
    // the t-plot's intercept (t = 0) is the micropore volume: n × 22.414 × 0.0015468 cm³ g⁻¹
    Plot.Curve t = curve(plot(plots, "t-plot"), "fit");
    assertThat(Math.max(0, t.y()[0] * 22.414 * 0.0015468))
        .isCloseTo(kpis.path("tplot_micropore_volume_cm3_g").asDouble(), within(1e-6));
  }

  @Test
  void theDrLineIsTheOneTheStoredMicroporeVolumeComesFrom() throws Exception {
    JsonNode doc =
        stored(analyse(List.of(MaterialsData.file("synthetic/synthetic_CO2_273K_DR.csv"))));
    Plot.Curve line =
        curve(plot(SorptionPlots.of(plotData(doc, SorptionRun.PlotData.class)), "dr"), "fit");

    // W₀ = n₀ · M / ρ_ads with log₁₀ n₀ the line's intercept (CO₂: 44.0095 g mol⁻¹, 1.023 g cm⁻³)
    assertThat(Math.pow(10, intercept(line)) * 1e-3 * 44.0095 / 1.023)
        .isCloseTo(doc.path("kpis").path("dr_micropore_volume_cm3_g").asDouble(), within(1e-9));
  }

  @Test
  void theGraphiticComponentDrawnIsTheStoredD002() throws Exception {
    Path file = MaterialsData.file("synthetic/synthetic_hardcarbon_XRD_CuKa.xy");
    JsonNode doc = stored(analyse(List.of(file)));
    XrdRun.PlotData data = plotData(doc, XrdRun.PlotData.class);
    CarbonXrdFit.Component graphitic = data.fit().graphitic();
    JsonNode kpis = doc.path("kpis");

    // Bragg: d = λ / (2 sin θ) at the stored centre is the stored d002 of the component
    double d =
        kpis.path("wavelength_angstrom").asDouble()
            / (2 * Math.sin(Math.toRadians(graphitic.centreDegrees() / 2)))
            / 10;
    assertThat(d).isCloseTo(kpis.path("d002_graphitic_nm").asDouble(), within(1e-9));
    // and the plot draws that component: at its centre, background + height
    Plot.Curve drawn =
        curve(plot(XrdPlots.of(PatternReaders.read(file), data), "xrd"), "002 graphitic");
    int k = nearest(drawn.x(), graphitic.centreDegrees());
    assertThat(drawn.y()[k] - data.fit().backgroundAt(drawn.x()[k]))
        .isCloseTo(
            CarbonXrdFit.Result.bandAt(graphitic, drawn.x()[k]),
            within(1e-9 * graphitic.heightCounts()));
    assertThat(graphitic.heightCounts())
        .isCloseTo(CarbonXrdFit.Result.bandAt(graphitic, graphitic.centreDegrees()), within(1e-9));
  }

  @Test
  void theBValueLinesHaveTheStoredSlopes() throws Exception {
    List<Path> files =
        List.of("0p1", "0p2", "0p4", "0p6", "0p8", "1").stream()
            .map(r -> SharedData.file("cv/synthetic_CV_NaHC_" + r + "mVs_nova.txt"))
            .toList();
    Analyzer.Outcome outcome = analyse(files);
    JsonNode doc = stored(outcome);
    List<Plot> plots =
        VoltammetryPlots.of(
            position -> outcome.series().get(position - 1),
            List.of(1, 2, 3, 4, 5, 6),
            plotData(doc, CvRun.PlotData.class));

    Plot b = plot(plots, "b-values");
    assertThat(slope(curve(b, "0.5 V anodic fit")))
        .isCloseTo(doc.path("kpis").path("b_anodic_at_500mv").asDouble(), within(1e-12));
    assertThat(slope(curve(b, "0.1 V cathodic fit")))
        .isCloseTo(doc.path("kpis").path("b_cathodic_at_100mv").asDouble(), within(1e-12));
    assertThat(plot(plots, "cv").curves()).hasSize(6);
  }

  @Test
  void theVoltageProfilesAreTheStoredHalfCycles() throws Exception {
    Analyzer.Outcome outcome =
        analyse(List.of(SharedData.file("land/synthetic_LAND_NaHC_formation_rate.txt")));
    JsonNode doc = stored(outcome);
    CyclingRun.PlotData data = plotData(doc, CyclingRun.PlotData.class);
    List<Plot> plots = CyclingPlots.of(outcome.series().getFirst(), doc, data);

    assertThat(plots)
        .extracting(Plot::id)
        .containsExactly("voltage-capacity", "capacity-cycle", "ce-cycle", "rate", "dqdv");
    // the closing half of cycle 1 ends at the reversible capacity the KPI states (∫|I|dt drawn,
    // the instrument's counter stored)
    Plot.Curve closing =
        curve(
            plot(plots, "voltage-capacity"),
            "cycle 1 " + data.profiles().getFirst().closing().direction().name().toLowerCase());
    double reversible = doc.path("kpis").path("reversible_capacity_mah_g").asDouble();
    assertThat(closing.x()[closing.x().length - 1])
        .isCloseTo(reversible, within(1e-3 * reversible));
    assertThat(curve(plot(plots, "ce-cycle"), "CE").y()[0] / 100)
        .isCloseTo(doc.path("kpis").path("ice").asDouble(), within(1e-12));
  }

  @Test
  void aRunStoredWithoutPlotDataDrawsItsDataAndSaysHowToGetTheFit() throws Exception {
    String note = "re-run the analysis to draw the fit";

    Analyzer.Outcome cycling =
        analyse(List.of(SharedData.file("land/synthetic_LAND_NaHC_formation_rate.txt")));
    JsonNode old = JSON.readTree(cycling.result().json(false));
    List<Plot> plots = CyclingPlots.of(cycling.series().getFirst(), old, null);
    assertThat(plots)
        .extracting(Plot::id)
        .containsExactly("voltage-time", "capacity-cycle", "ce-cycle", "rate");
    assertThat(plots.getFirst().note()).contains(note);
    assertThat(plots.getFirst().curves().getFirst().x()).isNotEmpty();

    CellSeries cv =
        analyse(List.of(SharedData.file("cv/synthetic_CV_NaHC_0p1mVs_nova.txt")))
            .series()
            .getFirst();
    List<Plot> voltammograms = VoltammetryPlots.of(position -> cv, List.of(1), null);
    assertThat(voltammograms).extracting(Plot::id).containsExactly("cv");
    assertThat(voltammograms.getFirst().note()).contains(note);

    Path xrd = MaterialsData.file("synthetic/synthetic_hardcarbon_XRD_CuKa.xy");
    Plot pattern = XrdPlots.of(PatternReaders.read(xrd), null).getFirst();
    assertThat(pattern.curves()).extracting(Plot.Curve::name).containsExactly("pattern");
    assertThat(pattern.note()).contains(note);

    Path raman = MaterialsData.file("synthetic/synthetic_carbon_Raman_532nm.txt");
    List<Plot> spectrum = RamanPlots.of(RamanSpectrum.read(raman), null);
    assertThat(spectrum).hasSize(1);
    assertThat(spectrum.getFirst().curves()).hasSize(1);
    assertThat(spectrum.getFirst().note()).contains(note);

    Isotherm iso = new Isotherm("N2", new double[] {0.1, 0.2, 0.3}, new double[] {1, 2, 3});
    Plot isotherm = SorptionPlots.withoutFits(iso).getFirst();
    assertThat(isotherm.curves()).hasSize(1);
    assertThat(isotherm.note()).contains(note);
  }

  private static int nearest(double[] x, double at) {
    int best = 0;
    for (int k = 1; k < x.length; k++) {
      if (Math.abs(x[k] - at) < Math.abs(x[best] - at)) {
        best = k;
      }
    }
    return best;
  }
}

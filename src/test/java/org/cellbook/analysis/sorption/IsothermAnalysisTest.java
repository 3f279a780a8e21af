package org.cellbook.analysis.sorption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.cellbook.analysis.testdata.MaterialsData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analyses chosen by the probe an isotherm was measured with, and the plausibility of what they
 * give: Ar at 87 K with argon's constants, BET refused for vapours, CO₂ named in a text header
 * analysed by DR, and values outside their physical range marked with the likely cause.
 */
class IsothermAnalysisTest {
  private static final double AVOGADRO = 6.02214076e23;

  @TempDir Path dir;

  private static SorptionMeasurement resource(String name) throws Exception {
    return IsothermImporters.read(MicromeriticsTextReportImporterTest.resource(name));
  }

  /**
   * (Al)MIL-53, Ar at 86.886 K, from a Micromeritics 3Flex. Its xls report fits BET over p/p0
   * 0.00165–0.0215 to Qm 365.2128 cm³/g STP and C 3549.4 and prints 1589.6 m²/g — with N₂'s 0.162
   * nm², which its header states. Over the same points the monolayer is the instrument's; with Ar's
   * 0.142 nm² the area is 1393.4 m²/g. Its single-point pore volume at p/p0 0.95, 0.492781 cm³/g,
   * is the Ar liquid's (0.0012772 cm³ per cm³(STP)), not N₂'s (0.0015468: 0.597).
   */
  @Test
  void argonAt87KelvinIsAnalysedWithArgonsCrossSectionAndDensity() throws Exception {
    SorptionMeasurement m = resource("aif_MIL-53_Ar_87K.aif");
    IsothermAnalysis.Result r = IsothermAnalysis.analyze(m, null, new double[] {0.0016, 0.022});
    assertThat(r.probe()).isEqualTo(Probe.AR_87K);
    BetAnalysis.Fit fit = r.bet().fit();
    assertThat(fit.points()).isEqualTo(8);
    assertThat(fit.monolayerMillimolesPerGram() * Isotherm.CM3_STP_PER_MMOL)
        .isCloseTo(365.2128, within(0.001 * 365.2128));
    assertThat(fit.c()).isCloseTo(3549.4, within(0.01 * 3549.4));
    double qm = 365.2128 / Isotherm.CM3_STP_PER_MMOL * 1e-3;
    assertThat(fit.areaSquareMetresPerGram())
        .isCloseTo(qm * AVOGADRO * 0.142e-18, within(0.001 * 1393.4))
        .isCloseTo(1589.6174 * 0.142 / 0.162, within(0.001 * 1393.4));
    assertThat(BetAnalysis.totalPoreVolumeCm3PerGram(m.adsorption(), 0.95, Probe.AR_87K))
        .isCloseTo(0.492781, within(0.002 * 0.492781));
    assertThat(r.tPlot()).isNull();
    assertThat(r.warnings())
        .anyMatch(w -> w.contains("cross-section of Ar at 87 K, 0.142 nm²"))
        .anyMatch(w -> w.contains("no t-plot from Ar at 87 K"));
    assertThat(r.implausible()).isEmpty();
  }

  /** DUT-49 (Ar at 87 K, BELSORP): the automatic BET area is N₂'s × 0.142/0.162, 14 % less. */
  @Test
  void argonIsothermsBetAreaIsNotNitrogens() throws Exception {
    SorptionMeasurement m = resource("aif_DUT-49_Ar_87K.aif");
    IsothermAnalysis.Result ar = IsothermAnalysis.analyze(m, null, null);
    BetAnalysis.Result asNitrogen =
        BetAnalysis.auto(m.adsorption(), BetAnalysis.NITROGEN_CROSS_SECTION_NM2);
    assertThat(ar.probe()).isEqualTo(Probe.AR_87K);
    assertThat(ar.bet().fit().areaSquareMetresPerGram())
        .isCloseTo(asNitrogen.fit().areaSquareMetresPerGram() * 0.142 / 0.162, within(1e-9 * 3000));
    assertThat(ar.bet().fit().c()).isEqualTo(asNitrogen.fit().c());
  }

  /** Propane at 303 K and water at 298 K (AIF project files): no BET, t-plot or pore volume. */
  @Test
  void vapoursGetNoBetAndAWarningSayingWhy() throws Exception {
    for (String[] c :
        new String[][] {
          {"aif_bel_E_C3H8_303K.aif", "C3H8 at 303 K"},
          {"aif_DUT-67_H2O_298K.aif", "H2O at 298 K"},
          {"aif_DMOF_C2H6_298K.aif", "C2H6 at 298 K"}
        }) {
      IsothermAnalysis.Result r = IsothermAnalysis.analyze(resource(c[0]), null, null);
      assertThat(r.probe()).as(c[0]).isNull();
      assertThat(r.bet()).as(c[0]).isNull();
      assertThat(r.tPlot()).as(c[0]).isNull();
      assertThat(r.totalPoreVolumeCm3PerGram()).as(c[0]).isNull();
      assertThat(r.dubininRadushkevich()).as(c[0]).isNull();
      assertThat(r.warnings())
          .as(c[0])
          .anyMatch(w -> w.contains("no BET area") && w.contains(c[1]) && w.contains("ISO 9277"));
      assertThat(r.implausible()).as(c[0]).isEmpty();
    }
    // a range the user forces is ignored, with the reason, rather than failing the analysis
    IsothermAnalysis.Result forced =
        IsothermAnalysis.analyze(
            resource("aif_bel_E_C3H8_303K.aif"), null, new double[] {0.05, 0.3});
    assertThat(forced.bet()).isNull();
    assertThat(forced.warnings()).anyMatch(w -> w.contains("BET range is ignored"));
  }

  /** The shared synthetic CO₂ file says "# synthetic CO2 273.15 K isotherm" and nothing else. */
  @Test
  void carbonDioxideNamedInATextHeaderGetsDrAndNoBet() throws Exception {
    SorptionMeasurement m =
        IsothermImporters.read(MaterialsData.file("synthetic/synthetic_CO2_273K_DR.csv"));
    assertThat(m.adsorbate()).isEqualTo("CO2");
    assertThat(m.temperatureKelvin()).isEqualTo(273.15);
    IsothermAnalysis.Result r = IsothermAnalysis.analyze(m, null, null);
    assertThat(r.probe()).isEqualTo(Probe.CO2_273K);
    assertThat(r.bet()).isNull();
    assertThat(r.dubininRadushkevich().microporeVolumeCm3PerGram())
        .isCloseTo(
            MaterialsData.json("synthetic/TRUE_PARAMETERS.json")
                .at("/synthetic_CO2_273K_DR.csv/W0_cm3_g")
                .asDouble(),
            within(1e-4));
    assertThat(r.warnings()).anyMatch(w -> w.contains("no BET area") && w.contains("CO2 at 273 K"));
  }

  /**
   * A text export whose first line says "CO2 273.15 K", then absolute pressures in kPa — the shared
   * synthetic DR isotherm's own kPa and mmol/g columns, rewritten in that layout. p₀ is CO₂'s at
   * 273.15 K (3.4851 MPa, the file's generating value) and W₀ its 0.2.
   */
  @Test
  void carbonDioxideTextWithAHeaderLineAndAbsolutePressuresGetsDr() throws Exception {
    StringBuilder text = new StringBuilder("CO2 273.15 K\nPressure (kPa)\tUptake (mmol/g)\n");
    List<String> lines =
        Files.readAllLines(MaterialsData.file("synthetic/synthetic_CO2_273K_DR.csv"));
    for (String line : lines.subList(2, lines.size())) {
      String[] cells = line.split(",");
      text.append(cells[0]).append('\t').append(cells[2]).append('\n');
    }
    Path file = Files.writeString(dir.resolve("co2_273K.txt"), text);
    SorptionMeasurement m = IsothermImporters.read(file);
    assertThat(m.adsorbate()).isEqualTo("CO2");
    assertThat(m.temperatureKelvin()).isEqualTo(273.15);
    assertThat(m.saturationPressurePascals()).isCloseTo(3.4851e6, within(100.0));
    assertThat(m.warnings()).anyMatch(w -> w.contains("Span–Wagner"));
    IsothermAnalysis.Result r = IsothermAnalysis.analyze(m, null, null);
    assertThat(r.probe()).isEqualTo(Probe.CO2_273K);
    assertThat(r.bet()).isNull();
    assertThat(r.dubininRadushkevich().microporeVolumeCm3PerGram()).isCloseTo(0.2, within(1e-3));
  }

  /** A column title may name the adsorptive and temperature too; a degassing line may not. */
  @Test
  void adsorptiveAndTemperatureComeFromColumnTitlesButNotFromDegassing() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("co2.csv"),
            """
            # sample AC-800, degassed at 150 °C for 12 h
            Relative Pressure (P/Po),CO₂ uptake at 0 °C (mmol/g)
            0.001,0.50
            0.002,0.80
            0.004,1.20
            0.008,1.70
            0.016,2.30
            0.028,2.90
            """);
    SorptionMeasurement m = IsothermImporters.read(file);
    assertThat(m.adsorbate()).isEqualTo("CO2");
    assertThat(m.temperatureKelvin()).isEqualTo(273.15);
    assertThat(IsothermAnalysis.analyze(m, null, null).dubininRadushkevich()).isNotNull();
  }

  /** An isotherm at 298 K of an adsorptive the file does not name is not taken for N₂. */
  @Test
  void unnamedAdsorptiveAtRoomTemperatureIsNoNitrogen() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("vapour.csv"),
            """
            # isotherm at 298 K
            Relative Pressure (P/Po),Quantity Adsorbed (mmol/g)
            0.05,1.0
            0.10,1.5
            0.20,2.0
            0.30,2.4
            """);
    IsothermAnalysis.Result r = IsothermAnalysis.analyze(IsothermImporters.read(file), null, null);
    assertThat(r.probe()).isNull();
    assertThat(r.bet()).isNull();
    assertThat(r.warnings()).anyMatch(w -> w.contains("an unnamed adsorptive at 298 K"));
  }

  /**
   * NovaWin RE-22 says "Nitrogen" with a bath of 273.0 K and gives P/Po with Po 760 Torr: N₂ has no
   * p₀ above 126 K, so the bath was liquid nitrogen and the isotherm is analysed as N₂ at 77 K.
   */
  @Test
  void nitrogenStatedAtAnImpossibleTemperatureIsAnalysedAtSeventySevenKelvin() throws Exception {
    IsothermAnalysis.Result r =
        IsothermAnalysis.analyze(
            resource("quantachrome_NovaWin_RE-22_RawAnalysisData.txt"), null, null);
    assertThat(r.probe()).isEqualTo(Probe.N2_77K);
    assertThat(r.bet()).isNotNull();
    assertThat(r.warnings()).anyMatch(w -> w.contains("analysed as N2 at 77 K"));
  }

  /**
   * DUT-60 holds 5.02 cm³/g, the record (Hönicke et al. 2018); this run of it gives 5.07 by the
   * Gurvich rule. Above the ceiling it is marked, with the record named, not hidden or clamped.
   */
  @Test
  void recordPoreVolumeOfDut60IsMarkedAboveTheCeiling() throws Exception {
    IsothermAnalysis.Result r =
        IsothermAnalysis.analyze(resource("aif_DUT-60_N2_77K_cc.aif"), null, null);
    assertThat(r.totalPoreVolumeCm3PerGram()).isCloseTo(5.02, within(0.02 * 5.02));
    assertThat(r.implausible().get("total_pore_volume_cm3_g"))
        .startsWith("Total pore volume 5.072 cm³ g⁻¹ is outside [0 cm³ g⁻¹, 5 cm³ g⁻¹]")
        .contains("DUT-60, 5.02");
    // its steps fill pores inside the t range: the t-plot's "external area" is 5.5 × S_BET
    assertThat(r.implausible()).containsKey("tplot_external_area_m2_g");
    assertThat(r.bet().fit().areaSquareMetresPerGram()).isLessThan(8000);
  }

  /**
   * DUT-75's AIF with its sample mass unit taken for mg instead of g: 1000 × the amounts, a BET
   * area of 4.1 million m²/g, marked with the likely cause.
   */
  @Test
  void amountsInTheWrongUnitGiveAnImplausibleAreaNamingTheCause() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("dut75.aif"),
            Files.readString(
                    MicromeriticsTextReportImporterTest.resource("aif_DUT-75_N2_77K_cc.aif"))
                .replace("_units_mass 'g'", "_units_mass 'mg'"));
    IsothermAnalysis.Result r = IsothermAnalysis.analyze(IsothermImporters.read(file), null, null);
    assertThat(r.bet().fit().areaSquareMetresPerGram()).isCloseTo(4.114e6, within(1e3));
    assertThat(r.implausible().get("bet_area_m2_g"))
        .startsWith("BET area 41139")
        .contains("m² g⁻¹ is outside (0 m² g⁻¹, 8000 m² g⁻¹]")
        .contains("not per gram of sample", "wrong unit");
    assertThat(r.implausible())
        .containsKeys("bet_area_m2_g", "total_pore_volume_cm3_g", "tplot_micropore_volume_cm3_g");
  }

  /** Zeolite 13X over the classical 0.05–0.30 gives C −41.9 (MANIFEST "BET_fixed_0.05_0.30"). */
  @Test
  void forcedRangeWithNegativeCIsMarked() throws Exception {
    SorptionMeasurement m =
        IsothermImporters.read(MaterialsData.file("isotherms/betsi_Zeolite-13X_N2_77K.csv"));
    IsothermAnalysis.Result r = IsothermAnalysis.analyze(m, null, new double[] {0.05, 0.30});
    assertThat(r.bet().fit().c()).isCloseTo(-41.929, within(0.01));
    assertThat(r.implausible().get("bet_c"))
        .startsWith("BET C -41.93 is outside (0, ∞]: ")
        .contains("negative intercept");
  }

  /** Micropores are part of the pores: a t-plot micropore volume above the total is marked. */
  @Test
  void microporeVolumeAboveTheTotalIsMarked() {
    // n = 10 + 2·t mmol/g up to p/p0 0.9, then an amount that falls to 5 mmol/g at 0.995
    double[] x = new double[31];
    double[] n = new double[31];
    for (int k = 0; k < 30; k++) {
      x[k] = 0.03 + 0.03 * k;
      n[k] = 10 + 2 * TPlot.harkinsJuraNanometres(x[k]);
    }
    x[30] = 0.995;
    n[30] = 5;
    Isotherm iso = new Isotherm("N2", x, n);
    SorptionMeasurement m =
        new SorptionMeasurement(
            iso,
            new Isotherm("N2", new double[0], new double[0]),
            "test",
            null,
            null,
            null,
            77.3,
            null,
            List.of());
    IsothermAnalysis.Result r = IsothermAnalysis.analyze(m, null, null);
    assertThat(r.tPlot().microporeVolumeCm3PerGram()).isGreaterThan(r.totalPoreVolumeCm3PerGram());
    assertThat(r.implausible().get("tplot_micropore_volume_cm3_g"))
        .contains("exceeds the total pore volume");
  }

  /** Every isotherm of the shared set analyses with no implausible KPI. */
  @Test
  void sharedIsothermsAreAllPlausible() throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.list(MaterialsData.file("isotherms"))) {
      files = s.sorted().toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(12);
    for (Path f :
        Stream.concat(
                files.stream(),
                Stream.of(
                        "synthetic/synthetic_CO2_273K_DR.csv",
                        "synthetic/synthetic_typeI_N2_77K.csv",
                        "synthetic/synthetic_typeII_BET_N2_77K.csv")
                    .map(MaterialsData::file))
            .toList()) {
      IsothermAnalysis.Result r = IsothermAnalysis.analyze(IsothermImporters.read(f), null, null);
      assertThat(r.implausible()).as(f.getFileName().toString()).isEmpty();
      assertThat(r.bet() != null || r.dubininRadushkevich() != null)
          .as(f.getFileName().toString())
          .isTrue();
    }
  }

  /**
   * Generated n-layer BET isotherms (seeded): with n_m and C of real solids every KPI is plausible;
   * the same amounts per gram divided again by a 20–50 mg sample mass put the BET area above 8,000
   * m²/g whenever the true area exceeds 8,000 × that mass, and then it is marked.
   */
  @Test
  void generatedIsothermsArePlausibleAndTheirMassErrorsAreMarked() {
    Random random = new Random(13);
    for (int c = 0; c < 200; c++) {
      double nm = 0.5 + 40 * random.nextDouble(); // mmol/g: 49–3,950 m²/g with N₂
      double constant = 20 + 480 * random.nextDouble();
      int layers = 3 + random.nextInt(8);
      double grams = 0.02 + 0.03 * random.nextDouble();
      double[] x = new double[60];
      double[] n = new double[60];
      double[] wrong = new double[60];
      for (int k = 0; k < x.length; k++) {
        x[k] = 0.001 * Math.pow(985.0, k / 59.0); // 0.001 … 0.985
        n[k] = nLayerBet(x[k], nm, constant, layers);
        wrong[k] = n[k] / grams;
      }
      String seed = "case %d: n_m %.3f, C %.1f, %d layers".formatted(c, nm, constant, layers);
      IsothermAnalysis.Result good = IsothermAnalysis.analyze(measurement(x, n), null, null);
      assertThat(good.implausible()).as(seed).isEmpty();
      IsothermAnalysis.Result bad = IsothermAnalysis.analyze(measurement(x, wrong), null, null);
      if (bad.bet() != null && bad.bet().fit().areaSquareMetresPerGram() > 8000) {
        assertThat(bad.implausible()).as(seed).containsKey("bet_area_m2_g");
      }
      assertThat(good.bet()).as(seed).isNotNull();
      if (nm * 1e-3 * AVOGADRO * 0.162e-18 > 8000 * grams * 1.1) {
        assertThat(bad.implausible()).as(seed).containsKey("bet_area_m2_g");
      }
    }
  }

  /** Amount of an n-layer BET isotherm (Brunauer et al. 1938, eq. A). */
  private static double nLayerBet(double x, double nm, double c, int layers) {
    double xn = Math.pow(x, layers);
    return nm
        * c
        * x
        * (1 - (layers + 1) * xn + layers * xn * x)
        / ((1 - x) * (1 + (c - 1) * x - c * xn * x));
  }

  private static SorptionMeasurement measurement(double[] x, double[] n) {
    return new SorptionMeasurement(
        new Isotherm("N2", x, n),
        new Isotherm("N2", new double[0], new double[0]),
        "generated",
        null,
        null,
        null,
        77.35,
        null,
        List.of());
  }
}

package org.cellbook.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cellbook.analysis.testdata.MaterialsData;
import org.cellbook.analysis.testdata.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The {@code analyze} command line as scripts use it: its JSON is a contract. */
class AnalyzeCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cmd = new CommandLine(new AnalyzeCommand());
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    return cmd.execute(args);
  }

  private JsonNode json() throws Exception {
    return new JsonMapper().readTree(out.toString());
  }

  @Test
  void cyclingJsonFollowsTheContract() throws Exception {
    Path file = SharedData.file("land/synthetic_LAND_NaHC_formation_rate.txt");
    assertThat(run(file.toString(), "--json", "--active-mass-mg", "1.2")).isZero();

    JsonNode json = json();
    assertThat(json.get("file").asString()).isEqualTo(file.toString());
    assertThat(json.get("sha256").asString())
        .hasSize(64)
        .isEqualTo(org.cellbook.analysis.run.Analyzer.sha256(file));
    assertThat(json.get("format").asString()).startsWith("land");
    assertThat(json.get("technique").asString()).isEqualTo("cycling");
    assertThat(json.get("records").asInt()).isPositive();
    assertThat(json.get("voltage_min_v").asDouble())
        .isLessThan(json.get("voltage_max_v").asDouble());
    JsonNode c1 = json.get("cycles").get(0);
    assertThat(c1.get("cycle").asInt()).isEqualTo(1);
    // charge = oxidation (desodiation), discharge = reduction (sodiation) of an anode half cell
    assertThat(c1.get("charge_mah").asDouble()).isCloseTo(0.415896, within(1e-6));
    assertThat(c1.get("discharge_mah").asDouble()).isCloseTo(0.516, within(1e-6));
    assertThat(c1.get("coulombic_efficiency").asDouble()).isCloseTo(0.806, within(1e-6));
    // 0.415896 mAh / 1.2 mg = 346.58 mAh/g
    assertThat(c1.get("charge_mah_g").asDouble()).isCloseTo(346.58, within(0.01));
    assertThat(json.at("/kpis/ice").asDouble()).isCloseTo(0.806, within(1e-6));
    assertThat(json.at("/kpis/reversible_capacity_mah_g").asDouble())
        .isCloseTo(346.58, within(0.01));
    assertThat(json.get("warnings").isArray()).isTrue();
  }

  @Test
  void plateauCutoffAndMassOptionsApply() throws Exception {
    assertThat(
            run(
                SharedData.file("land/synthetic_LAND_NaHC_formation_rate.txt").toString(),
                "--json",
                "--active-mass-mg",
                "2.4",
                "--plateau-cutoff-v",
                "0.2",
                "--format",
                "LAND"))
        .isZero();
    JsonNode json = json();
    // twice the mass, half the specific capacity: 346.58 / 2
    assertThat(json.at("/kpis/reversible_capacity_mah_g").asDouble())
        .isCloseTo(173.29, within(0.01));
    assertThat(json.at("/kpis/plateau_cutoff_v").asDouble()).isEqualTo(0.2);
  }

  @Test
  void cvSeriesGivesBValuesAndCapacitiveFractions() throws Exception {
    List<String> args = new ArrayList<>();
    for (String rate : new String[] {"0p1", "0p2", "0p4", "0p6", "0p8", "1"}) {
      args.add(SharedData.file("cv/synthetic_CV_NaHC_" + rate + "mVs_nova.txt").toString());
    }
    args.add("--json");
    assertThat(run(args.toArray(String[]::new))).isZero();

    JsonNode json = json();
    assertThat(json.get("technique").asString()).isEqualTo("cv");
    assertThat(json.get("files")).hasSize(6);
    JsonNode b = json.at("/kpis/b_values");
    List<String> seen = new ArrayList<>();
    b.forEach(x -> seen.add(x.get("potential_v").asDouble() + ":" + x.get("branch").asString()));
    assertThat(seen).contains("0.1:anodic", "0.5:cathodic");
    b.forEach(
        x -> {
          if (x.get("potential_v").asDouble() == 0.5
              && x.get("branch").asString().equals("anodic")) {
            assertThat(x.get("b").asDouble()).isCloseTo(0.9884, within(0.002));
            assertThat(x.get("r2").asDouble()).isGreaterThan(0.99);
          }
        });
    assertThat(json.at("/kpis/capacitive_fraction")).hasSize(12);
  }

  @Test
  void oneFileHoldingTheWholeScanRateSeriesGivesTheSameBValues(@TempDir Path dir) throws Exception {
    // The six NOVA files run back to back, as a potentiostat sequence writes them into one export.
    List<String> lines = new ArrayList<>();
    double offsetSeconds = 0;
    for (String rate : new String[] {"0p1", "0p2", "0p4", "0p6", "0p8", "1"}) {
      List<String> part =
          Files.readAllLines(SharedData.file("cv/synthetic_CV_NaHC_" + rate + "mVs_nova.txt"));
      if (lines.isEmpty()) {
        lines.add(part.getFirst());
      }
      double last = 0;
      for (String row : part.subList(1, part.size())) {
        String[] f = row.split(";");
        last = Double.parseDouble(f[1]);
        f[1] = String.valueOf(offsetSeconds + last);
        lines.add(String.join(";", f));
      }
      offsetSeconds += last + 1;
    }
    Path joined = Files.write(dir.resolve("cv_series_nova.txt"), lines);

    assertThat(run(joined.toString(), "--json", "--technique", "cv")).isZero();
    JsonNode json = json();
    assertThat(json.get("scan_rates_mv_s")).hasSize(6);
    assertThat(json.at("/scan_rates_mv_s/0").asDouble()).isCloseTo(0.1, within(1e-9));
    assertThat(json.at("/scan_rates_mv_s/5").asDouble()).isCloseTo(1.0, within(1e-9));
    JsonNode joinedB = json.at("/kpis/b_values");

    out.getBuffer().setLength(0);
    List<String> args = new ArrayList<>();
    for (String rate : new String[] {"0p1", "0p2", "0p4", "0p6", "0p8", "1"}) {
      args.add(SharedData.file("cv/synthetic_CV_NaHC_" + rate + "mVs_nova.txt").toString());
    }
    args.add("--json");
    assertThat(run(args.toArray(String[]::new))).isZero();
    JsonNode separateB = json().at("/kpis/b_values");
    assertThat(joinedB).hasSameSizeAs(separateB);
    for (int k = 0; k < separateB.size(); k++) {
      assertThat(joinedB.get(k).get("b").asDouble())
          .isCloseTo(separateB.get(k).get("b").asDouble(), within(1e-9));
    }
  }

  @Test
  void gittNeedsItsInputsAndThenListsEveryPulse() throws Exception {
    String file = SharedData.file("gitt/synthetic_GITT_NaHC.mpt").toString();
    assertThat(run(file, "--json")).isEqualTo(2);
    assertThat(err.toString()).contains("--molar-volume-cm3-mol");

    out.getBuffer().setLength(0);
    assertThat(
            run(
                file,
                "--json",
                "--technique",
                "gitt",
                "--active-mass-mg",
                "1.2",
                "--area-cm2",
                "1.1309734",
                "--molar-mass-g-mol",
                "12.011",
                "--molar-volume-cm3-mol",
                "7.506875"))
        .isZero();
    JsonNode pulses = json().at("/kpis/gitt_pulses");
    assertThat(pulses).hasSize(198);
    assertThat(pulses.get(0).get("branch").asString()).isEqualTo("sodiation");
    assertThat(pulses.get(0).get("d_cm2_s").asDouble()).isCloseTo(1.0e-10, within(1e-14));
    // GITT.md: D(E) = 10^(−10 − 2 exp(−((E − 0.05)/0.08)²)), lowest near the plateau's 0.05 V
    double min = 1;
    for (JsonNode p : pulses) {
      min = Math.min(min, p.get("d_cm2_s").asDouble());
    }
    assertThat(json().at("/kpis/min_d_cm2_s").asDouble()).isEqualTo(min);
    assertThat(min).isBetween(1e-12, 2e-12);
  }

  @Test
  void autoDetectsTheTechnique() throws Exception {
    assertThat(
            run(
                SharedData.file("gitt/synthetic_GITT_NaHC.mpt").toString(),
                "--thickness-cm",
                "6.631456e-4",
                "--json"))
        .isZero();
    assertThat(json().get("technique").asString()).isEqualTo("gitt");
  }

  @Test
  void aConstantCurrentRecordIsCyclingHoweverLinearItsPotential(@TempDir Path dir)
      throws Exception {
    // ±0.1 mA, the potential moving 0.04 V every 36 s: the rate of a sweep, the current of a cycler
    List<String> lines = new ArrayList<>(List.of("time_s,voltage_v,current_ma"));
    for (int k = 0; k < 400; k++) {
      boolean down = k % 100 < 50;
      double volts = down ? 2 - 0.04 * (k % 50) : 0.01 + 0.04 * (k % 50);
      lines.add(36 * k + "," + volts + "," + (down ? -0.1 : 0.1));
    }
    Path csv = Files.write(dir.resolve("linear.csv"), lines);

    assertThat(run(csv.toString(), "--json")).isZero();
    assertThat(json().get("technique").asString()).isEqualTo("cycling");
    assertThat(json().get("cycles")).hasSize(4);
  }

  @Test
  void materialsFilesAreDetectedAndAnalysedWithTheirContractKeys() throws Exception {
    assertThat(run(MaterialsData.file("isotherms/betsi_MCM-41_N2_77K.csv").toString(), "--json"))
        .isZero();
    JsonNode sorption = json();
    assertThat(sorption.get("technique").asString()).isEqualTo("sorption");
    assertThat(sorption.at("/kpis/bet_area_m2_g").asDouble()).isCloseTo(1000.6, within(5.0));
    assertThat(sorption.at("/kpis/bet_range_p_p0")).hasSize(2);
    assertThat(sorption.at("/kpis/bet_c").asDouble()).isPositive();

    out.getBuffer().setLength(0);
    assertThat(
            run(
                MaterialsData.file("synthetic/synthetic_CO2_273K_DR.csv").toString(),
                "--json",
                "--adsorbate",
                "CO2"))
        .isZero();
    assertThat(json().at("/kpis/dr_micropore_volume_cm3_g").asDouble())
        .isCloseTo(0.2, within(1e-3));

    out.getBuffer().setLength(0);
    assertThat(
            run(
                MaterialsData.file("synthetic/synthetic_hardcarbon_XRD_CuKa.xy").toString(),
                "--json"))
        .isZero();
    JsonNode xrd = json();
    assertThat(xrd.get("technique").asString()).isEqualTo("xrd");
    assertThat(xrd.at("/kpis/d002_nm").asDouble()).isBetween(0.34, 0.38);
    assertThat(xrd.at("/kpis/r_value").asDouble()).isBetween(2.0, 3.0);
    // two (002) components and (100): 25.21° (±0.1°), 21.21° (±1°) and 43.3° (TRUE_PARAMETERS)
    JsonNode components = xrd.at("/kpis/xrd_components");
    assertThat(components).hasSize(3);
    assertThat(components.get(0).get("center_two_theta_deg").asDouble())
        .isCloseTo(25.21, within(0.1));
    assertThat(components.get(1).get("center_two_theta_deg").asDouble())
        .isCloseTo(21.21, within(1.0));
    assertThat(
            components.get(0).get("area_fraction").asDouble()
                + components.get(1).get("area_fraction").asDouble())
        .isCloseTo(1.0, within(1e-9));
    // Lc = 0.89 λ/(β cos θ) of the 25° component ≈ 1.9 nm; La = 1.84 λ/(β cos θ) of (100) ≈ 3.5 nm
    assertThat(xrd.at("/kpis/lc_nm").asDouble()).isBetween(1.7, 2.1);
    assertThat(xrd.at("/kpis/la_nm").asDouble()).isBetween(3.3, 3.7);

    out.getBuffer().setLength(0);
    assertThat(
            run(
                MaterialsData.file("synthetic/synthetic_carbon_Raman_532nm.txt").toString(),
                "--json",
                "--technique",
                "raman"))
        .isZero();
    assertThat(json().at("/kpis/id_ig_height").asDouble()).isCloseTo(0.9, within(0.02));
  }

  /**
   * A Horiba LabSpec text export: '#key=value' header lines (acquisition, laser), then shift and
   * counts, here written descending as LabSpec often does; no such file is in the shared data, so
   * it is made from the synthetic spectrum with LabSpec's header keys.
   */
  @Test
  void labSpecExportRecordsTheLaserAndFitsBothGBandModels(@TempDir Path dir) throws Exception {
    List<String> data =
        Files.readAllLines(MaterialsData.file("synthetic/synthetic_carbon_Raman_532nm.txt"))
            .stream()
            .filter(l -> !l.startsWith("#") && !l.isBlank())
            .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    java.util.Collections.reverse(data);
    List<String> labspec = new ArrayList<>();
    labspec.add("#Acq. time (s)=\t10");
    labspec.add("#Accumulations=\t2");
    labspec.add("#Range (cm-¹)=\t800...2000");
    labspec.add("#Laser=\t532.17(nm)");
    labspec.add("#Objective=\tx50_LWD");
    labspec.addAll(data);
    Path file = Files.write(dir.resolve("HC1050_spot3.txt"), labspec);

    assertThat(run(file.toString(), "--json", "--technique", "raman")).isZero();
    JsonNode json = json();
    assertThat(json.at("/kpis/laser_wavelength_nm").asDouble()).isEqualTo(532.17);
    assertThat(json.at("/kpis/id_ig_height").asDouble()).isCloseTo(0.9, within(0.02));
    assertThat(json.at("/kpis/raman_model_bwf").asString()).contains("Breit–Wigner–Fano");
    // a symmetric (Lorentzian) G band: the BWF fit finds a weak coupling, |1/q| small
    assertThat(Math.abs(1 / json.at("/kpis/bwf_q").asDouble())).isLessThan(0.1);
  }

  /**
   * The text reports of Micromeritics and Quantachrome, and Micromeritics isotherm columns saved as
   * .csv, are analysed as sorption isotherms.
   */
  @Test
  void sorptionReportTextsAreDetectedAndAnalysed() throws Exception {
    for (String[] c :
        new String[][] {
          {"micromeritics_TriStarII_K01072A.TXT", "micromeritics-report-text", "55", "75"},
          {"micromeritics_GeminiVII_gvmh97400.TXT", "micromeritics-report-text", "140", "180"},
          {"micromeritics_isotherm_columns.csv", "micromeritics-isotherm-columns", "1000", "1300"},
          {
            "quantachrome_QuadraWin_BF001_Isotherm.txt",
            "quantachrome-isotherm-report",
            "1500",
            "3000"
          }
        }) {
      Path file =
          Path.of(getClass().getResource("/org/cellbook/analysis/sorption/" + c[0]).toURI());
      assertThat(org.cellbook.analysis.run.Analyzer.recognise(file))
          .as(c[0])
          .isEqualTo("sorption isotherm");
      out.getBuffer().setLength(0);
      assertThat(run(file.toString(), "--json")).as(c[0] + " " + err).isZero();
      JsonNode json = json();
      assertThat(json.get("technique").asString()).isEqualTo("sorption");
      assertThat(json.get("format").asString()).isEqualTo(c[1]);
      assertThat(json.at("/kpis/bet_area_m2_g").asDouble())
          .as(c[0])
          .isBetween(Double.parseDouble(c[2]), Double.parseDouble(c[3]));
    }
  }

  @Test
  void zippedCyclerFilesAreNotMistakenForXrdScans() throws Exception {
    // .xlsx workbooks and Neware .ndax archives are zips, like a Bruker .brml
    for (String file :
        new String[] {"land/synthetic_LAND_NaHC_formation_rate.xlsx", "newarenda__test_2.ndax"}) {
      out.getBuffer().setLength(0);
      assertThat(run(SharedData.file(file).toString(), "--json")).as(file).isZero();
      assertThat(json().get("technique").asString()).as(file).isEqualTo("cycling");
    }
  }

  @Test
  void filesAreRecognisedBeforeTheyAreAnalysed() {
    assertThat(
            org.cellbook.analysis.run.Analyzer.recognise(
                SharedData.file("land/synthetic_LAND_NaHC_formation_rate.txt")))
        .startsWith("LAND");
    assertThat(
            org.cellbook.analysis.run.Analyzer.recognise(
                MaterialsData.file("isotherms/aif_DUT-6_N2_77K.aif")))
        .isEqualTo("sorption isotherm");
    assertThat(
            org.cellbook.analysis.run.Analyzer.recognise(
                MaterialsData.file("xrd/nomad_23-012-AG_2thomegascan_long.brml")))
        .isEqualTo("XRD pattern");
  }

  @Test
  void aForcedBetRangeGivesTheFixedRangeResult() throws Exception {
    // MANIFEST.tsv, MCM-41 "BET_fixed_0.05_0.30": 972.18 m²/g, C 80.17, 9 points
    String file = MaterialsData.file("isotherms/betsi_MCM-41_N2_77K.csv").toString();
    assertThat(run(file, "--json", "--bet-range", "0.05,0.30")).isZero();
    JsonNode json = json();
    assertThat(json.at("/kpis/bet_area_m2_g").asDouble()).isCloseTo(972.18, within(0.5));
    assertThat(json.at("/kpis/bet_c").asDouble()).isCloseTo(80.17, within(0.1));
    assertThat(json.at("/kpis/bet_points").asInt()).isEqualTo(9);
    assertThat(json.get("warnings").toString()).contains("BET range forced to p/p0 0.05–0.3");

    out.getBuffer().setLength(0);
    assertThat(run(file, "--json", "--bet-range", "0.5,0.51")).isEqualTo(2);
    assertThat(err.toString()).contains("fewer than three adsorption points");
  }

  @Test
  void aifIsothermIsAnalysedAsSorptionWithOrWithoutTheTechnique() throws Exception {
    String aif = MaterialsData.file("isotherms/aif_DUT-6_N2_77K.aif").toString();
    double area =
        MaterialsData.expected("isotherms/aif_DUT-6_N2_77K.aif")
            .at("/BET_rouquerol/area")
            .asDouble();
    List<String[]> commands =
        List.of(
            new String[] {aif, "--technique", "sorption", "--json"}, new String[] {aif, "--json"});
    for (String[] command : commands) {
      out.getBuffer().setLength(0);
      assertThat(run(command)).isZero();
      JsonNode json = json();
      assertThat(json.get("technique").asString()).isEqualTo("sorption");
      assertThat(json.get("format").asString()).isEqualTo("aif");
      assertThat(json.get("records").asInt()).isEqualTo(82);
      assertThat(json.at("/kpis/bet_area_m2_g").asDouble()).isCloseTo(area, within(0.005 * area));
      assertThat(json.at("/kpis/bet_range_p_p0")).hasSize(2);
      assertThat(json.get("warnings").toString()).contains("relaxed tier 2");
    }
  }

  @Test
  void carbonDioxideFileNamesItsAdsorptiveAndTemperatureForDr() throws Exception {
    assertThat(
            run(MaterialsData.file("isotherms/pygaps_Takeda5A_CO2_303K.json").toString(), "--json"))
        .isZero();
    JsonNode json = json();
    // W0 = n0 × M / ρ = 9.3925 mmol/g × 44.0095 g/mol / 1.023 g/cm³ = 0.40407 cm³/g
    assertThat(json.at("/kpis/dr_micropore_volume_cm3_g").asDouble())
        .isCloseTo(0.40407, within(1e-4));
    // CO2 at 303 K is no BET probe: no area with N2's cross-section, and the reason in the warnings
    assertThat(json.at("/kpis/bet_area_m2_g").isMissingNode()).isTrue();
    assertThat(json.at("/kpis/adsorptive").asString()).isEqualTo("CO2");
    assertThat(json.get("warnings").toString())
        .contains("Span–Wagner", "no BET area", "CO2 at 303 K", "W0 is approximate");
    assertThat(json.get("implausible").isEmpty()).isTrue();
  }

  /**
   * A CO2 isotherm whose text header says "CO2 273.15 K" is analysed as CO2 (DR, no BET) without
   * --adsorbate; a pore volume above its physical ceiling is listed under implausible with its
   * reason, which is also a warning, while kpis keep the plain number.
   */
  @Test
  void sorptionJsonNamesTheAdsorptiveAndMarksImplausibleKpis() throws Exception {
    assertThat(run(MaterialsData.file("synthetic/synthetic_CO2_273K_DR.csv").toString(), "--json"))
        .isZero();
    JsonNode co2 = json();
    assertThat(co2.at("/kpis/adsorptive").asString()).isEqualTo("CO2");
    assertThat(co2.at("/kpis/temperature_k").asDouble()).isEqualTo(273.15);
    assertThat(co2.at("/kpis/dr_micropore_volume_cm3_g").asDouble()).isCloseTo(0.2, within(1e-3));
    assertThat(co2.at("/kpis/bet_area_m2_g").isMissingNode()).isTrue();
    assertThat(co2.get("implausible").isObject()).isTrue();
    assertThat(co2.get("implausible").isEmpty()).isTrue();

    out.getBuffer().setLength(0);
    Path dut60 =
        Path.of(
            getClass()
                .getResource("/org/cellbook/analysis/sorption/aif_DUT-60_N2_77K_cc.aif")
                .toURI());
    assertThat(run(dut60.toString(), "--json")).isZero();
    JsonNode json = json();
    assertThat(json.at("/kpis/total_pore_volume_cm3_g").isNumber()).isTrue();
    String reason = json.at("/implausible/total_pore_volume_cm3_g").asString();
    assertThat(reason).startsWith("Total pore volume 5.072 cm³ g⁻¹ is outside");
    assertThat(json.get("warnings").toString()).contains(reason);

    out.getBuffer().setLength(0);
    assertThat(run(dut60.toString())).isZero();
    assertThat(out.toString())
        .contains("Total pore volume (p/p0 0.99): 5.0721 cm³/g  [implausible]");
  }

  @Test
  void isothermWithNoValidBetRangeSaysSoInTheWarnings(@TempDir Path dir) throws Exception {
    Path flat = dir.resolve("flat.csv");
    Files.writeString(
        flat, "Relative Pressure (P/Po),Quantity Adsorbed (mmol/g)\n0.1,5\n0.2,4\n0.3,3\n0.4,2\n");
    assertThat(run(flat.toString(), "--json")).isZero();
    JsonNode json = json();
    assertThat(json.at("/kpis/bet_area_m2_g").isMissingNode()).isTrue();
    assertThat(json.get("warnings").toString()).contains("Rouquerol criteria");
  }

  @Test
  void isothermWithoutUnitsExitsWithTwo(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("iso.csv");
    Files.writeString(bad, "Relative Pressure, amount\n0.1,1\n0.2,2\n0.3,3\n");
    assertThat(run(bad.toString(), "--json")).isEqualTo(2);
    assertThat(err.toString()).contains("iso.csv");
  }

  @Test
  void newareBinaryIsDetectedAndAnalysed() throws Exception {
    Path file = SharedData.file("navani__test.nda");
    assertThat(run(file.toString(), "--json")).isZero();

    JsonNode json = json();
    assertThat(json.get("format").asString()).isEqualTo("neware-nda");
    assertThat(json.get("technique").asString()).isEqualTo("cycling");
    assertThat(json.get("records").asInt()).isEqualTo(439);
    // MANIFEST.tsv: a 6.53056e-05 mAh discharge (a partial start, a tenth of the next half cycle,
    // so it opens no cycle), then cycle 2: 0.000696528 mAh charge, 0.00700919 mAh discharge
    JsonNode c2 = json.get("cycles").get(0);
    assertThat(c2.get("cycle").asInt()).isEqualTo(2);
    assertThat(c2.get("charge_mah").asDouble()).isCloseTo(6.96528e-4, within(1e-9));
    assertThat(c2.get("discharge_mah").asDouble()).isCloseTo(7.00919e-3, within(1e-8));
    assertThat(json.get("warnings").toString()).contains("partial start");
  }

  @Test
  void aCathodeFileOpeningWithAPartialDischargeHasAPlausibleIce() throws Exception {
    // navani jdb11 (MIT): ICE 477.8 % before; now charge then discharge, 0.852855 / 0.986781
    Path file = SharedData.file("navani__jdb11-1_c3_gcpl_5cycles_2V-3p8V_C-24_data_C09.mpr");
    assertThat(run(file.toString(), "--json")).isZero();

    JsonNode json = json();
    assertThat(json.get("kpis").get("ice").asDouble()).isCloseTo(0.86428, within(1e-5));
    assertThat(json.get("kpis").get("opening").asString()).isEqualTo("oxidation");
    assertThat(json.get("kpis").has("plateau_capacity_mah")).isFalse();
    assertThat(json.get("implausible").isObject()).isTrue();
    assertThat(json.get("implausible").isEmpty()).isTrue();
  }

  @Test
  void aKpiOutsideItsRangeStaysANumberAndIsNamedWithItsReason() throws Exception {
    // navani test.ndax (MIT): CCCV charge 0.593039 mAh, discharge 0.625451 mAh: CE 105.47 %
    assertThat(run(SharedData.file("navani__test.ndax").toString(), "--json")).isZero();

    JsonNode json = json();
    assertThat(json.get("kpis").get("ice").asDouble()).isCloseTo(1.0547, within(1e-4));
    assertThat(json.get("implausible").get("ice").asString())
        .startsWith("ICE 105.5 % is outside (0 %, 105 %]: more charge came out than went in");
    assertThat(json.get("warnings").toString()).contains("ICE 105.5 % is outside");
    assertThat(json.get("cycles").get(0).get("implausible").asString()).startsWith("CE 105.5 %");
  }

  @Test
  void aSpecificCapacityBeyondLithiumMetalNamesTheMassAsTheLikelyCause() throws Exception {
    // synthetic hard carbon half cell: 0.415896 mAh desodiation; 0.001 mg gives 415,896 mAh/g
    assertThat(
            run(
                SharedData.file("synthetic/synthetic_Na_hardcarbon_halfcell.csv").toString(),
                "--active-mass-mg",
                "0.001",
                "--json"))
        .isZero();

    JsonNode implausible = json().get("implausible");
    assertThat(implausible.get("reversible_capacity_mah_g").asString())
        .contains("outside [0 mAh g⁻¹, 4000 mAh g⁻¹]", "active mass is likely wrong");
    assertThat(implausible.has("plateau_capacity_mah_g")).isTrue();
    assertThat(implausible.has("ice")).isFalse();
  }

  @Test
  void summaryIsReadable() {
    assertThat(run(SharedData.file("cellpy__neware_uio.csv").toString(), "--opening", "reduction"))
        .isZero();
    // Neware's own cycle 3 holds two pairs (MANIFEST.tsv: 7.83477 mAh charge, 7.97423 discharge)
    assertThat(out.toString())
        .contains(
            "ICE",
            "83.55 %",
            "Rate table",
            "INSTRUMENT",
            "3      7.97423      7.83477",
            "instrument cycle 3 holds 4 half cycles");
  }

  @Test
  void unreadableFileExitsWithTwoAndNamesTheFile(@TempDir Path dir) throws Exception {
    Path junk = dir.resolve("junk.bin");
    Files.write(junk, new byte[] {1, 2, 3, 0, 5});

    assertThat(run(junk.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("junk.bin");
  }

  @Test
  void aDamagedFileIsOneLineOnStderrThroughTheCommandLinesEntry(@TempDir Path dir)
      throws Exception {
    // the XML parser's message runs over two lines and the file's own control bytes come with it
    Path xrdml =
        Files.writeString(
            dir.resolve("scan.xrdml"),
            "<?xml version=\"1.0\"?>\n<xrdMeasurements>\u0007\n<scan></xrdMeasurements>");
    StringWriter cliOut = new StringWriter();
    StringWriter cliErr = new StringWriter();

    int exit =
        CellbookCli.run(
            new String[] {"analyze", xrdml.toString()},
            new PrintWriter(cliOut),
            new PrintWriter(cliErr));

    assertThat(exit).isEqualTo(2);
    assertThat(cliErr.toString().lines()).singleElement().asString().contains("scan.xrdml");
    assertThat(cliOut.toString()).isEmpty();
  }
}

package org.cellbook.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cellbook.analysis.testdata.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The {@code analyze} command line as scripts use it (issue 4's JSON contract). */
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
    return new ObjectMapper().readTree(out.toString());
  }

  @Test
  void cyclingJsonFollowsTheContract() throws Exception {
    Path file = SharedData.file("land/synthetic_LAND_NaHC_formation_rate.txt");
    assertThat(run(file.toString(), "--json", "--active-mass-mg", "1.2")).isZero();

    JsonNode json = json();
    assertThat(json.get("file").asText()).isEqualTo(file.toString());
    assertThat(json.get("sha256").asText()).hasSize(64).isEqualTo(AnalyzeCommand.sha256(file));
    assertThat(json.get("format").asText()).startsWith("land");
    assertThat(json.get("technique").asText()).isEqualTo("cycling");
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
    assertThat(json.get("technique").asText()).isEqualTo("cv");
    assertThat(json.get("files")).hasSize(6);
    JsonNode b = json.at("/kpis/b_values");
    List<String> seen = new ArrayList<>();
    b.forEach(x -> seen.add(x.get("potential_v").asDouble() + ":" + x.get("branch").asText()));
    assertThat(seen).contains("0.1:anodic", "0.5:cathodic");
    b.forEach(
        x -> {
          if (x.get("potential_v").asDouble() == 0.5 && x.get("branch").asText().equals("anodic")) {
            assertThat(x.get("b").asDouble()).isCloseTo(0.9884, within(0.002));
            assertThat(x.get("r2").asDouble()).isGreaterThan(0.99);
          }
        });
    assertThat(json.at("/kpis/capacitive_fraction")).hasSize(12);
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
    assertThat(pulses.get(0).get("branch").asText()).isEqualTo("sodiation");
    assertThat(pulses.get(0).get("d_cm2_s").asDouble()).isCloseTo(1.0e-10, within(1e-14));
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
    assertThat(json().get("technique").asText()).isEqualTo("gitt");
  }

  @Test
  void materialsFilesAreDetectedAndAnalysedWithTheirContractKeys() throws Exception {
    Path materials = Path.of("..", "shared", "data", "materials");
    assertThat(run(materials.resolve("isotherms/betsi_MCM-41_N2_77K.csv").toString(), "--json"))
        .isZero();
    JsonNode sorption = json();
    assertThat(sorption.get("technique").asText()).isEqualTo("sorption");
    assertThat(sorption.at("/kpis/bet_area_m2_g").asDouble()).isCloseTo(1000.6, within(5.0));
    assertThat(sorption.at("/kpis/bet_range_p_p0")).hasSize(2);
    assertThat(sorption.at("/kpis/bet_c").asDouble()).isPositive();

    out.getBuffer().setLength(0);
    assertThat(
            run(
                materials.resolve("synthetic/synthetic_CO2_273K_DR.csv").toString(),
                "--json",
                "--adsorbate",
                "CO2"))
        .isZero();
    assertThat(json().at("/kpis/dr_micropore_volume_cm3_g").asDouble())
        .isCloseTo(0.2, within(1e-3));

    out.getBuffer().setLength(0);
    assertThat(
            run(
                materials.resolve("synthetic/synthetic_hardcarbon_XRD_CuKa.xy").toString(),
                "--json"))
        .isZero();
    JsonNode xrd = json();
    assertThat(xrd.get("technique").asText()).isEqualTo("xrd");
    assertThat(xrd.at("/kpis/d002_nm").asDouble()).isBetween(0.34, 0.38);
    assertThat(xrd.at("/kpis/r_value").asDouble()).isBetween(2.0, 3.0);

    out.getBuffer().setLength(0);
    assertThat(
            run(
                materials.resolve("synthetic/synthetic_carbon_Raman_532nm.txt").toString(),
                "--json",
                "--technique",
                "raman"))
        .isZero();
    assertThat(json().at("/kpis/id_ig_height").asDouble()).isCloseTo(0.9, within(0.02));
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
    assertThat(json.get("format").asText()).isEqualTo("neware-nda");
    assertThat(json.get("technique").asText()).isEqualTo("cycling");
    assertThat(json.get("records").asInt()).isEqualTo(439);
    // MANIFEST.tsv: 6.53056e-05 mAh discharge, then 0.000696528 mAh charge
    JsonNode c1 = json.get("cycles").get(0);
    assertThat(c1.get("discharge_mah").asDouble()).isCloseTo(6.53056e-5, within(1e-9));
    assertThat(c1.get("charge_mah").asDouble()).isCloseTo(6.96528e-4, within(1e-9));
  }

  @Test
  void summaryIsReadable() {
    assertThat(run(SharedData.file("cellpy__neware_uio.csv").toString(), "--opening", "reduction"))
        .isZero();
    assertThat(out.toString()).contains("ICE", "83.55 %", "Rate table", "REBUILT");
  }

  @Test
  void unreadableFileExitsWithTwoAndNamesTheFile(@TempDir Path dir) throws Exception {
    Path junk = dir.resolve("junk.bin");
    Files.write(junk, new byte[] {1, 2, 3, 0, 5});

    assertThat(run(junk.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("junk.bin");
  }
}

package org.cellbook.analysis.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cellbook.analysis.testdata.MaterialsData;
import org.cellbook.analysis.testdata.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Detection of patterns and spectra, and their JSON with the implausible KPIs named. */
class MaterialsAnalysisTest {

  @TempDir Path dir;

  private static Path resource(String path) throws Exception {
    return Path.of(
        MaterialsAnalysisTest.class.getResource("/org/cellbook/analysis/" + path).toURI());
  }

  private static JsonNode json(MaterialsAnalysis.Kind kind, Path file) throws Exception {
    return new JsonMapper().readTree(MaterialsAnalysis.analyze(kind, file, null, null).json(false));
  }

  @Test
  void plainTwoColumnRamanSpectraAreRecognisedByTheirShifts() throws Exception {
    // raman_fitting's spectra have no header at all; the LabSpec export's is windows-1252
    for (Path file :
        List.of(
            resource("raman/raman_fitting_Si_spectrum01.txt"),
            resource("raman/wrighttools_LabRAM_spectrum_wn.txt"),
            MaterialsData.file("raman/raman_fitting_testDW38C_pos1.txt"),
            MaterialsData.file("raman/raman_fitting_testDW38C_pos2.txt"),
            MaterialsData.file("synthetic/synthetic_carbon_Raman_532nm.txt"))) {
      assertThat(MaterialsAnalysis.detect(file))
          .as(file.getFileName().toString())
          .contains(MaterialsAnalysis.Kind.raman);
    }
  }

  @Test
  void wideCyclerTablesAndTwoThetaColumnsAreNotRamanSpectra() throws Exception {
    // 72 columns, time first (0–3550 s, in a Raman shift's range), a title naming "mS.cm-1"
    List<String> titles = new ArrayList<>(List.of("time/s", "Ewe/V", "I/mA"));
    while (titles.size() < 71) {
      titles.add("col" + titles.size() + "/a.u.");
    }
    titles.add("Re(Conductivity)/mS.cm-1");
    List<String> lines = new ArrayList<>(List.of(String.join("\t", titles)));
    for (int k = 0; k < 72; k++) {
      StringBuilder row = new StringBuilder(String.valueOf(50 * k));
      for (int c = 1; c < 72; c++) {
        row.append('\t').append(String.format(Locale.ROOT, "%.4f", 3.0 + 0.001 * c * k));
      }
      lines.add(row.toString());
    }
    Path biologic = Files.write(dir.resolve("export.txt"), lines);
    // a two-column diffractogram without a header: 2θ never reaches Raman shifts
    List<String> xy = new ArrayList<>();
    for (int k = 0; k < 100; k++) {
      xy.add((5 + 0.8 * k) + "\t" + (100 + k % 7));
    }
    Path twoTheta = Files.write(dir.resolve("scan.txt"), xy);

    assertThat(MaterialsAnalysis.detect(biologic)).isEmpty();
    assertThat(MaterialsAnalysis.detect(twoTheta)).isEmpty();
    for (String echem :
        List.of(
            "gitt/synthetic_GITT_NaHC.mpt",
            "cv/synthetic_CV_NaHC_0p1mVs_nova.txt",
            "land/synthetic_LAND_NaHC_formation_rate.txt",
            "cellpy__pec.csv",
            "synthetic/synthetic_Na_hardcarbon_halfcell.csv")) {
      assertThat(MaterialsAnalysis.detect(SharedData.file(echem))).as(echem).isEmpty();
    }
  }

  @Test
  void crystallineXrdmlGivesAPatternWithAWarningInsteadOfAnError() throws Exception {
    Path file = resource("xrd/nomad_XRD-918-16_10.xrdml");
    assertThat(MaterialsAnalysis.detect(file)).contains(MaterialsAnalysis.Kind.xrd);

    JsonNode json = json(MaterialsAnalysis.Kind.xrd, file);

    assertThat(json.get("format").asString()).isEqualTo("panalytical-xrdml");
    assertThat(json.get("records").asInt()).isEqualTo(5027);
    assertThat(json.get("kpis").has("d002_nm")).isFalse();
    assertThat(json.get("kpis").has("xrd_components")).isFalse();
    assertThat(json.at("/kpis/wavelength_angstrom").asDouble()).isEqualTo(1.540598);
    assertThat(json.get("implausible").isEmpty()).isTrue();
    assertThat(json.at("/warnings/0").asString()).contains("graphite or a crystalline phase");
  }

  @Test
  void aD002OutsideTheRangeOfCarbonsIsNamedWithItsLikelyCause() throws Exception {
    // the synthetic hard carbon, its header claiming λ = 1.0 Å: d002 0.234 nm, not a carbon's
    List<String> lines =
        new ArrayList<>(
            Files.readAllLines(MaterialsData.file("synthetic/synthetic_hardcarbon_XRD_CuKa.xy")));
    lines.removeIf(l -> l.startsWith("#"));
    lines.addFirst("# lambda = 1.0 A");
    Path file = Files.write(dir.resolve("wrong-wavelength.xy"), lines);

    JsonNode json = json(MaterialsAnalysis.Kind.xrd, file);

    assertThat(json.at("/kpis/d002_nm").asDouble()).isCloseTo(0.2343, within(1e-3));
    assertThat(json.at("/implausible/d002_nm").asString())
        .startsWith("d002 at the (002) maximum 0.2343 nm is outside [0.33 nm, 0.45 nm]")
        .contains("check the X-ray wavelength");
    assertThat(json.at("/implausible/d002_graphitic_nm").asString()).contains("[0.33 nm, 0.45 nm]");
    assertThat(json.get("warnings").toString())
        .contains(json.at("/implausible/d002_nm").asString());
  }

  @Test
  void siliconSpectrumHasNoRatioAndSaysWhy() throws Exception {
    JsonNode json =
        json(MaterialsAnalysis.Kind.raman, resource("raman/raman_fitting_Si_spectrum01.txt"));

    assertThat(json.get("records").asInt()).isEqualTo(1600);
    assertThat(json.get("kpis").has("id_ig_height")).isFalse();
    assertThat(json.get("kpis").has("raman_d_position_cm1")).isFalse();
    assertThat(json.get("implausible").isEmpty()).isTrue();
    assertThat(json.at("/warnings/0").asString())
        .startsWith("no I_D/I_G: the D/G fit puts D at 1011");
  }

  @Test
  void labSpecExportWithLatin1HeaderIsAnalysed() throws Exception {
    // was "Input length = 1"
    JsonNode json =
        json(MaterialsAnalysis.Kind.raman, resource("raman/wrighttools_LabRAM_spectrum_wn.txt"));

    assertThat(json.get("records").asInt()).isEqualTo(1020);
    assertThat(json.at("/kpis/laser_wavelength_nm").asDouble()).isEqualTo(532);
    assertThat(json.get("kpis").has("id_ig_height")).isFalse();
    assertThat(json.at("/warnings/0").asString()).startsWith("no D/G fit");
  }

  @Test
  void anIdIgOutsideItsRangeStaysANumberAndIsNamed() throws Exception {
    // D six times as high as G: Lorentzians D (3000, 1340, 150), G (500, 1580, 80) on 200 counts
    List<String> lines = new ArrayList<>();
    for (int x = 800; x <= 2000; x++) {
      double u = 2 * (x - 1340) / 150.0;
      double v = 2 * (x - 1580) / 80.0;
      double y = 3000 / (1 + u * u) + 500 / (1 + v * v) + 200;
      lines.add(x + "\t" + String.format(Locale.ROOT, "%.3f", y));
    }
    Path file = Files.write(dir.resolve("defective.txt"), lines);

    JsonNode json = json(MaterialsAnalysis.Kind.raman, file);

    assertThat(json.at("/kpis/id_ig_height").asDouble()).isCloseTo(6.0, within(1e-3));
    assertThat(json.at("/implausible/id_ig_height").asString())
        .startsWith("I_D/I_G (height) 6 is outside [0, 5]");
    assertThat(json.at("/implausible/id_ig_area").isMissingNode()).isTrue(); // 6·150/80 = 11.25
  }

  @Test
  void theSharedSpectraAndPatternsKeepTheirValuesWithNothingImplausible() throws Exception {
    JsonNode pos1 =
        json(
            MaterialsAnalysis.Kind.raman,
            MaterialsData.file("raman/raman_fitting_testDW38C_pos1.txt"));
    JsonNode pos2 =
        json(
            MaterialsAnalysis.Kind.raman,
            MaterialsData.file("raman/raman_fitting_testDW38C_pos2.txt"));
    JsonNode brml =
        json(
            MaterialsAnalysis.Kind.xrd,
            MaterialsData.file("xrd/nomad_23-012-AG_2thomegascan_long.brml"));
    JsonNode xy =
        json(
            MaterialsAnalysis.Kind.xrd,
            MaterialsData.file("synthetic/synthetic_hardcarbon_XRD_CuKa.xy"));

    // MANIFEST.tsv reference fits; pos2's multi-band area ratio 5.04 is inside [0, 15]
    assertThat(pos1.at("/kpis/id_ig_height").asDouble()).isCloseTo(1.0046, within(0.01));
    assertThat(pos1.at("/kpis/id_ig_area").asDouble()).isCloseTo(2.1806, within(0.03));
    assertThat(pos2.at("/kpis/id_ig_height").asDouble()).isCloseTo(1.3006, within(0.01));
    assertThat(pos2.at("/kpis/id_ig_area_multiband").asDouble()).isCloseTo(5.04, within(0.05));
    assertThat(brml.get("records").asInt()).isEqualTo(2001);
    assertThat(xy.at("/kpis/d002_nm").asDouble()).isCloseTo(0.3610, within(1e-4));
    for (JsonNode json : List.of(pos1, pos2, brml, xy)) {
      assertThat(json.get("implausible").isEmpty()).as(json.get("file").asString()).isTrue();
    }
    assertThat(brml.at("/warnings/0").asString()).contains("44.00–48.00°");
  }
}

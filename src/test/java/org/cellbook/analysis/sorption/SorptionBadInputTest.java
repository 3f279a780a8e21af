package org.cellbook.analysis.sorption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.cellbook.analysis.importers.ImportException;
import org.cellbook.analysis.testdata.MaterialsData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Broken or odd isotherm files end in a specific error naming the file (and line) or in a warning
 * carried by the result, never in a stack trace or a silently wrong number.
 */
class SorptionBadInputTest {

  @TempDir Path dir;

  private Path write(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text);
  }

  /** A copy of the shared file cut {@code into} characters after the start of line {@code line}. */
  private Path cutInsideLine(String relative, int line, int into) throws Exception {
    byte[] all = Files.readAllBytes(MaterialsData.file(relative));
    int offset = 0;
    for (int k = 1; k < line; k++) {
      while (all[offset] != '\n') {
        offset++;
      }
      offset++;
    }
    Path cut = dir.resolve("cut-" + Path.of(relative).getFileName());
    Files.write(cut, Arrays.copyOf(all, offset + into));
    return cut;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // file, line to cut inside (an adsorption row), characters kept of it
    "isotherms/aif_DUT-6_N2_77K.aif, 50, 5",
    "isotherms/quantachrome_DUT-6_N2_77K_RawAnalysisData.txt, 50, 12",
    "isotherms/bel_CEP3xx-2B_N2_77K.DAT, 50, 5",
    "isotherms/betsi_UiO-66_N2_77K.csv, 50, 5",
  })
  void textFileCutInsideARowKeepsTheCompleteRowsAndSaysSo(String relative, int line, int into)
      throws Exception {
    SorptionMeasurement m = IsothermImporters.read(cutInsideLine(relative, line, into));

    assertThat(m.warnings()).anyMatch(w -> w.contains("line " + line) && w.contains("cut"));
    assertThat(m.adsorption().size())
        .isLessThan(MaterialsData.expected(relative).get("n_ads_points").asInt());
    assertThat(m.desorption().size()).isZero();
  }

  @Test
  void cutJsonIsAnErrorNamingFileAndLine() throws Exception {
    Path cut = cutInsideLine("isotherms/pygaps_SiO2_N2_77K.json", 40, 10);
    assertThatThrownBy(() -> IsothermImporters.read(cut))
        .isInstanceOf(ImportException.class)
        .hasMessageStartingWith("cut-pygaps_SiO2_N2_77K.json, line ")
        .hasMessageContaining("not valid JSON");
  }

  @Test
  void cutWorkbooksAreErrorsNamingTheFile() throws Exception {
    for (String relative :
        List.of("isotherms/micromeritics_SampleI_N2_77K.xls", "isotherms/3p_CBV712_N2_77K.xlsx")) {
      byte[] all = Files.readAllBytes(MaterialsData.file(relative));
      Path cut =
          Files.write(
              dir.resolve("cut-" + Path.of(relative).getFileName()),
              Arrays.copyOf(all, all.length / 2));
      IsothermImporter importer =
          relative.endsWith(".xls") ? new MicromeriticsReportImporter() : new ThreePXlsxImporter();
      assertThatThrownBy(() -> importer.read(cut))
          .isInstanceOf(ImportException.class)
          .hasMessageStartingWith(cut.getFileName().toString())
          .hasMessageContaining("cut or damaged");
    }
    // the xls title is in the shared strings at the start: still recognised, then refused
    Path xls = dir.resolve("cut-micromeritics_SampleI_N2_77K.xls");
    assertThatThrownBy(() -> IsothermImporters.read(xls)).hasMessageContaining("cut or damaged");
  }

  @Test
  void randomBytesAreRefusedListingTheSupportedFormats() throws Exception {
    byte[] junk = new byte[4096];
    new Random(7).nextBytes(junk);
    Path file = Files.write(dir.resolve("junk.dat"), junk);
    assertThatThrownBy(() -> IsothermImporters.read(file))
        .isInstanceOf(ImportException.class)
        .hasMessageStartingWith("junk.dat: sorption isotherm format not recognised")
        .hasMessageContaining("AIF", "Quantachrome", "Micromeritics", "BELSORP", "3P", "pyGAPS");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "isotherms/aif_DUT-6_N2_77K.aif, 19",
    "isotherms/quantachrome_DUT-6_N2_77K_RawAnalysisData.txt, 17",
    "isotherms/bel_CEP3xx-2B_N2_77K.DAT, 36",
    "isotherms/betsi_MCM-41_N2_77K.csv, 1",
  })
  void headerOnlyIsAnErrorNamingTheFile(String relative, int headerLines) throws Exception {
    List<String> lines =
        Files.readAllLines(MaterialsData.file(relative), StandardCharsets.ISO_8859_1);
    Path header = dir.resolve("header-" + Path.of(relative).getFileName());
    Files.write(header, lines.subList(0, headerLines), StandardCharsets.ISO_8859_1);

    assertThatThrownBy(() -> IsothermImporters.read(header))
        .isInstanceOf(ImportException.class)
        .hasMessageStartingWith(header.getFileName().toString())
        .hasMessageContaining("no data points");
  }

  @Test
  void pyGapsFileWithoutRecordsIsAnError() throws Exception {
    Path file =
        write(
            "empty.json",
            """
            {"adsorbate": "nitrogen", "temperature": 77.355, "pressure_mode": "relative",
             "loading_unit": "mmol", "material_unit": "g", "isotherm_data": []}
            """);
    assertThatThrownBy(() -> IsothermImporters.read(file)).hasMessageContaining("no data points");
  }

  @Test
  void relativePressureFarAboveOneIsAnErrorNamingTheLine() throws Exception {
    Path file =
        write(
            "kpa.csv",
            "Relative Pressure (P/Po),Quantity Adsorbed (cm3/g STP)\n0.1,10\n0.2,12\n15.3,14\n");
    assertThatThrownBy(() -> IsothermImporters.read(file))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("kpa.csv, line 4")
        .hasMessageContaining("15.3")
        .hasMessageContaining("absolute pressure");
  }

  @Test
  void relativePressureJustAboveOneIsKeptWithAWarning() throws Exception {
    Path file =
        write(
            "drift.csv",
            "Relative Pressure (P/Po),Quantity Adsorbed (cm3/g STP)\n0.1,10\n0.2,12\n0.5,14\n1.02,80\n");
    SorptionMeasurement m = IsothermImporters.read(file);
    assertThat(m.adsorption().size()).isEqualTo(4);
    assertThat(m.warnings()).singleElement().asString().contains("above p/p0 = 1", "line 5");
  }

  @Test
  void negativeAmountsAreLeftOutWithAWarning() throws Exception {
    Path file =
        write(
            "negative.csv",
            "Relative Pressure (P/Po),Quantity Adsorbed (mmol/g)\n0.001,-0.02\n0.1,1\n0.2,1.2\n0.3,1.4\n");
    SorptionMeasurement m = IsothermImporters.read(file);
    assertThat(m.adsorption().relativePressure()).containsExactly(0.1, 0.2, 0.3);
    assertThat(m.warnings())
        .singleElement()
        .asString()
        .contains("amount ≤ 0 left out", "line 2", "-0.02");
  }

  @Test
  void onlyNegativeAmountsIsAnErrorThatSaysWhy() throws Exception {
    Path file =
        write(
            "sign.csv",
            "Relative Pressure (P/Po),Quantity Adsorbed (mmol/g)\n0.1,-1\n0.2,-1.2\n0.3,-1.4\n");
    assertThatThrownBy(() -> IsothermImporters.read(file))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("only 0 usable adsorption point")
        .hasMessageContaining("amount ≤ 0");
  }

  @Test
  void unsortedAdsorptionPointsAreSortedWithAWarning() throws Exception {
    Path file =
        write(
            "unsorted.csv",
            "Relative Pressure (P/Po),Quantity Adsorbed (mmol/g)\n0.1,1\n0.3,1.4\n0.2,1.2\n0.4,1.6\n");
    SorptionMeasurement m = IsothermImporters.read(file);
    assertThat(m.adsorption().relativePressure()).containsExactly(0.1, 0.2, 0.3, 0.4);
    assertThat(m.adsorption().amountMillimolesPerGram()).containsExactly(1, 1.2, 1.4, 1.6);
    assertThat(m.warnings())
        .singleElement()
        .asString()
        .contains("1 adsorption point(s) out of pressure order", "line 4", "sorted");
  }

  @Test
  void duplicatePressuresAreKeptWithAWarning() throws Exception {
    Path file =
        write(
            "twice.csv",
            "Relative Pressure (P/Po),Quantity Adsorbed (mmol/g)\n0.1,1\n0.2,1.2\n0.2,1.25\n0.4,1.6\n");
    SorptionMeasurement m = IsothermImporters.read(file);
    assertThat(m.adsorption().size()).isEqualTo(4);
    assertThat(m.warnings()).singleElement().asString().contains("repeat the p/p0", "line 3");
  }

  @Test
  void desorptionAfterTheHighestPressureIsKeptApart() throws Exception {
    Path file =
        write(
            "loop.csv",
            "Relative Pressure (P/Po),Quantity Adsorbed (mmol/g)\n0.1,1\n0.5,2\n0.9,3\n0.6,2.5\n0.3,1.8\n");
    SorptionMeasurement m = IsothermImporters.read(file);
    assertThat(m.adsorption().relativePressure()).containsExactly(0.1, 0.5, 0.9);
    assertThat(m.desorption().relativePressure()).containsExactly(0.3, 0.6);
    assertThat(m.warnings()).isEmpty();
  }

  @Test
  void tooFewPointsIsAnError() throws Exception {
    Path file =
        write("two.csv", "Relative Pressure (P/Po),Quantity Adsorbed (mmol/g)\n0.1,1\n0.2,2\n");
    assertThatThrownBy(() -> IsothermImporters.read(file))
        .hasMessageContaining("two.csv: only 2 usable adsorption point(s), at least 3");
  }

  @Test
  void absolutePressureWithoutP0ForAnUnknownGasIsAnError() throws Exception {
    Path file =
        write(
            "butane.json",
            """
            {"adsorbate": "n-butane", "temperature": 273.15, "pressure_mode": "absolute",
             "pressure_unit": "bar", "loading_unit": "mmol", "material_unit": "g",
             "isotherm_data": [{"pressure": 0.1, "loading": 1}, {"pressure": 0.2, "loading": 2},
                               {"pressure": 0.3, "loading": 3}]}
            """);
    assertThatThrownBy(() -> IsothermImporters.read(file))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("no standard p0 is known for n-butane at 273.15 K");
  }

  @Test
  void unknownPressureUnitInAifNamesTheField() throws Exception {
    String aif =
        Files.readString(MaterialsData.file("isotherms/aif_DUT-6_N2_77K.aif"))
            .replace("_units_pressure Pa", "_units_pressure psig");
    Path file = write("psig.aif", aif);
    assertThatThrownBy(() -> IsothermImporters.read(file))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("psig.aif, column '_units_pressure'")
        .hasMessageContaining("'psig'");
  }

  @Test
  void quantachromeTotalVolumeWithoutSampleWeightIsAnError() throws Exception {
    String text =
        Files.readString(
                MaterialsData.file("isotherms/quantachrome_DUT-6_N2_77K_RawAnalysisData.txt"),
                Charset.forName("windows-1252"))
            .replace("Sample Weight: 0.0339 g", "                       ");
    Path file = dir.resolve("noweight.txt");
    Files.writeString(file, text, Charset.forName("windows-1252"));
    assertThatThrownBy(() -> IsothermImporters.read(file))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("noweight.txt, line 18, column 'Volume @ STP'")
        .hasMessageContaining("no sample mass");
  }

  @Test
  void textInTheMiddleOfAnAifLoopNamesLineAndColumn() throws Exception {
    List<String> lines =
        new java.util.ArrayList<>(
            Files.readAllLines(MaterialsData.file("isotherms/aif_DUT-6_N2_77K.aif")));
    lines.set(29, "0.82 101860.98 n/a");
    Path file = Files.write(dir.resolve("text.aif"), lines);
    assertThatThrownBy(() -> IsothermImporters.read(file))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("text.aif, line 30, column '_adsorp_amount'")
        .hasMessageContaining("'n/a'");
  }

  @Test
  void japaneseBelsorpExportReadsLikeTheEnglishOne() throws Exception {
    // BELSORP writes Japanese labels in Shift_JIS with full-width characters
    String english =
        Files.readString(
            MaterialsData.file("isotherms/bel_CEP3xx-2B_N2_77K.DAT"),
            Charset.forName("windows-1252"));
    String japanese =
        english
            .replace("\"Adsorptive:\"", "\"吸着質名称：\"")
            .replace("\"Meas. Temp./K:\"", "\"吸着温度／Ｋ：\"")
            .replace("\"Sample weight/g:\"", "\"試料重量／g：\"")
            .replace("\"Comment1:\"", "\"コメント１：\"")
            .replace("\"Comment3:\"\t\"30mn à 140°C sous vide\"", "\"コメント３：\"\t\"\"")
            .replace(" Adsorption data", " 吸着データ")
            .replace(" Desorption data", " 脱着データ");
    Path file = dir.resolve("jis.DAT");
    Files.writeString(file, japanese, Charset.forName("Shift_JIS"));

    SorptionMeasurement jis = IsothermImporters.read(file);
    SorptionMeasurement eng =
        IsothermImporters.read(MaterialsData.file("isotherms/bel_CEP3xx-2B_N2_77K.DAT"));
    assertThat(jis.adsorbate()).isEqualTo("N2");
    assertThat(jis.sampleMassGrams()).isEqualTo(eng.sampleMassGrams());
    assertThat(jis.temperatureKelvin()).isEqualTo(77.0);
    assertThat(jis.sampleName()).isEqualTo("CEP 3XX-2B");
    assertThat(jis.adsorption().relativePressure())
        .containsExactly(eng.adsorption().relativePressure());
    assertThat(jis.desorption().size()).isEqualTo(24);
  }
}

package org.cellbook.analysis.sorption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.cellbook.analysis.importers.FileSample;
import org.cellbook.analysis.importers.ImportException;
import org.cellbook.analysis.testdata.MaterialsData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Micromeritics isotherm columns saved as .csv, from the public sample under src/test/resources
 * (README.md there gives source and licence): semicolon-separated, decimal commas, windows-1252,
 * CRLF; an adsorption column pair (68 rows, up to p/p° 0.991502875) beside a desorption pair (8
 * rows, from that same point down to 0.222905289). Damaged and re-saved variants are derived from
 * it in a temporary directory.
 */
class MicromeriticsIsothermCsvImporterTest {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final String SAMPLE = "micromeritics_isotherm_columns.csv";
  private static final String QUANTITY = "Quantity Adsorbed (cm³/g STP)";

  /** cm³(STP) per mmol (METHODS.md §0). */
  private static final double CM3_PER_MMOL = 22.414;

  @TempDir Path dir;

  private static Path sample() throws Exception {
    return MicromeriticsTextReportImporterTest.resource(SAMPLE);
  }

  private static String text() throws Exception {
    return Files.readString(sample(), WINDOWS_1252);
  }

  private Path write(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text, WINDOWS_1252);
  }

  @Test
  void bothColumnGroupsAreReadAsTheTwoBranches() throws Exception {
    assertThat(IsothermImporters.standard().detect(sample()))
        .hasValueSatisfying(
            d -> assertThat(d.importer()).isInstanceOf(MicromeriticsIsothermCsvImporter.class));
    SorptionMeasurement m = IsothermImporters.read(sample());
    Isotherm ads = m.adsorption();
    Isotherm des = m.desorption();

    assertThat(ads.size()).isEqualTo(68);
    assertThat(ads.relativePressure()[0]).isEqualTo(4.29539e-05);
    assertThat(ads.amountMillimolesPerGram()[0])
        .isCloseTo(4.972917807 / CM3_PER_MMOL, within(1e-12));
    assertThat(ads.relativePressure()[67]).isEqualTo(0.991502875);
    assertThat(ads.amountMillimolesPerGram()[67])
        .isCloseTo(323.2827177 / CM3_PER_MMOL, within(1e-12));
    // the desorption pair starts with the turning point again: it stays in the adsorption branch
    assertThat(des.size()).isEqualTo(7);
    assertThat(des.relativePressure()[0]).isEqualTo(0.222905289);
    assertThat(des.amountMillimolesPerGram()[0])
        .isCloseTo(285.0784237 / CM3_PER_MMOL, within(1e-12));
    assertThat(des.relativePressure()[6]).isEqualTo(0.933556635);

    assertThat(m.format()).isEqualTo("Micromeritics isotherm columns (.csv)");
    // the columns carry no header: nothing is made up
    assertThat(m.sampleMassGrams()).isNull();
    assertThat(m.adsorbate()).isNull();
    assertThat(m.temperatureKelvin()).isNull();
    assertThat(m.saturationPressurePascals()).isNull();
    // dosing at p/p° ≈ 3e-4 gives a few points a hair below the one before (line 23: 0.000330692
    // after 0.000334735)
    assertThat(m.warnings())
        .singleElement()
        .asString()
        .contains("4 adsorption point(s) out of pressure order", "line 23");
  }

  /**
   * A type I isotherm (≈ 250 cm³/g STP below p/p° 0.002): a microporous solid of about 1100 m²/g;
   * the automatic Rouquerol range lies below p/p° 0.1.
   */
  @Test
  void betOnTheAdsorptionBranchGivesASaneArea() throws Exception {
    Isotherm ads = IsothermImporters.read(sample()).adsorption();
    BetAnalysis.Result bet = BetAnalysis.auto(ads, BetAnalysis.NITROGEN_CROSS_SECTION_NM2);
    assertThat(bet).isNotNull();
    assertThat(bet.fit().areaSquareMetresPerGram()).isBetween(1000.0, 1300.0);
    assertThat(bet.fit().c()).isPositive();
    assertThat(bet.fit().points()).isGreaterThanOrEqualTo(5);
  }

  /** The English Windows locale separates with commas and writes decimal points; UTF-8 re-save. */
  @Test
  void commaSeparatedUtf8CopyReadsLikeTheSample() throws Exception {
    String english = text().replace(',', '.').replace(';', ',');
    Path file = Files.writeString(dir.resolve("english.csv"), english, StandardCharsets.UTF_8);
    SorptionMeasurement a = IsothermImporters.read(file);
    SorptionMeasurement b = IsothermImporters.read(sample());
    assertThat(a.format()).isEqualTo(b.format());
    assertThat(a.adsorption().relativePressure())
        .containsExactly(b.adsorption().relativePressure());
    assertThat(a.adsorption().amountMillimolesPerGram())
        .containsExactly(b.adsorption().amountMillimolesPerGram());
    assertThat(a.desorption().relativePressure())
        .containsExactly(b.desorption().relativePressure());
  }

  /**
   * The Isotherm Tabular Report's columns (TriStar and Gemini report text, .xls) saved as one
   * group: p/p° from the relative column, p₀ from the Saturation Pressure column; without the
   * relative column, absolute pressure over p₀ gives it.
   */
  @Test
  void absolutePressureOverTheSaturationPressureGivesTheRelativePressure() throws Exception {
    String titles =
        "Relative Pressure (p/p°);Absolute Pressure (kPa);Quantity Adsorbed (mmol/g);"
            + "Elapsed Time (h:min);Saturation Pressure (kPa)\r\n";
    String rows =
        """
        0,010000000;1,0128;2,10;01:10;101,28\r
        0,050000000;5,0640;2,60;01:40;101,28\r
        0,100000000;10,1290;2,85;02:05;101,29\r
        0,200000000;20,2600;3,10;02:30;101,30\r
        0,300000000;30,3900;3,30;02:55;101,30\r
        0,150000000;15,1950;3,05;03:20;101,30\r
        """;
    SorptionMeasurement both = IsothermImporters.read(write("tabular.csv", titles + rows));
    assertThat(both.adsorption().size()).isEqualTo(5);
    assertThat(both.desorption().size()).isEqualTo(1);
    assertThat(both.adsorption().relativePressure()[1]).isEqualTo(0.05);
    assertThat(both.adsorption().amountMillimolesPerGram()[1]).isEqualTo(2.60);
    assertThat(both.saturationPressurePascals()).isCloseTo(101_290.0, within(0.01));

    String absoluteOnly = (titles + rows).replaceAll("(?m)^[^;]*;", "");
    SorptionMeasurement m = IsothermImporters.read(write("absolute.csv", absoluteOnly));
    assertThat(m.adsorption().relativePressure()[1]).isCloseTo(5.0640 / 101.28, within(1e-12));
    assertThat(m.desorption().relativePressure()[0]).isCloseTo(15.1950 / 101.30, within(1e-12));
  }

  @Test
  void absolutePressureWithoutSaturationPressureIsRefusedNamingWhatIsMissing() throws Exception {
    Path file =
        write(
            "no-p0.csv",
            "Absolute Pressure (kPa);Quantity Adsorbed (mmol/g)\r\n1,0;2,1\r\n5,0;2,6\r\n10,0;2,9\r\n");
    assertThat(IsothermImporters.standard().detect(file))
        .hasValueSatisfying(
            d -> assertThat(d.importer()).isInstanceOf(MicromeriticsIsothermCsvImporter.class));
    assertThatThrownBy(() -> IsothermImporters.read(file))
        .isInstanceOf(ImportException.class)
        .hasMessageStartingWith("no-p0.csv: the pressures are absolute and the file gives no p0")
        .hasMessageContaining("unnamed adsorptive");
  }

  @Test
  void fileCutInsideARowKeepsTheCompleteRowsAndSaysSo() throws Exception {
    byte[] all = Files.readAllBytes(sample());
    String text = new String(all, WINDOWS_1252);
    int offset = 0;
    for (int k = 1; k < 40; k++) {
      offset = text.indexOf('\n', offset) + 1;
    }
    Path cut = Files.write(dir.resolve("cut.csv"), Arrays.copyOf(all, offset + 7));
    SorptionMeasurement m = IsothermImporters.read(cut);
    assertThat(m.warnings()).anySatisfy(w -> assertThat(w).contains("line 40 is incomplete"));
    assertThat(m.adsorption().size()).isEqualTo(38); // the rows on lines 2–39
    assertThat(m.adsorption().relativePressure()[37]).isEqualTo(0.000462916);
    // the desorption pair sits in lines 2–9, before the cut; its top point is no longer the
    // adsorption branch's last, so all 8 rows stay
    assertThat(m.desorption().size()).isEqualTo(8);
  }

  @Test
  void nonNumericCellIsAnErrorNamingFileLineAndColumn() throws Exception {
    Path bad = write("bad-cell.csv", text().replace("29,57603653", "29,576O3653"));
    assertThatThrownBy(() -> IsothermImporters.read(bad))
        .isInstanceOf(ImportException.class)
        .hasMessage(
            "bad-cell.csv, line 7, column '" + QUANTITY + "': '29,576O3653' is not a number")
        .satisfies(e -> assertThat(((ImportException) e).line()).isEqualTo(7));
  }

  @Test
  void numberWithAThousandsSeparatorIsNotGuessed() throws Exception {
    Path bad = write("thousands.csv", text().replace("323,2827177;;", "1.323,2827177;;"));
    assertThatThrownBy(() -> IsothermImporters.read(bad))
        .isInstanceOf(ImportException.class)
        .hasMessage(
            "thousands.csv, line 69, column '" + QUANTITY + "': '1.323,2827177' is not a number");
  }

  @Test
  void relativePressureAboveOneIsAnErrorNamingTheLine() throws Exception {
    Path bad = write("above-one.csv", text().replace("0,004007636;", "4,007636;"));
    assertThatThrownBy(() -> IsothermImporters.read(bad))
        .isInstanceOf(ImportException.class)
        .hasMessageStartingWith("above-one.csv, line 54: relative pressure 4.008 is far above 1");
  }

  @Test
  void missingQuantityColumnIsRefusedListingTheColumns() throws Exception {
    Path bad =
        write(
            "no-quantity.csv",
            text()
                .replaceFirst(
                    "Quantity Adsorbed \\(cm³/g STP\\);Relative", "Elapsed Time (h:min);Relative"));
    assertThatThrownBy(() -> IsothermImporters.read(bad))
        .isInstanceOf(ImportException.class)
        .hasMessageStartingWith("no-quantity.csv, line 1: the title row needs a Quantity Adsorbed")
        .hasMessageContaining("Relative Pressure (p/p°), Elapsed Time (h:min)");
  }

  @Test
  void unknownQuantityUnitIsRefusedNamingTheColumn() throws Exception {
    Path bad = write("unit.csv", text().replace("(cm³/g STP)", "(mg/g)"));
    assertThatThrownBy(() -> IsothermImporters.read(bad))
        .isInstanceOf(ImportException.class)
        .hasMessage(
            "unit.csv, line 1, column 'Quantity Adsorbed (mg/g)': the quantity's unit is not"
                + " cm³/g STP or mmol/g");
  }

  @Test
  void pressureWithoutItsQuantityInARowIsAnError() throws Exception {
    Path bad = write("half-row.csv", text().replace("0,000116374;29,57603653;", "0,000116374;;"));
    assertThatThrownBy(() -> IsothermImporters.read(bad))
        .isInstanceOf(ImportException.class)
        .hasMessage(
            "half-row.csv, line 7, column '"
                + QUANTITY
                + "': the cell is empty but its pair in the same group is not");
  }

  /** A second adsorption run beside the first (an overlay) must not become the desorption. */
  @Test
  void secondGroupRisingInPressureIsNotTakenForTheDesorptionBranch() throws Exception {
    String[] lines = text().split("\r?\n");
    StringBuilder overlay = new StringBuilder(lines[0]).append("\r\n");
    for (int k = 1; k < lines.length; k++) {
      String[] cells = lines[k].split(";", -1);
      overlay.append(cells[0]).append(';').append(cells[1]).append(';');
      overlay.append(cells[0]).append(';').append(cells[1]).append("\r\n");
    }
    Path file = write("overlay.csv", overlay.toString());
    assertThatThrownBy(() -> IsothermImporters.read(file))
        .isInstanceOf(ImportException.class)
        .hasMessageStartingWith("overlay.csv, line 2: the second column group rises in pressure")
        .hasMessageContaining("not the desorption branch");
  }

  @Test
  void threeColumnGroupsAreRefused() throws Exception {
    String[] lines = text().split("\r?\n");
    lines[0] = lines[0] + ";" + "Relative Pressure (p/p°);" + QUANTITY;
    Path file = write("three.csv", String.join("\r\n", lines) + "\r\n");
    assertThatThrownBy(() -> IsothermImporters.read(file))
        .isInstanceOf(ImportException.class)
        .hasMessageStartingWith("three.csv, line 1: 3 column groups");
  }

  /**
   * Registering this reader takes no file from the others: every shared isotherm and every other
   * test export keeps its importer, and this one does not even bid for them (BETSI's single
   * "Relative Pressure (P/Po), Quantity Adsorbed (cm3/g STP)" pair included).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "shared:isotherms/aif_DUT-6_N2_77K.aif, AifImporter",
    "shared:isotherms/quantachrome_DUT-6_N2_77K_RawAnalysisData.txt, QuantachromeRawDataImporter",
    "shared:isotherms/micromeritics_SampleI_N2_77K.xls, MicromeriticsReportImporter",
    "shared:isotherms/bel_CEP3xx-2B_N2_77K.DAT, BelsorpDatImporter",
    "shared:isotherms/3p_CBV712_N2_77K.xlsx, ThreePXlsxImporter",
    "shared:isotherms/pygaps_SiO2_N2_77K.json, PygapsJsonImporter",
    "shared:isotherms/betsi_MCM-41_N2_77K.csv, IsothermTextImporter",
    "shared:isotherms/betsi_UiO-66_N2_77K.csv, IsothermTextImporter",
    "shared:synthetic/synthetic_CO2_273K_DR.csv, IsothermTextImporter",
    "shared:synthetic/synthetic_typeI_N2_77K.csv, IsothermTextImporter",
    "micromeritics_TriStarII_K01072A.TXT, MicromeriticsTextReportImporter",
    "micromeritics_GeminiVII_gvmh97400.TXT, MicromeriticsTextReportImporter",
    "quantachrome_QuadraWin_BF001_Isotherm.txt, QuantachromeIsothermReportImporter",
    "quantachrome_ASiQwin_RE-306_Isotherm.txt, QuantachromeIsothermReportImporter",
    "quantachrome_QuadraWin_BF001_RawAnalysisData.txt, QuantachromeRawDataImporter",
    "quantachrome_NovaWin_FL_A_41_2_RawAnalysisData.txt, QuantachromeRawDataImporter",
    "quantachrome_NovaWin_RE-22_RawAnalysisData.txt, QuantachromeRawDataImporter",
  })
  void otherFormatsKeepTheirImporter(String file, String importer) throws Exception {
    Path path =
        file.startsWith("shared:")
            ? MaterialsData.file(file.substring("shared:".length()))
            : MicromeriticsTextReportImporterTest.resource(file);
    assertThat(new MicromeriticsIsothermCsvImporter().detect(FileSample.of(path))).isZero();
    assertThat(IsothermImporters.standard().detect(path))
        .hasValueSatisfying(
            d -> assertThat(d.importer().getClass().getSimpleName()).isEqualTo(importer));
  }

  @Test
  void randomBytesAreNotDetectedAndAreRefusedWhenForced() throws Exception {
    byte[] junk = new byte[3000];
    new Random(11).nextBytes(junk);
    Path file = Files.write(dir.resolve("junk.csv"), junk);
    MicromeriticsIsothermCsvImporter importer = new MicromeriticsIsothermCsvImporter();
    assertThat(importer.detect(FileSample.of(file))).isZero();
    assertThatThrownBy(() -> importer.read(file))
        .isInstanceOf(ImportException.class)
        .hasMessageStartingWith("junk.csv");
    assertThatThrownBy(() -> IsothermImporters.read(file))
        .hasMessageStartingWith("junk.csv: sorption isotherm format not recognised")
        .hasMessageContaining("Micromeritics isotherm columns (.csv)");
  }

  @Test
  void titleRowAloneIsAnErrorNamingTheFile() throws Exception {
    Path file = write("titles.csv", text().substring(0, text().indexOf('\n') + 1));
    assertThatThrownBy(() -> IsothermImporters.read(file))
        .isInstanceOf(ImportException.class)
        .hasMessageStartingWith("titles.csv: no data points");
  }
}

package org.cellbook.analysis.sorption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.cellbook.analysis.importers.ImportException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Micromeritics reports exported as text, from the two public exports under src/test/resources
 * (README.md there gives their source and licence): a TriStar II 3020 report (UTF-16, adsorption
 * and desorption, Saturation Pressure per row in kPa, a 1.#QNAN p₀-only row) and a Gemini VII /
 * MicroActive report (UTF-16, adsorption only, mmol/g, one p₀ row with the other cells blank).
 */
class MicromeriticsTextReportImporterTest {

  /** cm³(STP) per mmol (METHODS.md §0). */
  private static final double CM3_PER_MMOL = 22.414;

  @TempDir Path dir;

  static Path resource(String name) throws Exception {
    return Path.of(MicromeriticsTextReportImporterTest.class.getResource(name).toURI());
  }

  private static String text(String name) throws Exception {
    return Files.readString(resource(name), StandardCharsets.UTF_16);
  }

  /** The text written back as the instrument does: UTF-16LE with a byte-order mark. */
  private Path utf16(String name, String text) throws Exception {
    byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[body.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(body, 0, bytes, 2, body.length);
    return Files.write(dir.resolve(name), bytes);
  }

  @Test
  void triStarReportIsReadWithBothBranchesAndItsHeader() throws Exception {
    Path file = resource("micromeritics_TriStarII_K01072A.TXT");
    assertThat(IsothermImporters.standard().detect(file))
        .hasValueSatisfying(
            d -> assertThat(d.importer()).isInstanceOf(MicromeriticsTextReportImporter.class));
    SorptionMeasurement m = IsothermImporters.read(file);

    // 135 table rows: one 1.#QNAN p0 row, 70 adsorption points up to p/p° 0.992924489, 64
    // desorption
    assertThat(m.adsorption().size()).isEqualTo(70);
    assertThat(m.desorption().size()).isEqualTo(64);
    Isotherm ads = m.adsorption();
    assertThat(ads.relativePressure()[0]).isEqualTo(0.000752095);
    assertThat(ads.amountMillimolesPerGram()[0]).isCloseTo(4.1346 / CM3_PER_MMOL, within(1e-12));
    assertThat(ads.relativePressure()[69]).isEqualTo(0.992924489);
    assertThat(ads.amountMillimolesPerGram()[69]).isCloseTo(86.2053 / CM3_PER_MMOL, within(1e-12));
    Isotherm des = m.desorption();
    assertThat(des.relativePressure()[0]).isEqualTo(0.060676796);
    assertThat(des.amountMillimolesPerGram()[0]).isCloseTo(12.8280 / CM3_PER_MMOL, within(1e-12));
    assertThat(des.relativePressure()[63]).isEqualTo(0.976605474);

    assertThat(m.format()).isEqualTo("Micromeritics report text (.txt)");
    assertThat(m.sampleName()).isEqualTo("K01072A");
    assertThat(m.sampleMassGrams()).isEqualTo(0.1493);
    assertThat(m.temperatureKelvin()).isEqualTo(77.350);
    assertThat(m.adsorbate()).isEqualTo("N2");
    assertThat(m.instrument()).isEqualTo("Micromeritics TriStar II 3020 V1.02");
    // mean of the Saturation Pressure (kPa) column over the adsorption points: 103.29–103.57 kPa
    assertThat(m.saturationPressurePascals()).isBetween(103_290.0, 103_580.0);
    assertThat(m.warnings()).isEmpty();
  }

  /**
   * The report's own BET (BET Surface Area Report of the same file): 65.1632 m²/g, C 67.187235, Qm
   * 14.9690 cm³/g STP from the six points at p/p° 0.1218–0.2687. The automatic Rouquerol range
   * gives a sane area of the same size for this mesoporous silica–alumina.
   */
  @Test
  void triStarBetOverTheInstrumentsRangeMatchesItsReport() throws Exception {
    Isotherm ads =
        IsothermImporters.read(resource("micromeritics_TriStarII_K01072A.TXT")).adsorption();
    BetAnalysis.Fit fit =
        BetAnalysis.fitRange(ads, 0.12, 0.27, BetAnalysis.NITROGEN_CROSS_SECTION_NM2);
    assertThat(fit.points()).isEqualTo(6);
    assertThat(fit.c()).isCloseTo(67.187235, within(0.01));
    assertThat(fit.monolayerMillimolesPerGram() * CM3_PER_MMOL).isCloseTo(14.9690, within(1e-3));
    assertThat(fit.areaSquareMetresPerGram()).isCloseTo(65.1632, within(0.1));

    BetAnalysis.Result auto = BetAnalysis.auto(ads, BetAnalysis.NITROGEN_CROSS_SECTION_NM2);
    assertThat(auto).isNotNull();
    assertThat(auto.fit().areaSquareMetresPerGram()).isBetween(55.0, 75.0);
    assertThat(auto.fit().c()).isPositive();
  }

  /**
   * Gemini VII: amounts in mmol/g, no per-row p₀ (one p₀-only row, the header's Sat. pressure
   * 770.761 mmHg), 29 adsorption points. Its BET report: 162.4547 m²/g, C 428.805315, Qm 1.66519
   * mmol/g over the 16 points up to p/p° 0.3037.
   */
  @Test
  void geminiReportIsReadAndGivesItsReportedBet() throws Exception {
    Path file = resource("micromeritics_GeminiVII_gvmh97400.TXT");
    SorptionMeasurement m = IsothermImporters.read(file);
    Isotherm ads = m.adsorption();
    assertThat(ads.size()).isEqualTo(29);
    assertThat(m.desorption().size()).isZero();
    assertThat(ads.relativePressure()[0]).isEqualTo(0.004850987);
    assertThat(ads.amountMillimolesPerGram()[0]).isEqualTo(1.03939);
    assertThat(ads.relativePressure()[28]).isEqualTo(0.949882695);
    assertThat(ads.amountMillimolesPerGram()[28]).isEqualTo(10.37950);
    assertThat(m.sampleName()).isEqualTo("gvmh97400");
    assertThat(m.sampleMassGrams()).isEqualTo(0.1210);
    assertThat(m.adsorbate()).isEqualTo("N2");
    assertThat(m.instrument()).isEqualTo("Micromeritics Gemini VII 2390 V1.03, MicroActive 3.00");
    assertThat(m.saturationPressurePascals())
        .isCloseTo(770.761 * Quantities.PASCALS_PER_TORR, within(0.01));

    BetAnalysis.Fit fit =
        BetAnalysis.fitRange(ads, 0.004, 0.31, BetAnalysis.NITROGEN_CROSS_SECTION_NM2);
    assertThat(fit.points()).isEqualTo(16);
    assertThat(fit.c()).isCloseTo(428.805315, within(0.05));
    assertThat(fit.monolayerMillimolesPerGram()).isCloseTo(1.66519, within(1e-4));
    assertThat(fit.areaSquareMetresPerGram()).isCloseTo(162.4547, within(0.2));
    assertThat(BetAnalysis.auto(ads, 0.162).fit().areaSquareMetresPerGram())
        .isBetween(140.0, 180.0);
  }

  /** Older TriStar software wrote the same report in windows-1252 ("ANSI"), not UTF-16. */
  @Test
  void windows1252ExportReadsLikeTheUtf16One() throws Exception {
    String report = text("micromeritics_TriStarII_K01072A.TXT");
    Path ansi =
        Files.write(
            dir.resolve("K01072A_ansi.TXT"), report.getBytes(Charset.forName("windows-1252")));
    SorptionMeasurement a = IsothermImporters.read(ansi);
    SorptionMeasurement u = IsothermImporters.read(resource("micromeritics_TriStarII_K01072A.TXT"));
    assertThat(a.format()).isEqualTo(u.format());
    assertThat(a.adsorption().amountMillimolesPerGram())
        .containsExactly(u.adsorption().amountMillimolesPerGram());
    assertThat(a.desorption().relativePressure())
        .containsExactly(u.desorption().relativePressure());
    assertThat(a.temperatureKelvin()).isEqualTo(77.350);
  }

  /** Scripts that re-encode old exports write UTF-16LE without a byte-order mark. */
  @Test
  void utf16WithoutByteOrderMarkIsReadToo() throws Exception {
    byte[] all = Files.readAllBytes(resource("micromeritics_GeminiVII_gvmh97400.TXT"));
    Path noBom = Files.write(dir.resolve("gvmh97400.TXT"), Arrays.copyOfRange(all, 2, all.length));
    SorptionMeasurement m = IsothermImporters.read(noBom);
    assertThat(m.format()).isEqualTo("Micromeritics report text (.txt)");
    assertThat(m.adsorption().amountMillimolesPerGram())
        .containsExactly(
            IsothermImporters.read(resource("micromeritics_GeminiVII_gvmh97400.TXT"))
                .adsorption()
                .amountMillimolesPerGram());
  }

  @Test
  void fileCutInsideTheTableKeepsTheCompleteRowsAndSaysSo() throws Exception {
    byte[] all = Files.readAllBytes(resource("micromeritics_TriStarII_K01072A.TXT"));
    // line 169 is a desorption row (p/p° 0.901245038); cut 9 characters into it, odd byte included
    String text = text("micromeritics_TriStarII_K01072A.TXT");
    int offset = 0;
    for (int k = 1; k < 169; k++) {
      offset = text.indexOf('\n', offset) + 1;
    }
    Path cut = dir.resolve("cut-K01072A.TXT");
    Files.write(cut, Arrays.copyOf(all, 2 + 2 * (offset + 9) + 1));

    SorptionMeasurement m = IsothermImporters.read(cut);
    assertThat(m.warnings())
        .singleElement()
        .asString()
        .contains("line 169 is incomplete (file cut?)");
    assertThat(m.adsorption().size()).isEqualTo(70);
    assertThat(m.desorption().size()).isEqualTo(8); // the rows on lines 161–168 of the branch
  }

  @Test
  void nonNumericCellIsAnErrorNamingFileLineAndColumn() throws Exception {
    Path bad =
        utf16(
            "bad-cell.TXT",
            text("micromeritics_TriStarII_K01072A.TXT")
                .replace(
                    "0.148757794     15.3716612     16.2046",
                    "0.148757794     15.3716612     16.2O46"));
    assertThatThrownBy(() -> IsothermImporters.read(bad))
        .isInstanceOf(ImportException.class)
        .hasMessage(
            "bad-cell.TXT, line 97, column 'Quantity Adsorbed (cm³/g STP)': '16.2O46' is not a"
                + " number")
        .satisfies(e -> assertThat(((ImportException) e).line()).isEqualTo(97));
  }

  @Test
  void relativePressureAboveOneIsAnErrorNamingTheLine() throws Exception {
    Path bad =
        utf16(
            "p-above-one.TXT",
            text("micromeritics_TriStarII_K01072A.TXT")
                .replace("  0.029189613      3.0160440", "  2.029189613      3.0160440"));
    assertThatThrownBy(() -> IsothermImporters.read(bad))
        .isInstanceOf(ImportException.class)
        .hasMessageStartingWith("p-above-one.TXT, line 93: relative pressure 2.029 is far above 1");
  }

  @Test
  void tableWithoutAQuantityColumnIsRefusedListingItsColumns() throws Exception {
    Path bad =
        utf16(
            "no-quantity.TXT",
            text("micromeritics_GeminiVII_gvmh97400.TXT")
                .replace("Quantity", "        ")
                .replace("Adsorbed", "        "));
    assertThatThrownBy(() -> IsothermImporters.read(bad))
        .isInstanceOf(ImportException.class)
        .hasMessageStartingWith("no-quantity.TXT, line ")
        .hasMessageContaining("needs a Quantity Adsorbed column")
        .hasMessageContaining("Relative Pressure (p/p°)");
  }

  @Test
  void rowWithOneValueTooManyIsAnErrorNamingTheLine() throws Exception {
    Path bad =
        utf16(
            "extra.TXT",
            text("micromeritics_GeminiVII_gvmh97400.TXT")
                .replace("2.08163      02:53", "2.08163      02:53    1.0    2.0"));
    assertThatThrownBy(() -> IsothermImporters.read(bad))
        .isInstanceOf(ImportException.class)
        .hasMessageStartingWith("extra.TXT, line 79: 6 values on a line of a table with 5 columns");
  }

  /**
   * Without the Relative Pressure column the Absolute Pressure (kPa) over each row's Saturation
   * Pressure (kPa) gives p/p°: the TriStar report with that column blanked reads to the
   * instrument's own p/p° within the printed digits (7 significant figures in kPa).
   */
  @Test
  void absolutePressureOverTheRowsSaturationPressureReplacesAMissingRelativeColumn()
      throws Exception {
    StringBuilder blanked = new StringBuilder();
    boolean table = false;
    boolean rows = false;
    for (String line : text("micromeritics_TriStarII_K01072A.TXT").split("\r?\n", -1)) {
      if (line.contains("Isotherm Tabular Report")) {
        table = true;
        rows = false;
      } else if (table && line.isBlank() && rows) {
        table = false;
      } else if (table && !line.isBlank() && !line.strip().startsWith("---")) {
        rows |= Character.isDigit(line.strip().charAt(0));
        // the relative-pressure column (title and cells) sits in the first 15 characters
        line = " ".repeat(15) + line.substring(Math.min(15, line.length()));
      }
      blanked.append(line).append("\r\n");
    }
    Path file = utf16("no-relative.TXT", blanked.toString());
    SorptionMeasurement m = IsothermImporters.read(file);
    SorptionMeasurement original =
        IsothermImporters.read(resource("micromeritics_TriStarII_K01072A.TXT"));
    assertThat(m.adsorption().size()).isEqualTo(70);
    assertThat(m.desorption().size()).isEqualTo(64);
    assertThat(m.adsorption().relativePressure()[0])
        .isCloseTo(0.0777197 / 103.3375938, within(1e-15));
    assertThat(m.adsorption().relativePressure())
        .containsExactly(original.adsorption().relativePressure(), within(2e-7));
    assertThat(m.desorption().relativePressure())
        .containsExactly(original.desorption().relativePressure(), within(2e-7));
    assertThat(m.adsorption().amountMillimolesPerGram())
        .containsExactly(original.adsorption().amountMillimolesPerGram());
  }

  @Test
  void randomBytesAreNotTakenForAReportEvenBehindAUtf16ByteOrderMark() throws Exception {
    byte[] junk = new byte[4000];
    new java.util.Random(3).nextBytes(junk);
    junk[0] = (byte) 0xFF;
    junk[1] = (byte) 0xFE;
    Path file = Files.write(dir.resolve("junk.TXT"), junk);
    MicromeriticsTextReportImporter importer = new MicromeriticsTextReportImporter();
    assertThat(importer.detect(org.cellbook.analysis.importers.FileSample.of(file))).isZero();
    assertThatThrownBy(() -> importer.read(file))
        .isInstanceOf(ImportException.class)
        .hasMessage("junk.TXT: no 'Isotherm Tabular Report' section: the report has no isotherm");
  }

  /**
   * A report that prints other pages before the isotherm (here the Summary Report page 40 times,
   * about 90 kB of UTF-16) has its table beyond the 64 kB head that detection samples: still
   * recognised, and read like the original.
   */
  @Test
  void longReportWithTheTableBeyondTheSampledHeadIsStillRecognised() throws Exception {
    String report = text("micromeritics_GeminiVII_gvmh97400.TXT");
    int summary = report.indexOf("Micromeritics Instrument Corp.");
    int table = report.indexOf("Micromeritics Instrument Corp.", summary + 1);
    String pages = report.substring(summary, table).repeat(40);
    Path file = utf16("long.TXT", report.substring(0, table) + pages + report.substring(table));
    assertThat(Files.size(file)).isGreaterThan(64 * 1024 + 20_000);
    assertThat(IsothermImporters.standard().detect(file))
        .hasValueSatisfying(
            d -> assertThat(d.importer()).isInstanceOf(MicromeriticsTextReportImporter.class));
    assertThat(IsothermImporters.read(file).adsorption().amountMillimolesPerGram())
        .containsExactly(
            IsothermImporters.read(resource("micromeritics_GeminiVII_gvmh97400.TXT"))
                .adsorption()
                .amountMillimolesPerGram());
  }

  @Test
  void reportWithoutTheTabularSectionIsNotTakenForAnIsotherm() throws Exception {
    Path summary =
        utf16(
            "summary.TXT",
            text("micromeritics_GeminiVII_gvmh97400.TXT")
                .replace("Isotherm Tabular Report", "Notes"));
    assertThat(
            new MicromeriticsTextReportImporter()
                .detect(org.cellbook.analysis.importers.FileSample.of(summary)))
        .isZero();
    assertThatThrownBy(() -> new MicromeriticsTextReportImporter().read(summary))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("no 'Isotherm Tabular Report' section");
  }
}

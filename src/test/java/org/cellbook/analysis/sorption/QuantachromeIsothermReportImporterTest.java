package org.cellbook.analysis.sorption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.cellbook.analysis.importers.ImportException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quantachrome "Isotherm" reports (Data Reduction Parameters, Relative Pressure and Volume @ STP in
 * cc/g) and NovaWin's Raw Analysis Data (P/Po), from the public exports under src/test/resources
 * (README.md there gives source and licence). The QuadraWin report BF001 comes with its Raw
 * Analysis Data, so both readings of one measurement can be compared.
 */
class QuantachromeIsothermReportImporterTest {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final double CM3_PER_MMOL = 22.414;

  @TempDir Path dir;

  private static Path resource(String name) throws Exception {
    return MicromeriticsTextReportImporterTest.resource(name);
  }

  private static String text(String name) throws Exception {
    return Files.readString(resource(name), WINDOWS_1252);
  }

  private Path write(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text, WINDOWS_1252);
  }

  @Test
  void quadraWinIsothermReportIsReadWithBothBranches() throws Exception {
    Path file = resource("quantachrome_QuadraWin_BF001_Isotherm.txt");
    assertThat(IsothermImporters.standard().detect(file))
        .hasValueSatisfying(
            d -> assertThat(d.importer()).isInstanceOf(QuantachromeIsothermReportImporter.class));
    SorptionMeasurement m = IsothermImporters.read(file);

    // 82 rows: adsorption up to P/Po 0.969176 (43), then desorption down to 0.00128716 (39)
    Isotherm ads = m.adsorption();
    Isotherm des = m.desorption();
    assertThat(ads.size()).isEqualTo(43);
    assertThat(des.size()).isEqualTo(39);
    assertThat(ads.relativePressure()[0]).isEqualTo(1.38243e-03);
    assertThat(ads.amountMillimolesPerGram()[0]).isCloseTo(112.3976 / CM3_PER_MMOL, within(1e-12));
    assertThat(ads.relativePressure()[42]).isEqualTo(0.969176);
    assertThat(ads.amountMillimolesPerGram()[42])
        .isCloseTo(1322.0430 / CM3_PER_MMOL, within(1e-12));
    assertThat(des.relativePressure()[0]).isEqualTo(1.28602e-03);
    assertThat(des.relativePressure()[38]).isEqualTo(0.936483);

    assertThat(m.format()).isEqualTo("Quantachrome Isotherm report (ASiQwin/QuadraWin)");
    assertThat(m.sampleName()).isEqualTo("BF001_80p_N2_77");
    assertThat(m.sampleMassGrams()).isEqualTo(0.0101);
    assertThat(m.adsorbate()).isEqualTo("N2");
    assertThat(m.temperatureKelvin()).isEqualTo(77.3); // Bath Temp, not the reduction's 77.350 K
    assertThat(m.instrument()).isEqualTo("QuadraSorb Station 1");
    assertThat(m.saturationPressurePascals()).isNull(); // the report gives P/Po only
    // the last desorption row (1.28716e-03) is a hair above the one before it (1.28602e-03)
    assertThat(m.warnings())
        .singleElement()
        .asString()
        .contains("1 desorption point(s) out of pressure order", "line 106");

    // DUT-13 is a MOF of ≈2000–2500 m²/g; a Rouquerol range exists on this isotherm
    BetAnalysis.Result bet = BetAnalysis.auto(ads, BetAnalysis.NITROGEN_CROSS_SECTION_NM2);
    assertThat(bet).isNotNull();
    assertThat(bet.fit().areaSquareMetresPerGram()).isBetween(1500.0, 3000.0);
    assertThat(bet.fit().c()).isPositive();
  }

  /**
   * The report's cc/g is the raw data's total cc over the sample weight (0.0101 g), its P/Po the
   * raw Press/P0 (mmHg, two decimals: ≤ 0.005/764 = 7e-6 apart); the BET areas agree to 0.5 %.
   */
  @Test
  void isothermReportAndRawAnalysisDataOfOneMeasurementAgree() throws Exception {
    SorptionMeasurement report =
        IsothermImporters.read(resource("quantachrome_QuadraWin_BF001_Isotherm.txt"));
    SorptionMeasurement raw =
        IsothermImporters.read(resource("quantachrome_QuadraWin_BF001_RawAnalysisData.txt"));
    assertThat(raw.format()).startsWith("Quantachrome Raw Analysis Data");
    for (Isotherm[] pair :
        new Isotherm[][] {
          {report.adsorption(), raw.adsorption()}, {report.desorption(), raw.desorption()}
        }) {
      assertThat(pair[1].size()).isEqualTo(pair[0].size());
      for (int k = 0; k < pair[0].size(); k++) {
        assertThat(pair[1].relativePressure()[k])
            .isCloseTo(pair[0].relativePressure()[k], within(1e-5));
        assertThat(pair[1].amountMillimolesPerGram()[k])
            .isCloseTo(
                pair[0].amountMillimolesPerGram()[k],
                within(1e-4 * pair[0].amountMillimolesPerGram()[k]));
      }
    }
    double a =
        BetAnalysis.fitRange(report.adsorption(), 0.005, 0.03, 0.162).areaSquareMetresPerGram();
    double b = BetAnalysis.fitRange(raw.adsorption(), 0.005, 0.03, 0.162).areaSquareMetresPerGram();
    assertThat(b).isCloseTo(a, within(0.005 * a));
  }

  @Test
  void asiqwinIsothermReportIsRead() throws Exception {
    SorptionMeasurement m =
        IsothermImporters.read(resource("quantachrome_ASiQwin_RE-306_Isotherm.txt"));
    assertThat(m.adsorption().size()).isEqualTo(26);
    assertThat(m.desorption().size()).isEqualTo(14);
    assertThat(m.adsorption().relativePressure()[0]).isEqualTo(1.19889e-02);
    assertThat(m.adsorption().amountMillimolesPerGram()[25])
        .isCloseTo(199.7299 / CM3_PER_MMOL, within(1e-12));
    assertThat(m.desorption().relativePressure()[0]).isEqualTo(7.92729e-03);
    assertThat(m.sampleMassGrams()).isEqualTo(0.0268);
    assertThat(m.instrument()).isEqualTo("QuadraSorb Station 4");
    assertThat(m.temperatureKelvin()).isEqualTo(77.3);
    BetAnalysis.Result bet = BetAnalysis.auto(m.adsorption(), 0.162);
    assertThat(bet).isNotNull();
    assertThat(bet.fit().areaSquareMetresPerGram()).isBetween(350.0, 650.0);
  }

  /**
   * NovaWin's Raw Analysis Data (P/Po, Po in mmHg, total cc; NovaWin 11.0): read by the raw-data
   * importer, amounts divided by the 0.0142 g sample weight.
   */
  @Test
  void novaWinRawAnalysisDataIsReadWithItsRelativePressures() throws Exception {
    Path file = resource("quantachrome_NovaWin_FL_A_41_2_RawAnalysisData.txt");
    assertThat(IsothermImporters.standard().detect(file))
        .hasValueSatisfying(
            d -> assertThat(d.importer()).isInstanceOf(QuantachromeRawDataImporter.class));
    SorptionMeasurement m = IsothermImporters.read(file);
    assertThat(m.adsorption().size()).isEqualTo(51);
    assertThat(m.desorption().size()).isEqualTo(64);
    assertThat(m.adsorption().relativePressure()[0]).isEqualTo(0.002939);
    assertThat(m.adsorption().amountMillimolesPerGram()[0])
        .isCloseTo(3.9227 / 0.0142 / CM3_PER_MMOL, within(1e-12));
    assertThat(m.adsorption().relativePressure()[50]).isEqualTo(0.953475);
    assertThat(m.desorption().relativePressure()[0]).isEqualTo(0.002465);
    assertThat(m.instrument()).isEqualTo("Nova Station A");
    assertThat(m.temperatureKelvin()).isEqualTo(77.3);
    assertThat(m.saturationPressurePascals())
        .isCloseTo(765.23 * Quantities.PASCALS_PER_TORR, within(1e-6));
    assertThat(BetAnalysis.auto(m.adsorption(), 0.162).fit().areaSquareMetresPerGram())
        .isBetween(800.0, 1500.0);
  }

  /**
   * A second NovaWin export (NovaWin 11.03, Po in Torr, total cc): its header says Nitrogen with a
   * Bath Temp of 273.0 K while Po is 760 Torr, the "Nitrogen at 273 K" quirk of METHODS.md §5. The
   * file is read as it stands and the implausible temperature is named in a warning.
   */
  @Test
  void novaWinExportWithAnImplausibleBathTemperatureIsReadWithAWarning() throws Exception {
    Path file = resource("quantachrome_NovaWin_RE-22_RawAnalysisData.txt");
    assertThat(IsothermImporters.standard().detect(file))
        .hasValueSatisfying(
            d -> assertThat(d.importer()).isInstanceOf(QuantachromeRawDataImporter.class));
    SorptionMeasurement m = IsothermImporters.read(file);
    // 49 rows: adsorption up to P/Po 0.947697 (30), desorption down to 0.050744 (19)
    assertThat(m.adsorption().size()).isEqualTo(30);
    assertThat(m.desorption().size()).isEqualTo(19);
    assertThat(m.adsorption().relativePressure()[0]).isEqualTo(0.006464);
    assertThat(m.adsorption().amountMillimolesPerGram()[0])
        .isCloseTo(0.8940 / 0.032 / CM3_PER_MMOL, within(1e-12));
    assertThat(m.adsorption().relativePressure()[29]).isEqualTo(0.947697);
    assertThat(m.adsorption().amountMillimolesPerGram()[29])
        .isCloseTo(21.3178 / 0.032 / CM3_PER_MMOL, within(1e-12));
    assertThat(m.desorption().relativePressure()[0]).isEqualTo(0.050744);
    assertThat(m.desorption().relativePressure()[18]).isEqualTo(0.904032);
    assertThat(m.sampleMassGrams()).isEqualTo(0.032);
    assertThat(m.adsorbate()).isEqualTo("N2");
    assertThat(m.instrument()).isEqualTo("Nova Station C");
    assertThat(m.saturationPressurePascals()).isCloseTo(101_325.0, within(1e-6));
    assertThat(m.temperatureKelvin()).isEqualTo(273.0);
    assertThat(m.warnings())
        .singleElement()
        .asString()
        .contains("N2 at 273.00 K", "check the bath temperature");
  }

  @Test
  void fileCutInsideARowKeepsTheCompleteRowsAndSaysSo() throws Exception {
    byte[] all = Files.readAllBytes(resource("quantachrome_QuadraWin_BF001_Isotherm.txt"));
    String text = new String(all, WINDOWS_1252);
    int offset = 0;
    for (int k = 1; k < 50; k++) {
      offset = text.indexOf('\n', offset) + 1;
    }
    Path cut = Files.write(dir.resolve("cut-BF001.txt"), Arrays.copyOf(all, offset + 30));
    SorptionMeasurement m = IsothermImporters.read(cut);
    assertThat(m.warnings()).singleElement().asString().contains("line 50 is incomplete");
    assertThat(m.adsorption().size()).isEqualTo(25); // the rows on lines 25–49
    assertThat(m.desorption().size()).isZero();
  }

  @Test
  void nonNumericCellIsAnErrorNamingFileAndLine() throws Exception {
    Path bad =
        write(
            "bad-cell.txt",
            text("quantachrome_QuadraWin_BF001_Isotherm.txt").replace("137.2077", "137,2077"));
    assertThatThrownBy(() -> IsothermImporters.read(bad))
        .isInstanceOf(ImportException.class)
        .hasMessageStartingWith("bad-cell.txt, line 26: expected 2 numbers")
        .hasMessageContaining("137,2077");
  }

  @Test
  void relativePressureAboveOneIsAnErrorNamingTheLine() throws Exception {
    Path bad =
        write(
            "above-one.txt",
            text("quantachrome_QuadraWin_BF001_Isotherm.txt")
                .replace("3.25202e-03", "3.25202e+01"));
    assertThatThrownBy(() -> IsothermImporters.read(bad))
        .isInstanceOf(ImportException.class)
        .hasMessageStartingWith("above-one.txt, line 27: relative pressure 32.52 is far above 1");
  }

  @Test
  void totalVolumeWithoutSampleWeightIsRefused() throws Exception {
    Path bad =
        write(
            "total.txt",
            text("quantachrome_QuadraWin_BF001_Isotherm.txt")
                .replace("Sample weight: 0.0101 g", "                       ")
                .replace("      cc/g", "        cc"));
    assertThatThrownBy(() -> IsothermImporters.read(bad))
        .isInstanceOf(ImportException.class)
        .hasMessageStartingWith("total.txt, line 25, column 'Volume @ STP'")
        .hasMessageContaining("no sample mass");
  }

  @Test
  void unknownVolumeUnitIsRefused() throws Exception {
    Path bad =
        write(
            "unit.txt",
            text("quantachrome_ASiQwin_RE-306_Isotherm.txt").replace("      cc/g", "      ml/h"));
    assertThatThrownBy(() -> IsothermImporters.read(bad))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("unit 'ml/h' is not cc/g or cc");
  }

  @Test
  void tableWithoutARelativePressureColumnIsRefusedListingItsColumns() throws Exception {
    Path bad =
        write(
            "no-relative.txt",
            text("quantachrome_QuadraWin_BF001_Isotherm.txt").replace("Relative", "Absolute"));
    assertThatThrownBy(() -> IsothermImporters.read(bad))
        .isInstanceOf(ImportException.class)
        .hasMessage(
            "no-relative.txt, line 21: the table has no Relative Pressure (P/Po) column; its"
                + " columns are Absolute Pressure, Volume @ STP cc/g");
  }

  @Test
  void randomBytesAreNotTakenForAReport() throws Exception {
    byte[] junk = new byte[4000];
    new java.util.Random(5).nextBytes(junk);
    Path file = Files.write(dir.resolve("junk.txt"), junk);
    QuantachromeIsothermReportImporter importer = new QuantachromeIsothermReportImporter();
    assertThat(importer.detect(org.cellbook.analysis.importers.FileSample.of(file))).isZero();
    assertThatThrownBy(() -> importer.read(file))
        .isInstanceOf(ImportException.class)
        .hasMessage("junk.txt: no 'Data Reduction Parameters' block: not an isotherm report");
  }

  @Test
  void reportCutBeforeItsTableIsAnError() throws Exception {
    String report = text("quantachrome_QuadraWin_BF001_Isotherm.txt");
    Path header = write("header.txt", report.substring(0, report.indexOf("Adsorbate")));
    assertThatThrownBy(() -> IsothermImporters.read(header))
        .isInstanceOf(ImportException.class)
        .hasMessageStartingWith("header.txt, line 16")
        .hasMessageContaining("'Volume @ STP' column title is missing");
  }
}

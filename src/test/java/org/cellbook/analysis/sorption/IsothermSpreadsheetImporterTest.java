package org.cellbook.analysis.sorption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cellbook.analysis.importers.ImportException;
import org.cellbook.analysis.importers.ImporterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Isotherm tables in spreadsheets. The workbooks are written in the test from a real measurement
 * (the QuadraWin BF001 "Isotherm" report, a public MIT-licensed export among the test resources):
 * the same points, in cc/g, under the titles Quantachrome software uses ("P/Po", "Volume @ STP
 * (cc/g)"), after a few lines of sample information, adsorption then desorption. Read back, they
 * must give the report's own isotherm and BET area.
 */
class IsothermSpreadsheetImporterTest {

  @TempDir Path dir;

  private static SorptionMeasurement report() throws Exception {
    return IsothermImporters.read(
        MicromeriticsTextReportImporterTest.resource("quantachrome_QuadraWin_BF001_Isotherm.txt"));
  }

  private Path write(Workbook wb, String name, String amountTitle, String garbageAt)
      throws Exception {
    SorptionMeasurement m = report();
    Sheet sheet = wb.createSheet("Isotherm");
    sheet.createRow(0).createCell(0).setCellValue("Sample ID: BF001");
    sheet.createRow(1).createCell(0).setCellValue("Adsorbate: Nitrogen, 77.35 K");
    Row title = sheet.createRow(3);
    title.createCell(0).setCellValue("P/Po");
    title.createCell(1).setCellValue(amountTitle);
    int r = 4;
    for (Isotherm branch : new Isotherm[] {m.adsorption(), m.desorption()}) {
      if (branch == null) {
        continue;
      }
      for (int k = 0; k < branch.size(); k++) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(branch.relativePressure()[k]);
        double amount = branch.amountMillimolesPerGram()[k];
        if (amountTitle.contains("cc")) {
          amount *= Isotherm.CM3_STP_PER_MMOL;
        }
        if (garbageAt != null && r == 10) {
          row.createCell(1).setCellValue(garbageAt);
        } else {
          row.createCell(1).setCellValue(amount);
        }
        r++;
      }
    }
    Path file = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(file)) {
      wb.write(out);
    }
    wb.close();
    return file;
  }

  @Test
  void xlsxAndXlsGiveTheReportsIsothermAndBetArea() throws Exception {
    SorptionMeasurement original = report();
    double area =
        BetAnalysis.auto(original.adsorption(), BetAnalysis.NITROGEN_CROSS_SECTION_NM2)
            .fit()
            .areaSquareMetresPerGram();
    for (Path file :
        new Path[] {
          write(new XSSFWorkbook(), "BF001.xlsx", "Volume @ STP (cc/g)", null),
          write(new HSSFWorkbook(), "BF001.xls", "Volume @ STP (cc/g)", null)
        }) {
      ImporterRegistry.Detection<IsothermImporter> d =
          IsothermImporters.standard().detect(file).orElseThrow();
      assertThat(d.importer()).as(file.toString()).isInstanceOf(IsothermSpreadsheetImporter.class);
      SorptionMeasurement read = d.importer().read(file);
      assertThat(read.adsorption().size()).isEqualTo(original.adsorption().size());
      assertThat(read.desorption().size()).isEqualTo(original.desorption().size());
      for (int k = 0; k < read.adsorption().size(); k++) {
        assertThat(read.adsorption().amountMillimolesPerGram()[k])
            .isCloseTo(original.adsorption().amountMillimolesPerGram()[k], within(1e-9));
      }
      assertThat(
              BetAnalysis.auto(read.adsorption(), BetAnalysis.NITROGEN_CROSS_SECTION_NM2)
                  .fit()
                  .areaSquareMetresPerGram())
          .isCloseTo(area, within(1e-6 * area));
    }
  }

  @Test
  void amountsInMmolPerGramAreTakenAsSuch() throws Exception {
    Path file = write(new XSSFWorkbook(), "mmol.xlsx", "Amount adsorbed (mmol/g)", null);
    SorptionMeasurement read = IsothermImporters.read(file);
    assertThat(read.adsorption().amountMillimolesPerGram()[0])
        .isCloseTo(report().adsorption().amountMillimolesPerGram()[0], within(1e-12));
  }

  @Test
  void aCellThatIsNotANumberIsNamedWithItsRow() throws Exception {
    Path file = write(new XSSFWorkbook(), "bad.xlsx", "Volume @ STP (cc/g)", "n/a");
    assertThatThrownBy(() -> IsothermImporters.read(file))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("bad.xlsx")
        .hasMessageContaining("11")
        .hasMessageContaining("'n/a' is not a number");
  }

  @Test
  void aWorkbookWithoutAnIsothermTableIsNotTakenForOne() throws Exception {
    Path file = write(new XSSFWorkbook(), "plain.xlsx", "Weight (g)", null);
    assertThat(
            new IsothermSpreadsheetImporter()
                .detect(org.cellbook.analysis.importers.FileSample.of(file)))
        .isZero();
    assertThatThrownBy(() -> new IsothermSpreadsheetImporter().read(file))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("no sheet has a title row");
    Path cut = dir.resolve("cut.xlsx");
    byte[] whole =
        Files.readAllBytes(write(new XSSFWorkbook(), "whole.xlsx", "Volume @ STP (cc/g)", null));
    Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));
    assertThatThrownBy(() -> new IsothermSpreadsheetImporter().read(cut))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("cut.xlsx");
  }
}

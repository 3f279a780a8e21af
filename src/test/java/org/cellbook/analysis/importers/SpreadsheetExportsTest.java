package org.cellbook.analysis.importers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cellbook.analysis.series.CellSeries;
import org.cellbook.analysis.series.InstrumentStepType;
import org.cellbook.analysis.testdata.SharedData;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workbook layouts written in the test (no shared sample exists for them). */
class SpreadsheetExportsTest {

  private static void header(Worksheet ws, String... names) {
    for (int c = 0; c < names.length; c++) {
      ws.value(0, c, names[c]);
    }
  }

  @Test
  void arbinWorkbookConcatenatesChannelSheetsAndResetsCountersPerCycle(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("arbin.xlsx");
    String[] h = {
      "Test_Time(s)",
      "Step_Index",
      "Cycle_Index",
      "Current(A)",
      "Voltage(V)",
      "Charge_Capacity(Ah)",
      "Discharge_Capacity(Ah)"
    };
    try (OutputStream out = Files.newOutputStream(file);
        Workbook wb = new Workbook(out, "test", "1.0")) {
      wb.newWorksheet("Global_Info").value(0, 0, "TEST REPORT");
      Worksheet a = wb.newWorksheet("Channel_1_1");
      header(a, h);
      double[][] rowsA = {
        {0, 1, 1, -0.001, 1.0, 0, 0},
        {3600, 1, 1, -0.001, 0.1, 0, 0.001},
        {3601, 2, 1, 0.001, 0.2, 0, 0.001},
      };
      write(a, rowsA);
      Worksheet b = wb.newWorksheet("Channel_1_2");
      header(b, h);
      double[][] rowsB = {
        {7200, 2, 1, 0.001, 1.5, 0.0009, 0.001},
        {7201, 3, 2, -0.001, 1.0, 0, 0},
        {10800, 3, 2, -0.001, 0.1, 0, 0.00095},
      };
      write(b, rowsB);
    }

    CellSeries s = CyclerImporters.importFile(file, ImportOptions.defaults());

    assertThat(s.size()).isEqualTo(6);
    assertThat(s.metadata().warnings()).anyMatch(w -> w.contains("2 Channel sheets"));
    // charge step: Σ(chg + dchg) − value at the end of the previous step = 0.9 mAh
    assertThat(s.stepChargeMilliAmpHours()[3])
        .isCloseTo(0.9, org.assertj.core.data.Offset.offset(1e-12));
    // counters reset with the new cycle
    assertThat(s.stepChargeMilliAmpHours()[5])
        .isCloseTo(0.95, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(s.currentMilliAmps()[0]).isEqualTo(-1.0);
  }

  @Test
  void newareWorkbookFindsTheRecordSheetByItsHeader(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("neware.xlsx");
    try (OutputStream out = Files.newOutputStream(file);
        Workbook wb = new Workbook(out, "test", "1.0")) {
      wb.newWorksheet("Info").value(0, 0, "BTSDA");
      Worksheet rec = wb.newWorksheet("Detail_27_1_1");
      header(
          rec,
          "DataPoint",
          "Cycle Index",
          "Step Index",
          "Step Type",
          "Time",
          "Cumulative Time",
          "Current(mA)",
          "Voltage(V)",
          "Capacity(mAh)");
      Object[][] rows = {
        {1, 1, 1, "Rest", "00:00:00", "00:00:00", 0.0, 3.0, 0.0},
        {2, 1, 2, "CC DChg", "01:00:00", "01:00:00", -1.0, 2.0, 1.0},
        {3, 1, 3, "CCCV Chg", "30:00:00", "31:00:00", 1.0, 4.2, 0.5},
      };
      for (int r = 0; r < rows.length; r++) {
        for (int c = 0; c < rows[r].length; c++) {
          Object v = rows[r][c];
          if (v instanceof String str) {
            rec.value(r + 1, c, str);
          } else {
            rec.value(r + 1, c, ((Number) v).doubleValue());
          }
        }
      }
    }

    CellSeries s = CyclerImporters.importFile(file, ImportOptions.defaults());

    assertThat(s.metadata().format()).isEqualTo("Neware BTSDA .xlsx");
    assertThat(s.timeSeconds()).containsExactly(0, 3600, 31 * 3600);
    assertThat(s.stepType())
        .containsExactly(
            InstrumentStepType.REST,
            InstrumentStepType.CC_DISCHARGE,
            InstrumentStepType.CCCV_CHARGE);
    assertThat(s.stepChargeMilliAmpHours()).containsExactly(0, 1, 0.5);
  }

  @Test
  void uploadStreamIsParsedUnderItsOwnName() throws Exception {
    try (InputStream in =
        Files.newInputStream(SharedData.file("land/synthetic_LAND_NaHC_formation_rate.xlsx"))) {
      CellSeries s = new LandImporter().parse(in, "upload.xlsx", ImportOptions.defaults());
      assertThat(s.size()).isEqualTo(22503);
    }
  }

  private static void write(Worksheet ws, double[][] rows) {
    for (int r = 0; r < rows.length; r++) {
      for (int c = 0; c < rows[r].length; c++) {
        ws.value(r + 1, c, rows[r][c]);
      }
    }
  }

  /**
   * Arbin's older MITS Pro writes the same workbook as BIFF .xls: the real Arbin xlsx of the shared
   * set, written again as .xls sheet by sheet and cell by cell, must read exactly as the original.
   */
  @Test
  void arbinBinaryWorkbookReadsAsItsXlsx(@TempDir Path dir) throws Exception {
    Path xlsx = SharedData.file("navani__bs542_004_gr_li_50ua_50mv_1v_191020_Channel_11.xlsx");
    Path xls = dir.resolve("arbin.xls");
    try (InputStream in = Files.newInputStream(xlsx);
        org.apache.poi.xssf.usermodel.XSSFWorkbook source =
            new org.apache.poi.xssf.usermodel.XSSFWorkbook(in);
        org.apache.poi.hssf.usermodel.HSSFWorkbook target =
            new org.apache.poi.hssf.usermodel.HSSFWorkbook();
        OutputStream out = Files.newOutputStream(xls)) {
      for (org.apache.poi.ss.usermodel.Sheet from : source) {
        org.apache.poi.ss.usermodel.Sheet to = target.createSheet(from.getSheetName());
        for (org.apache.poi.ss.usermodel.Row row : from) {
          org.apache.poi.ss.usermodel.Row copy = to.createRow(row.getRowNum());
          for (org.apache.poi.ss.usermodel.Cell cell : row) {
            org.apache.poi.ss.usermodel.Cell c = copy.createCell(cell.getColumnIndex());
            switch (cell.getCellType()) {
              case NUMERIC -> c.setCellValue(cell.getNumericCellValue());
              case STRING -> c.setCellValue(cell.getStringCellValue());
              default -> {}
            }
          }
        }
      }
      target.write(out);
    }

    CellSeries expected = CyclerImporters.importFile(xlsx, ImportOptions.defaults());
    CellSeries actual = CyclerImporters.importFile(xls, ImportOptions.defaults());

    assertThat(actual.metadata().format()).isEqualTo("Arbin .xls");
    assertThat(actual.size()).isEqualTo(expected.size());
    assertThat(actual.timeSeconds()).containsExactly(expected.timeSeconds());
    assertThat(actual.voltageVolts()).containsExactly(expected.voltageVolts());
    assertThat(actual.currentMilliAmps()).containsExactly(expected.currentMilliAmps());
    assertThat(actual.stepChargeMilliAmpHours())
        .containsExactly(expected.stepChargeMilliAmpHours());
    assertThat(actual.instrumentCycleIndex()).containsExactly(expected.instrumentCycleIndex());
  }
}

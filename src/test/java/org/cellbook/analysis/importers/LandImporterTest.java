package org.cellbook.analysis.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.cellbook.analysis.series.CellSeries;
import org.cellbook.analysis.series.InstrumentStepType;
import org.cellbook.analysis.testdata.SharedData;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

class LandImporterTest {

  private final LandImporter importer = new LandImporter();

  @ParameterizedTest
  @CsvSource({
    "land/synthetic_LAND_NaHC_formation_rate.txt, land/synthetic_LAND_NaHC_formation_rate.txt.expected.json",
    "land/synthetic_LAND_NaHC_formation_rate.xlsx, land/synthetic_LAND_NaHC_formation_rate.expected.json"
  })
  void readsRecordsUnitsAndMassOfTheSharedLandFiles(String file, String expectedJson)
      throws Exception {
    JsonNode expected = SharedData.json(expectedJson);
    CellSeries s = importer.parse(SharedData.file(file), ImportOptions.defaults());

    assertThat(s.size()).isEqualTo(expected.get("rows").asInt());
    assertThat(max(s.voltageVolts())).isCloseTo(expected.get("V_max").asDouble(), within(1e-9));
    assertThat(min(s.voltageVolts())).isCloseTo(expected.get("V_min").asDouble(), within(1e-9));
    assertThat(s.metadata().activeMassMilligrams())
        .isCloseTo(expected.get("active_mass_mg").asDouble(), within(1e-6));
    // 30 and 50 mA/g on 1.2 mg: |I| = 0.036 and 0.060 mA, sodiation negative
    assertThat(min(s.currentMilliAmps())).isCloseTo(-0.060, within(1e-9));
    assertThat(s.instrumentCycleIndex()[s.size() - 1]).isEqualTo(expected.get("cycles").asInt());
    assertThat(s.stepType())
        .contains(
            InstrumentStepType.REST, InstrumentStepType.CC_CHARGE, InstrumentStepType.CC_DISCHARGE);
    // TestTime/h → s: the record log interval is 30 s
    assertThat(s.timeSeconds()[2] - s.timeSeconds()[1]).isCloseTo(30.0, within(0.01));
  }

  @Test
  void detectsLandByContentNotByName(@TempDir Path dir) throws Exception {
    Path renamed = SharedData.copyAs("land/synthetic_LAND_NaHC_formation_rate.txt", dir, "run.dat");
    assertThat(importer.detect(FileSample.of(renamed))).isGreaterThan(0.9);
    ImporterRegistry.Detection<CyclerImporter> best =
        CyclerImporters.standard().detect(renamed).orElseThrow();
    assertThat(best.importer()).isInstanceOf(LandImporter.class);
  }

  @Test
  void refusesCexWithAdviceToExport(@TempDir Path dir) throws Exception {
    Path cex = dir.resolve("cell01.cex");
    Files.write(cex, new byte[] {0x4C, 0x41, 0x00, 0x01, 0x02, (byte) 0xFF, 0x00, 0x00});
    assertThat(CyclerImporters.standard().detect(cex).orElseThrow().importer())
        .isInstanceOf(LandImporter.class);
    assertThatThrownBy(() -> importer.parse(cex, ImportOptions.defaults()))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("cell01.cex")
        .hasMessageContaining("export");
  }

  @Test
  void readsChineseHeadersInGbkText(@TempDir Path dir) throws Exception {
    String text =
        "记录序号\t测试时间/h\t电流/mA\t容量/mAh\t电压/V\t循环序号\t工步序号\t工步状态\r\n"
            + "1\t0\t0\t0\t2.8\t1\t1\t搁置\r\n"
            + "2\t0.5\t-1\t0.5\t0.5\t1\t2\t恒流放电\r\n"
            + "3\t1\t-1\t1\t0.01\t1\t2\t恒流放电\r\n"
            + "4\t1.5\t1\t0.5\t0.5\t1\t3\t恒流充电\r\n"
            + "5\t2\t1\t0.9\t2.0\t1\t3\t恒流充电\r\n";
    Path file = dir.resolve("land_cn.txt");
    Files.write(file, text.getBytes(Charset.forName("GBK")));

    CellSeries s = CyclerImporters.importFile(file, ImportOptions.defaults());

    assertThat(s.metadata().format()).startsWith("LAND");
    assertThat(s.timeSeconds()).containsExactly(0, 1800, 3600, 5400, 7200);
    assertThat(s.stepType())
        .containsExactly(
            InstrumentStepType.REST,
            InstrumentStepType.CC_DISCHARGE,
            InstrumentStepType.CC_DISCHARGE,
            InstrumentStepType.CC_CHARGE,
            InstrumentStepType.CC_CHARGE);
    assertThat(s.stepChargeMilliAmpHours()).containsExactly(0, 0.5, 1, 0.5, 0.9);
  }

  /** Variant (b) of LAND.md, written here: µA / µAh, DefaultGroup sheet, program step numbers. */
  @Test
  void readsLanheWorkbookWithMicroampUnitsAndRepeatingProgramSteps(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("lanhe.xlsx");
    try (OutputStream out = Files.newOutputStream(file);
        Workbook wb = new Workbook(out, "test", "1.0")) {
      Worksheet info = wb.newWorksheet("Test information");
      info.value(0, 0, "Test name");
      info.value(0, 1, "Active material");
      info.value(1, 0, "demo");
      info.value(1, 1, "Active material: 1.570 mg");
      Worksheet data = wb.newWorksheet("Ch1_DefaultGroup");
      String[] h = {
        "Record",
        "SysTime",
        "Cycle",
        "Step",
        "TestTime",
        "StepTime",
        "Voltage/V",
        "Current/uA",
        "Capacity/uAh",
        "SpeCap/mAh/g"
      };
      for (int c = 0; c < h.length; c++) {
        data.value(0, c, h[c]);
      }
      // cycle 1: rest (step 1), CCD (step 2), CCC (step 4); cycle 2: CCD again as step 2
      Object[][] rows = {
        {1, 1, 1, "0 00:00:00.000", 2.5, 0, 0},
        {2, 1, 2, "0 01:00:00.000", 0.3, -100, 100},
        {3, 1, 2, "0 02:00:00.000", 0.01, -100, 200},
        {4, 1, 4, "0 03:00:00.000", 0.5, 100, 100},
        {5, 1, 4, "0 04:00:00.000", 2.0, 100, 180},
        {6, 2, 2, "0 05:00:00.000", 0.3, -100, 100},
        {7, 2, 2, "1 00:00:00.000", 0.01, -100, 190},
      };
      for (int r = 0; r < rows.length; r++) {
        Object[] v = rows[r];
        data.value(r + 1, 0, (Integer) v[0]);
        data.value(r + 1, 1, LocalDateTime.of(2024, 1, 1, 0, 0).plusHours(r));
        data.value(r + 1, 2, (Integer) v[1]);
        data.value(r + 1, 3, (Integer) v[2]);
        data.value(r + 1, 4, (String) v[3]);
        data.value(r + 1, 5, "");
        data.value(r + 1, 6, ((Number) v[4]).doubleValue());
        data.value(r + 1, 7, ((Number) v[5]).doubleValue());
        data.value(r + 1, 8, ((Number) v[6]).doubleValue());
        data.value(r + 1, 9, ((Number) v[6]).doubleValue() / 1.57);
      }
    }

    CellSeries s = CyclerImporters.importFile(file, ImportOptions.defaults());

    assertThat(s.metadata().format()).contains("LANHE");
    assertThat(s.metadata().activeMassMilligrams()).isEqualTo(1.57);
    assertThat(s.currentMilliAmps()).containsExactly(0, -0.1, -0.1, 0.1, 0.1, -0.1, -0.1);
    assertThat(s.stepChargeMilliAmpHours()[4]).isCloseTo(0.18, within(1e-12));
    assertThat(s.timeSeconds()[6]).isEqualTo(86400.0);
    // program step 2 occurs in both cycles: they must be different series steps
    assertThat(s.stepIndex()[1]).isNotEqualTo(s.stepIndex()[5]);
    assertThat(s.instrumentCycleIndex()).containsExactly(1, 1, 1, 1, 1, 2, 2);
  }

  /** Variant (d) of LAND.md, written here with POI: BIFF, header block above the columns. */
  @Test
  void readsBiffWorkbookWithHeaderBlockAndDayClockTimes(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("land.xls");
    try (HSSFWorkbook wb = new HSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      wb.createSheet("Cycle");
      wb.createSheet("Step");
      Sheet rec = wb.createSheet("Record");
      rec.createRow(0).createCell(0).setCellValue("Test name: demo");
      rec.createRow(1).createCell(0).setCellValue("Active material: 21.488 mg");
      Row header = rec.createRow(3);
      String[] h = {
        "Record",
        "TestTime",
        "Current/mA",
        "Capacity/mAh",
        "Voltage/V",
        "Cycle-Index",
        "Step-Index",
        "Step-State"
      };
      for (int c = 0; c < h.length; c++) {
        header.createCell(c).setCellValue(h[c]);
      }
      Object[][] rows = {
        {1, "0 00:00:00", 0.0, 0.0, 2.9, 1, 1, "R"},
        {2, "0 10:00:00", -1.0, 10.0, 0.01, 1, 2, "RateD"},
        {3, "15 22:36:16", 1.0, 9.0, 2.0, 1, 3, "RateC"},
      };
      for (int r = 0; r < rows.length; r++) {
        Row row = rec.createRow(4 + r);
        for (int c = 0; c < rows[r].length; c++) {
          Object v = rows[r][c];
          if (v instanceof String str) {
            row.createCell(c).setCellValue(str);
          } else {
            row.createCell(c).setCellValue(((Number) v).doubleValue());
          }
        }
      }
      wb.write(out);
    }

    CellSeries s = CyclerImporters.importFile(file, ImportOptions.defaults());

    assertThat(s.metadata().format()).contains(".xls");
    assertThat(s.metadata().activeMassMilligrams()).isEqualTo(21.488);
    assertThat(s.timeSeconds()).containsExactly(0, 36000, 15 * 86400 + 22 * 3600 + 36 * 60 + 16);
    assertThat(s.stepType())
        .containsExactly(
            InstrumentStepType.REST, InstrumentStepType.CC_DISCHARGE, InstrumentStepType.CC_CHARGE);
  }

  @Test
  void missingCurrentColumnIsNamedInTheError(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.txt");
    Files.writeString(file, "Record\tTestTime/h\tVoltage/V\tCurrent\r\n1\t0\t2.5\tabc\r\n");
    assertThatThrownBy(() -> importer.parse(file, ImportOptions.defaults()))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("bad.txt")
        .hasMessageContaining("line 2")
        .hasMessageContaining("'Current'")
        .hasMessageContaining("abc");
  }

  static double max(double[] a) {
    double m = Double.NEGATIVE_INFINITY;
    for (double x : a) {
      m = Math.max(m, x);
    }
    return m;
  }

  static double min(double[] a) {
    double m = Double.POSITIVE_INFINITY;
    for (double x : a) {
      m = Math.min(m, x);
    }
    return m;
  }
}

package org.cellbook.analysis.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.cellbook.analysis.run.Analyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Capacities come from the file's own counters, cut at each step and cycle boundary. */
class ChargeCountersTest {

  /**
   * At each step boundary the counter restarts when its first value lies nearer 0 than the previous
   * step's last, else it carries on; a file cut mid-step keeps what its first step had logged.
   */
  @Test
  void eachStepBoundaryDecidesRestartOrCarryOn() {
    SeriesBuilder b = new SeriesBuilder(16);
    // step: counter values (a signed counter in the last step, as EC-Lab's Q charge/discharge)
    double[][] steps = {{5.0, 6.0, 7.0}, {7.1, 8.0}, {0.1, 0.5}, {-0.1, -0.9}};
    double t = 0;
    for (int step = 0; step < steps.length; step++) {
      for (double q : steps[step]) {
        b.add(t++, 3.0, step % 2 == 0 ? 1 : -1, q, 1, step, null, Double.NaN);
      }
    }
    double[] charge =
        b.build(
                new org.cellbook.analysis.series.SeriesMetadata(
                    "test", null, null, null, null, List.of(), java.util.Map.of(), List.of()),
                SeriesBuilder.Counter.RESTARTS_OR_CARRIES_ON)
            .stepChargeMilliAmpHours();
    assertThat(charge)
        .containsExactly(new double[] {5.0, 6.0, 7.0, 0.1, 1.0, 0.1, 0.5, 0.1, 0.9}, within(1e-12));
  }

  /**
   * An EC-Lab chronopotentiometry export of a cathode (CP: Ns 0 rest at Is = 0, then 1 charge at
   * +0.5 mA for 2 h, 2 rest at Is = 0, 3 discharge at −0.5 mA for 1.8 h, 4 rest; Ns 1–4 three
   * times) that carries EC-Lab's half-cycle counter {@code Q charge/discharge/mA.h} but no (Q−Qo).
   * The measured current of the rests is ±2 µA of noise: it must neither be integrated nor open
   * half cycles.
   */
  @Test
  void ecLabChronopotentiometryUsesItsHalfCycleCounter(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("CP_3cycles_C01.mpt");
    Files.write(file, chronopotentiometry(new Random(31)), StandardCharsets.ISO_8859_1);

    JsonNode json =
        new JsonMapper()
            .readTree(Analyzer.analyze(List.of(file), Analyzer.Settings.defaults(), true).output());

    JsonNode cycles = json.get("cycles");
    assertThat(cycles).hasSize(3);
    for (JsonNode c : cycles) {
      assertThat(c.get("charge_mah").asDouble()).isCloseTo(1.0, within(1e-3));
      assertThat(c.get("discharge_mah").asDouble()).isCloseTo(0.9, within(1e-3));
    }
    assertThat(json.get("warnings").toString()).doesNotContain("integrate");
  }

  private static List<String> chronopotentiometry(Random random) {
    List<String> lines = new ArrayList<>();
    lines.add("EC-Lab ASCII FILE");
    lines.add("Nb header lines : 6");
    lines.add("");
    lines.add("Chronopotentiometry");
    lines.add("");
    lines.add(
        "mode\tox/red\terror\tcontrol changes\tNs changes\tcounter inc.\tNs\ttime/s\tcontrol/mA"
            + "\tEwe/V\tI/mA\tdq/mA.h\tQ charge/discharge/mA.h\thalf cycle\tcycle number");
    double[] t = {0};
    double[] q = {0};
    int[] half = {0};
    double[] lastSet = {0};
    // Ns, set current (mA), duration (s)
    int[][] program = {{1, 1, 7200}, {2, 0, 1800}, {3, -1, 6480}, {4, 0, 1800}};
    step(lines, random, 0, 0, 3600, 0, t, q, half, lastSet);
    for (int cycle = 0; cycle < 3; cycle++) {
      for (int[] p : program) {
        step(lines, random, p[0], 0.5 * p[1], p[2], cycle, t, q, half, lastSet);
      }
    }
    return lines;
  }

  /** One CP sequence, a record every 60 s; EC-Lab starts a new half cycle when Is changes sign. */
  private static void step(
      List<String> lines,
      Random random,
      int ns,
      double set,
      int seconds,
      int cycle,
      double[] t,
      double[] q,
      int[] half,
      double[] lastSet) {
    if (set != 0 && lastSet[0] != 0 && Math.signum(set) != Math.signum(lastSet[0])) {
      half[0]++;
      q[0] = 0;
    }
    if (set != 0) {
      lastSet[0] = set;
    }
    for (int s = 0; s < seconds; s += 60) {
      double current = set + 2e-3 * random.nextGaussian();
      double dq = current * 60 / 3600;
      t[0] += 60;
      q[0] += dq;
      lines.add(
          String.format(
              Locale.ROOT,
              "1\t%d\t0\t0\t0\t0\t%d\t%.3f\t%.4f\t%.6f\t%.7e\t%.7e\t%.7e\t%d\t%d",
              current > 0 ? 1 : 0,
              ns,
              t[0],
              set,
              3.5 + 0.3 * Math.signum(set),
              current,
              dq,
              q[0],
              half[0],
              cycle + 1));
    }
  }

  /**
   * A LAND workbook (classic layout: Cycle-Tab, Step-Tab, Record-Tab) whose discharge is two CCD
   * steps, 0.5 mA to 0.05 V then 0.05 mA to 0.005 V, and whose record capacity runs on across them
   * (2.75 mAh at the end of the first, 3.03 at the end of the second, as LAND's cycle sheet says).
   * Summed step by step it gave 5.78 mAh.
   */
  @Test
  void landRecordCapacityRunningOnAcrossTwoDischargeStepsIsCountedOnce(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("land_two_ccd_steps.xlsx");
    writeLand(file, 3.03);

    JsonNode json =
        new JsonMapper()
            .readTree(Analyzer.analyze(List.of(file), Analyzer.Settings.defaults(), true).output());

    JsonNode cycles = json.get("cycles");
    assertThat(cycles).hasSize(2);
    for (JsonNode c : cycles) {
      assertThat(c.get("discharge_mah").asDouble()).isCloseTo(3.03, within(1e-9));
      assertThat(c.get("charge_mah").asDouble()).isCloseTo(2.9, within(1e-9));
    }
  }

  /**
   * LAND's own Cycle-Tab is checked against the records: it agrees here, and a sheet saying 2.5 mAh
   * where the records pass 3.03 is named in a warning.
   */
  @Test
  void landCycleSheetIsCheckedAgainstTheRecords(@TempDir Path dir) throws Exception {
    Path agreeing = dir.resolve("agreeing.xlsx");
    writeLand(agreeing, 3.03);
    Path disagreeing = dir.resolve("disagreeing.xlsx");
    writeLand(disagreeing, 2.5);

    assertThat(CyclerImporters.importFile(agreeing, ImportOptions.defaults()).metadata().warnings())
        .noneMatch(w -> w.contains("cycle sheet"));
    assertThat(
            CyclerImporters.importFile(disagreeing, ImportOptions.defaults()).metadata().warnings())
        .anyMatch(
            w ->
                w.contains("cycle sheet")
                    && w.contains(
                        "cycle 1 discharge 2.5 mAh in the sheet, 3.03 mAh from the records")
                    && w.contains("cycle 2 discharge"));
  }

  /**
   * Two cycles of: rest, CCD 0.5 mA for 5.5 h (2.75 mAh), CCD 0.05 mA for 5.6 h (running on to 3.03
   * mAh), rest, CCC 0.5 mA for 5.8 h (2.9 mAh); a record every 6 min and at each step end.
   */
  static void writeLand(Path file, double cycleSheetDischargeMilliAmpHours) throws Exception {
    try (java.io.OutputStream out = Files.newOutputStream(file);
        org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(out, "test", "1.0")) {
      wb.newWorksheet("Test information").value(0, 0, "Active material");
      org.dhatim.fastexcel.Worksheet cycleTab = wb.newWorksheet("Cycle-Tab");
      String[] cycleHeader = {"Cycle", "CapC/mAh", "CapD/mAh", "Efficiency/%"};
      for (int c = 0; c < cycleHeader.length; c++) {
        cycleTab.value(0, c, cycleHeader[c]);
      }
      for (int cycle = 1; cycle <= 2; cycle++) {
        cycleTab.value(cycle, 0, cycle);
        cycleTab.value(cycle, 1, 2.9);
        cycleTab.value(cycle, 2, cycleSheetDischargeMilliAmpHours);
        cycleTab.value(cycle, 3, 100 * 2.9 / cycleSheetDischargeMilliAmpHours);
      }
      org.dhatim.fastexcel.Worksheet record = wb.newWorksheet("Record-Tab");
      String[] header = {
        "Record",
        "TestTime/h",
        "StepTime/h",
        "Current/mA",
        "Capacity/mAh",
        "Voltage/V",
        "Cycle-Index",
        "Step-Index",
        "Step-State"
      };
      for (int c = 0; c < header.length; c++) {
        record.value(0, c, header[c]);
      }
      // state, current (mA), hours, capacity at the step's start (mAh), start and end voltage
      Object[][] steps = {
        {"R", 0.0, 0.5, 0.0, 1.2, 1.2},
        {"CCD", -0.5, 5.5, 0.0, 1.2, 0.05},
        {"CCD", -0.05, 5.6, 2.75, 0.05, 0.005},
        {"R", 0.0, 0.5, 0.0, 0.02, 0.02},
        {"CCC", 0.5, 5.8, 0.0, 0.02, 1.5},
      };
      int row = 1;
      int step = 0;
      double time = 0;
      for (int cycle = 1; cycle <= 2; cycle++) {
        for (Object[] st : steps) {
          step++;
          double current = (Double) st[1];
          double hours = (Double) st[2];
          int n = (int) Math.round(hours * 10);
          for (int k = 0; k <= n; k++) {
            double h = hours * k / n;
            double v = (Double) st[4] + ((Double) st[5] - (Double) st[4]) * k / n;
            record.value(row, 0, row);
            record.value(row, 1, time + h);
            record.value(row, 2, h);
            record.value(row, 3, current);
            record.value(row, 4, (Double) st[3] + Math.abs(current) * h);
            record.value(row, 5, v);
            record.value(row, 6, cycle);
            record.value(row, 7, step);
            record.value(row, 8, (String) st[0]);
            row++;
          }
          time += hours;
        }
      }
    }
  }
}

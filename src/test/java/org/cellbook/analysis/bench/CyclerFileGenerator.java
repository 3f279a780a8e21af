package org.cellbook.analysis.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Deterministic (seeded) generator of large synthetic cycler files for benchmarks: a Na | hard
 * carbon half cell, 1.2 mg, cycled at 30 mA g⁻¹ (0.036 mA) between 0.001 and 3.0 V with 10 min
 * rests, one record every 10 s, ±0.1 mV seeded noise on the voltage. Two layouts: the LAND text
 * export (tab, CRLF, 17 columns) and a plain CSV as in {@code synthetic_Na_hardcarbon_halfcell}.
 */
public final class CyclerFileGenerator {

  /** Output layout. */
  public enum Layout {
    LAND_TXT,
    CSV
  }

  private static final double MASS_G = 0.0012;
  private static final double CURRENT_MA = 0.036;
  private static final double DT_S = 10;

  private CyclerFileGenerator() {}

  /**
   * Writes the LAND text file, then copies its records into a classic LAND workbook (sheet
   * "Record-Tab", numbers as numeric cells, text as shared strings).
   */
  public static void writeLandWorkbook(Path txt, Path xlsx) throws IOException {
    try (java.io.OutputStream out = Files.newOutputStream(xlsx);
        java.util.stream.Stream<String> lines = Files.lines(txt, StandardCharsets.US_ASCII)) {
      org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(out, "bench", "1.0");
      org.dhatim.fastexcel.Worksheet ws = wb.newWorksheet("Record-Tab");
      int[] row = {0};
      lines.forEach(
          line -> {
            String[] f = line.split("\t", -1);
            for (int c = 0; c < f.length; c++) {
              if (f[c].isEmpty()) {
                continue;
              }
              char c0 = f[c].charAt(0);
              boolean numeric =
                  row[0] > 0 && c != 12 && (Character.isDigit(c0) || c0 == '-') && f[c].length() > 1
                      || (row[0] > 0 && f[c].length() == 1 && Character.isDigit(c0));
              if (numeric) {
                ws.value(row[0], c, Double.parseDouble(f[c]));
              } else {
                ws.value(row[0], c, f[c]);
              }
            }
            row[0]++;
            if ((row[0] & 0xFFF) == 0) {
              try {
                ws.flush();
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            }
          });
      wb.finish();
    }
  }

  /** Writes {@code records} records; the same seed gives the same bytes. */
  public static void write(Path file, int records, Layout layout, long seed) throws IOException {
    SplittableRandom rnd = new SplittableRandom(seed);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
      String eol = layout == Layout.LAND_TXT ? "\r\n" : "\n";
      if (layout == Layout.LAND_TXT) {
        w.write(
            "Record\tTestTime/h\tStepTime/h\tCurrent/mA\tCapacity/mAh\tSpeCap/mAh/g\tSOC|DOD/%\t"
                + "Voltage/V\tEnergy/mWh\tSpeEnergy/Wh/kg\tAuxTemp/dC.\tAuxVolt/V\tSysTime\t\t"
                + "Cycle-Index\tStep-Index\tStep-State"
                + eol);
      } else {
        w.write("# active_mass_mg: 1.2" + eol);
        w.write(
            "record,cycle,step,step_type,test_time_s,step_time_s,voltage_V,current_mA,capacity_mAh"
                + eol);
      }
      StringBuilder line = new StringBuilder(160);
      int record = 0;
      int step = 0;
      int cycle = 0;
      double t = 0;
      double v = 2.85;
      // sodiation 0.43 mAh → 43000 s at 0.036 mA; desodiation 0.4159 mAh
      int[] phaseRecords = {60, 4300, 60, 4159};
      while (record < records) {
        cycle++;
        for (int phase = 0; phase < 4 && record < records; phase++) {
          step++;
          String state =
              switch (phase) {
                case 1 -> "CCD";
                case 3 -> "CCC";
                default -> "R";
              };
          double i = phase == 1 ? -CURRENT_MA : phase == 3 ? CURRENT_MA : 0;
          int n = phaseRecords[phase];
          double q = 0;
          for (int k = 0; k < n && record < records; k++) {
            record++;
            double stepTime = k * DT_S;
            q = Math.abs(i) * stepTime / 3600;
            double x = (double) k / n;
            v =
                switch (phase) {
                  case 1 -> 0.001 + 0.9 * Math.pow(1 - x, 3) + 0.05 * (1 - x);
                  case 3 -> 0.05 + 2.0 * Math.pow(x, 4) + 0.1 * x;
                  default -> v;
                };
            double vn = v + (rnd.nextDouble() - 0.5) * 2e-4;
            line.setLength(0);
            if (layout == Layout.LAND_TXT) {
              line.append(record).append('\t');
              line.append(fmt(t / 3600, 6))
                  .append('\t')
                  .append(fmt(stepTime / 3600, 6))
                  .append('\t');
              line.append(fmt(i, 6)).append('\t').append(fmt(q, 7)).append('\t');
              line.append(fmt(q / MASS_G, 3))
                  .append('\t')
                  .append(fmt(100 * q / 0.5, 3))
                  .append('\t');
              line.append(fmt(vn, 4)).append('\t').append(fmt(q * vn, 7)).append('\t');
              line.append(fmt(q * vn / MASS_G, 3)).append("\t-\t-\t2024-02-05 10:15:32\t\t");
              line.append(cycle).append('\t').append(step).append('\t').append(state);
            } else {
              line.append(record).append(',').append(cycle).append(',').append(step).append(',');
              line.append(phase == 1 ? "CC_DChg" : phase == 3 ? "CC_Chg" : "Rest").append(',');
              line.append(fmt(t, 1)).append(',').append(fmt(stepTime, 1)).append(',');
              line.append(fmt(vn, 4)).append(',').append(fmt(i, 4)).append(',').append(fmt(q, 6));
            }
            line.append(eol);
            w.append(line);
            t += DT_S;
          }
        }
      }
    }
  }

  private static String fmt(double x, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", x);
  }
}

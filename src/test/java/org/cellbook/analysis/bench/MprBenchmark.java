package org.cellbook.analysis.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.cellbook.analysis.cycling.CyclingAnalysis;
import org.cellbook.analysis.cycling.CyclingOptions;
import org.cellbook.analysis.cycling.CyclingResult;
import org.cellbook.analysis.importers.CyclerImporters;
import org.cellbook.analysis.importers.ImportOptions;
import org.cellbook.analysis.series.CellSeries;

/**
 * Import + full cycling analysis of a generated BioLogic {@code .mpr} (GCPL layout, data module
 * version 2) of N records; prints every run, the median and records/s. Not a unit test. Run (after
 * the README's classpath step):
 *
 * <pre>java -Xmx256m -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     org.cellbook.analysis.bench.MprBenchmark 1000000 7</pre>
 */
public final class MprBenchmark {

  private MprBenchmark() {}

  public static void main(String[] args) throws Exception {
    int records = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    Path file = Files.createTempFile("cellbook-bench", ".mpr");
    try {
      write(file, records, 20240205L);
      System.out.printf(
          Locale.ROOT,
          "records %d, .mpr %.1f MB, max heap %d MB%n",
          records,
          Files.size(file) / 1e6,
          Runtime.getRuntime().maxMemory() >> 20);
      double[] seconds = new double[runs];
      for (int r = 0; r < runs; r++) {
        long t0 = System.nanoTime();
        CellSeries s = CyclerImporters.importFile(file, ImportOptions.defaults());
        long t1 = System.nanoTime();
        CyclingResult result = CyclingAnalysis.analyze(s, CyclingOptions.defaults());
        long t2 = System.nanoTime();
        seconds[r] = (t2 - t0) / 1e9;
        System.out.printf(
            Locale.ROOT,
            "  run %d: import %.3f s + analysis %.3f s (%d cycles)%n",
            r + 1,
            (t1 - t0) / 1e9,
            (t2 - t1) / 1e9,
            result.cycles().size());
      }
      double[] sorted = seconds.clone();
      Arrays.sort(sorted);
      double median = sorted[runs / 2];
      System.out.printf(
          Locale.ROOT,
          ".mpr import + full cycling analysis: median %.3f s, %.2f M records/s (target < 1.5 s)%n",
          median,
          records / median / 1e6);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /**
   * A GCPL-like file: 20 half cycles of constant current ±0.05 mA between 0.01 and 2.0 V with
   * rests, columns mode/ox-red flags, time/s, Ewe/V, I/mA, (Q−Qo)/mA.h, half cycle.
   */
  public static void write(Path file, int records, long seed) throws IOException {
    int[] ids = {1, 2, 4, 6, 8, 13, 468};
    int width = 1 + 8 + 4 + 4 + 8 + 4;
    int header = 405;
    int dataLength = header + records * width;
    ByteBuffer b =
        ByteBuffer.allocate(52 + 57 + 16 + 57 + dataLength).order(ByteOrder.LITTLE_ENDIAN);
    b.put("BIO-LOGIC MODULAR FILE\u001a".getBytes(StandardCharsets.US_ASCII));
    b.position(52);
    module(b, "VMP Set", "VMP settings", 16, 0);
    b.put("Galvanostatic   ".getBytes(StandardCharsets.US_ASCII));
    module(b, "VMP data", "VMP data", dataLength, 2);
    int start = b.position();
    b.putInt(records).put((byte) ids.length);
    for (int id : ids) {
      b.putShort((short) id);
    }
    b.position(start + header);
    Random random = new Random(seed);
    int perHalf = Math.max(records / 20, 2);
    double q = 0;
    for (int k = 0; k < records; k++) {
      int half = Math.min(k / perHalf, 19);
      boolean reduction = half % 2 == 0;
      int inHalf = k - half * perHalf;
      boolean rest = inHalf < perHalf / 20;
      double current = rest ? 0 : reduction ? -0.05 : 0.05;
      double progress = (double) inHalf / perHalf;
      double volts = reduction ? 2.0 - 1.99 * progress : 0.01 + 1.99 * progress;
      q += current * 10 / 3600;
      b.put((byte) ((rest ? 3 : 1) | (current > 0 ? 0x04 : 0)));
      b.putDouble(k * 10.0);
      b.putFloat((float) (volts + random.nextGaussian() * 1e-4));
      b.putFloat((float) current);
      b.putDouble(q);
      b.putInt(half);
    }
    Files.write(file, b.array());
  }

  private static void module(
      ByteBuffer b, String shortName, String longName, int length, int version) {
    b.put("MODULE".getBytes(StandardCharsets.US_ASCII));
    b.put(String.format("%-10s", shortName).getBytes(StandardCharsets.US_ASCII));
    b.put(String.format("%-25s", longName).getBytes(StandardCharsets.US_ASCII));
    b.putInt(length).putInt(version);
    b.put("11/25/26".getBytes(StandardCharsets.US_ASCII));
  }
}

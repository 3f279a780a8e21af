package org.cellbook.analysis.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.cellbook.analysis.importers.CyclerImporters;
import org.cellbook.analysis.importers.ImportOptions;
import org.cellbook.analysis.series.CellSeries;

/**
 * Parse-only time of instrument files in process (format detected as an upload is), to set beside
 * another reader timed the same way on the same files ({@code bin/bench-parsers} runs NewareNDA and
 * openpyxl interleaved with this). Warms up for at least {@value #WARM_UP_SECONDS} s (the steady
 * state of a running server, not the JIT compiling the reader), then prints the median per file.
 * Not a unit test. Run (after the README's classpath step):
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     org.cellbook.analysis.bench.ParseBenchmark 7 FILE...</pre>
 */
public final class ParseBenchmark {

  private static final int WARM_UP_SECONDS = 2;

  private ParseBenchmark() {}

  public static void main(String[] args) throws Exception {
    int runs = Integer.parseInt(args[0]);
    for (int a = 1; a < args.length; a++) {
      Path file = Path.of(args[a]);
      long warmUpStart = System.nanoTime();
      for (int w = 0; w < 3 || System.nanoTime() - warmUpStart < WARM_UP_SECONDS * 1e9; w++) {
        CyclerImporters.importFile(file, ImportOptions.defaults());
      }
      double[] seconds = new double[runs];
      int records = 0;
      for (int r = 0; r < runs; r++) {
        long t0 = System.nanoTime();
        CellSeries s = CyclerImporters.importFile(file, ImportOptions.defaults());
        seconds[r] = (System.nanoTime() - t0) / 1e9;
        records = s.size();
      }
      Arrays.sort(seconds);
      System.out.printf(
          Locale.ROOT,
          "%s: %d records, %.1f MB, median %.4f s (min %.4f, max %.4f) over %d runs%n",
          file.getFileName(),
          records,
          Files.size(file) / 1e6,
          seconds[runs / 2],
          seconds[0],
          seconds[runs - 1],
          runs);
    }
  }
}

package org.cellbook.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.cellbook.analysis.bench.CyclerFileGenerator;
import org.cellbook.cells.CellFilter;
import org.cellbook.cells.CellService;
import org.cellbook.demo.DemoNotebook;
import org.cellbook.measurements.MeasurementPlots;
import org.cellbook.measurements.MeasurementService;
import org.cellbook.measurements.MeasurementStatus;
import org.cellbook.measurements.NewFile;
import org.cellbook.measurements.plots.Plot;
import org.cellbook.security.SystemUser;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;

/**
 * Upload to results on screen (target: &lt; 3 s for a 10⁶-record file): a seeded LAND text file is
 * attached to a demo cell through the service the upload page uses; the clock stops when the
 * measurement is analysed and its plots (read back from the columnar store, LTTB-reduced) are built
 * — what the measurement page draws. Run (README, "Contributing"):
 *
 * <pre>java -Xmx1g -cp target/classes:target/test-classes:$(cat target/cp.txt)
 *     org.cellbook.bench.UploadBenchmark 1000000 5</pre>
 */
public final class UploadBenchmark {

  private UploadBenchmark() {}

  public static void main(String[] args) throws Exception {
    int records = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    Path dir = Files.createTempDirectory("cellbook-upload-bench");
    Path file = dir.resolve("bench_land.txt");
    CyclerFileGenerator.write(file, records, CyclerFileGenerator.Layout.LAND_TXT, 7);
    try (ConfigurableApplicationContext context = BenchNotebook.open(dir.resolve("notebook"))) {
      MeasurementService measurements = context.getBean(MeasurementService.class);
      MeasurementPlots plots = context.getBean(MeasurementPlots.class);
      SystemUser.call(() -> context.getBean(DemoNotebook.class).load());
      measurements.awaitAnalyses(Duration.ofMinutes(5));
      String cell =
          context
              .getBean(CellService.class)
              .page(CellFilter.none(), PageRequest.of(0, 1))
              .getFirst()
              .getCode();
      System.out.printf(
          Locale.ROOT,
          "%d records, LAND text %.1f MB, attached to %s%n",
          records,
          Files.size(file) / 1e6,
          cell);
      List<Double> seconds = new ArrayList<>();
      for (int run = 1; run <= runs; run++) {
        long start = System.nanoTime();
        String code =
            SystemUser.call(
                () ->
                    measurements
                        .attachToCell(
                            cell,
                            null,
                            List.of(
                                new NewFile("bench_land.txt", () -> Files.newInputStream(file))),
                            null)
                        .getCode());
        measurements.awaitAnalyses(Duration.ofMinutes(5));
        long analysed = System.nanoTime();
        List<Plot> shown = SystemUser.call(() -> uncheckedPlots(plots, code));
        long end = System.nanoTime();
        MeasurementStatus status = measurements.get(code).getStatus();
        seconds.add((end - start) / 1e9);
        System.out.printf(
            Locale.ROOT,
            "  run %d: %s %s, stored + analysed %.3f s, plots %.3f s, total %.3f s (%d plots)%n",
            run,
            code,
            status,
            (analysed - start) / 1e9,
            (end - analysed) / 1e9,
            (end - start) / 1e9,
            shown.size());
      }
      Collections.sort(seconds);
      System.out.printf(
          Locale.ROOT,
          "upload of a %d-record file to results and plots: median %.3f s (target < 3 s)%n",
          records,
          seconds.get(seconds.size() / 2));
    }
  }

  private static List<Plot> uncheckedPlots(MeasurementPlots plots, String code) {
    try {
      return plots.of(code);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

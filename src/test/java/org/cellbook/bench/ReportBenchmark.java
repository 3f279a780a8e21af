package org.cellbook.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.cellbook.Fixtures;
import org.cellbook.analysis.bench.CyclerFileGenerator;
import org.cellbook.base.ReportKind;
import org.cellbook.measurements.MeasurementService;
import org.cellbook.measurements.NewFile;
import org.cellbook.reports.ReportService;
import org.cellbook.security.SystemUser;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Cell report from a 10⁶-record cycler file (target: &lt; 2 s, file &lt; 1 MB): a seeded LAND text
 * file is attached to a new half cell and analysed; then the whole cell passport (lineage, KPIs,
 * rate table, five vector plots read back from the columnar store and LTTB-reduced) is written as
 * PDF, several times. Run (README, "Contributing"):
 *
 * <pre>java -Xmx1g -cp target/classes:target/test-classes:$(cat target/cp.txt)
 *     org.cellbook.bench.ReportBenchmark 1000000 7</pre>
 */
public final class ReportBenchmark {

  private ReportBenchmark() {}

  public static void main(String[] args) throws Exception {
    int records = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    Path dir = Files.createTempDirectory("cellbook-report-bench");
    Path file = dir.resolve("bench_land.txt");
    CyclerFileGenerator.write(file, records, CyclerFileGenerator.Layout.LAND_TXT, 7);
    try (ConfigurableApplicationContext context = BenchNotebook.open(dir.resolve("notebook"))) {
      MeasurementService measurements = context.getBean(MeasurementService.class);
      ReportService reports = context.getBean(ReportService.class);
      String cell = SystemUser.call(() -> context.getBean(Fixtures.class).halfCell().getCode());
      SystemUser.call(
          () ->
              measurements.attachToCell(
                  cell,
                  null,
                  List.of(new NewFile("bench_land.txt", () -> Files.newInputStream(file))),
                  null));
      measurements.awaitAnalyses(Duration.ofMinutes(5));
      System.out.printf(
          Locale.ROOT,
          "%d records, LAND text %.1f MB, analysed on %s%n",
          records,
          Files.size(file) / 1e6,
          cell);
      List<Double> seconds = new ArrayList<>();
      byte[] pdf = null;
      for (int run = 1; run <= runs; run++) {
        long start = System.nanoTime();
        pdf = reports.render(ReportKind.CELL, cell, "bench");
        double s = (System.nanoTime() - start) / 1e9;
        seconds.add(s);
        System.out.printf(Locale.ROOT, "  run %d: %.3f s, %d bytes%n", run, s, pdf.length);
      }
      try (PDDocument doc = Loader.loadPDF(pdf)) {
        Collections.sort(seconds);
        System.out.printf(
            Locale.ROOT,
            "cell report from a %d-record file: median %.3f s (target < 2 s), %.0f kB (target <"
                + " 1 MB), %d pages%n",
            records,
            seconds.get(seconds.size() / 2),
            pdf.length / 1e3,
            doc.getNumberOfPages());
      }
    }
  }
}

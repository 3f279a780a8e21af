package org.cellbook.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.cellbook.audit.Verification;
import org.cellbook.base.RecordFinder;
import org.cellbook.cells.CellFilter;
import org.cellbook.cells.CellService;
import org.cellbook.cells.CellStatus;
import org.cellbook.electrodes.SheetFilter;
import org.cellbook.electrodes.SheetService;
import org.cellbook.lineage.Lineage;
import org.cellbook.lineage.LineageService;
import org.cellbook.lineage.TraceDirection;
import org.cellbook.materials.LotFilter;
import org.cellbook.materials.LotService;
import org.cellbook.measurements.CellSearch;
import org.cellbook.measurements.KpiCondition;
import org.cellbook.measurements.SeriesComparison;
import org.cellbook.security.SystemUser;
import org.cellbook.synthesis.BatchFilter;
import org.cellbook.synthesis.BatchService;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Notebook-scale benchmark: generates a notebook of N cells with their chains in a fresh H2
 * database, then prints median times of lineage walks, first pages of the list views and the global
 * search. Run (README, "Contributing"):
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 *     -Dexec.mainClass=org.cellbook.bench.NotebookBenchmark -Dexec.args="100000"</pre>
 */
public final class NotebookBenchmark {

  private static final int RUNS = 15;

  private NotebookBenchmark() {}

  public static void main(String[] args) throws Exception {
    int cells = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    Path dir = Files.createTempDirectory("cellbook-bench");
    try (ConfigurableApplicationContext context = BenchNotebook.open(dir)) {
      long start = System.nanoTime();
      NotebookGenerator.Summary made =
          new NotebookGenerator(context.getBean(DataSource.class), 42).generate(cells);
      System.out.printf(
          Locale.ROOT,
          "generated %s in %.1f s (data dir %s)%n",
          made,
          (System.nanoTime() - start) / 1e9,
          dir);

      start = System.nanoTime();
      int kpis = new KpiGenerator(context.getBean(DataSource.class), 43).generate();
      System.out.printf(
          Locale.ROOT,
          "generated %d KPIs (a cycling measurement per cell, sorption per product lot) in %.1f s%n",
          kpis,
          (System.nanoTime() - start) / 1e9);

      verify(context);

      LineageService lineage = context.getBean(LineageService.class);
      CellSearch cellSearch = context.getBean(CellSearch.class);
      SeriesComparison comparison = context.getBean(SeriesComparison.class);
      // H2 caches the result of a repeated identical query: each run asks a slightly different one.
      java.util.concurrent.atomic.AtomicInteger run =
          new java.util.concurrent.atomic.AtomicInteger();
      List<String> fiftyBatches =
          context
              .getBean(BatchService.class)
              .page(BatchFilter.none(), PageRequest.of(0, 50, Sort.by("code")))
              .stream()
              .map(org.cellbook.synthesis.SynthesisBatch::getCode)
              .toList();
      LotService lots = context.getBean(LotService.class);
      BatchService batches = context.getBean(BatchService.class);
      RecordFinder finder = context.getBean(RecordFinder.class);
      SheetService sheets = context.getBean(SheetService.class);
      CellService cellService = context.getBean(CellService.class);
      PageRequest firstPage = PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "createdAt"));
      String someCell = "BC-%06d".formatted(made.cells() / 2);

      SystemUser.call(
          () -> {
            report(
                "lineage back, cell → precursors (target < 50 ms)",
                () -> lineage.trace(someCell, TraceDirection.BACK),
                l ->
                    l.nodes().size()
                        + " records, depth "
                        + l.nodes().stream().mapToInt(Lineage.Node::depth).max().orElse(0));
            report(
                "lineage forward, batch → 1,000 cells (target < 50 ms)",
                () -> lineage.trace(NotebookGenerator.BIG_BATCH, TraceDirection.FORWARD),
                l ->
                    l.nodes().stream()
                            .filter(n -> n.record().type() == org.cellbook.base.RecordType.CELL)
                            .count()
                        + " cells");
            report(
                "lots list, first page (target < 300 ms)",
                () -> lots.page(LotFilter.none(), firstPage),
                r -> r.size() + " rows");
            report(
                "batches list, first page (target < 300 ms)",
                () -> batches.page(BatchFilter.none(), firstPage),
                r -> r.size() + " rows");
            report(
                "batches list, filtered ≥ 1000 °C, first page",
                () ->
                    batches.page(
                        new BatchFilter(null, null, null, 1000.0, null, null, null, null, null),
                        firstPage),
                r -> r.size() + " rows");
            report(
                "sheets list, first page (target < 300 ms)",
                () -> sheets.page(SheetFilter.none(), firstPage),
                r -> r.size() + " rows");
            report(
                "cells list, first page (target < 300 ms)",
                () -> cellService.page(CellFilter.none(), firstPage),
                r -> r.size() + " rows");
            report(
                "cells list, filtered by status, first page",
                () ->
                    cellService.page(
                        new CellFilter(null, CellStatus.ON_TEST, null, null, null, null),
                        firstPage),
                r -> r.size() + " rows");
            report(
                "search by exact code", () -> finder.find(someCell, 20), r -> r.size() + " hits");
            report("search by text", () -> finder.find("sheet 4711", 20), r -> r.size() + " hits");
            report(
                "KPI search: cells with ICE > 80 % from batches ≥ 1000 °C, first page (target < 200 ms)",
                () ->
                    cellSearch.find(
                        new CellSearch.Query(
                            List.of(
                                new KpiCondition("ice", ">", 0.8 + 1e-9 * run.incrementAndGet())),
                            1000.0,
                            null,
                            null,
                            null),
                        "code",
                        false,
                        0,
                        50),
                r -> r.size() + " cells");
            report(
                "KPI search, selective: ICE > 89 % and > 340 mAh g⁻¹ (≈ 0.2 % of cells), first page",
                () ->
                    cellSearch.find(
                        new CellSearch.Query(
                            List.of(
                                new KpiCondition("ice", ">", 0.89 + 1e-9 * run.incrementAndGet()),
                                KpiCondition.parse("reversible_capacity_mah_g>340")),
                            null,
                            null,
                            null,
                            null),
                        "temperature",
                        true,
                        0,
                        50),
                r -> r.size() + " cells");
            report(
                "series view of 50 batches: table + scatter with fit (target < 1 s)",
                () -> {
                  var rows = comparison.compare(fiftyBatches);
                  return SeriesComparison.scatter(
                      rows, "material:r_value", "cell:sloping_capacity_mah_g");
                },
                s -> s.batches().size() + " batches plotted");
            return null;
          });
    }
  }

  /**
   * The audit history the services would have written (a revision per record), sealed by a first
   * verify, then verify alone: the figure {@code verify} takes on this notebook.
   */
  private static void verify(ConfigurableApplicationContext context) throws Exception {
    long start = System.nanoTime();
    long revisions = AuditedHistory.write(context.getBean(DataSource.class));
    System.out.printf(
        Locale.ROOT,
        "wrote %d audited revisions in %.1f s%n",
        revisions,
        (System.nanoTime() - start) / 1e9);
    Verification verification = context.getBean(Verification.class);
    start = System.nanoTime();
    Verification.Report sealed = verification.run();
    System.out.printf(
        Locale.ROOT,
        "sealed them into the audit chain and verified: %.1f s (ok: %s)%n",
        (System.nanoTime() - start) / 1e9,
        sealed.ok());
    start = System.nanoTime();
    Verification.Report report = verification.run();
    System.out.printf(
        Locale.ROOT,
        "verify: %d revisions, %d files checked in %.1f s (ok: %s; target < 60 s)%n",
        report.checked("revisions"),
        report.checked("files"),
        (System.nanoTime() - start) / 1e9,
        report.ok());
  }

  interface Describer<T> {
    String describe(T result);
  }

  static <T> void report(String what, Supplier<T> work, Describer<T> describe) {
    T result = null;
    for (int i = 0; i < 3; i++) {
      result = work.get();
    }
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < RUNS; i++) {
      long t = System.nanoTime();
      result = work.get();
      millis.add((System.nanoTime() - t) / 1e6);
    }
    Collections.sort(millis);
    System.out.printf(
        Locale.ROOT,
        "%-55s median %7.2f ms  (min %.2f, max %.2f, n=%d)  %s%n",
        what,
        millis.get(RUNS / 2),
        millis.getFirst(),
        millis.getLast(),
        RUNS,
        describe.describe(result));
  }
}

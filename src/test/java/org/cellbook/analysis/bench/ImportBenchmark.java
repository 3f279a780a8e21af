package org.cellbook.analysis.bench;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.cellbook.analysis.cycling.CyclingAnalysis;
import org.cellbook.analysis.cycling.CyclingOptions;
import org.cellbook.analysis.cycling.CyclingResult;
import org.cellbook.analysis.cycling.DifferentialCapacity;
import org.cellbook.analysis.importers.CyclerImporter;
import org.cellbook.analysis.importers.CyclerImporters;
import org.cellbook.analysis.importers.GenericDelimitedImporter;
import org.cellbook.analysis.importers.ImportOptions;
import org.cellbook.analysis.importers.ImporterRegistry;
import org.cellbook.analysis.series.CellSeries;

/**
 * Prints import + full cycling analysis time of a generated 10⁶-record LAND text file, and CSV
 * parse throughput against FastCSV (String fields + Double.parseDouble) on the same CSV. Reports
 * every run and the median (on shared, noisy machines a single run says little). Not a unit test.
 * Run:
 *
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx256m -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     org.cellbook.analysis.bench.ImportBenchmark [records] [runs]
 * # add -Dbench.xlsx=true to also time a LAND .xlsx of the same records (streaming read)
 * </pre>
 */
public final class ImportBenchmark {

  private ImportBenchmark() {}

  public static void main(String[] args) throws Exception {
    int records = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    Path dir = Files.createTempDirectory("cellbook-bench");
    Path land = dir.resolve("bench_land.txt");
    Path csv = dir.resolve("bench.csv");
    CyclerFileGenerator.write(land, records, CyclerFileGenerator.Layout.LAND_TXT, 20240205L);
    CyclerFileGenerator.write(csv, records, CyclerFileGenerator.Layout.CSV, 20240205L);
    System.out.printf(
        Locale.ROOT,
        "records %d, LAND txt %.1f MB, CSV %.1f MB, max heap %d MB%n",
        records,
        Files.size(land) / 1e6,
        Files.size(csv) / 1e6,
        Runtime.getRuntime().maxMemory() >> 20);

    ImporterRegistry<CyclerImporter> registry = CyclerImporters.standard();
    double[] full = new double[runs];
    for (int r = 0; r < runs; r++) {
      long t0 = System.nanoTime();
      CellSeries s = CyclerImporters.importFile(land, ImportOptions.defaults());
      long t1 = System.nanoTime();
      CyclingResult result = CyclingAnalysis.analyze(s, CyclingOptions.defaults());
      DifferentialCapacity d =
          DifferentialCapacity.of(s, result.cycles().getFirst().closing(), 0.005);
      long t2 = System.nanoTime();
      full[r] = (t2 - t0) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "  run %d: import %.3f s + analysis %.3f s = %.3f s (%d cycles, ICE %.4f, %d dQ/dV peaks)%n",
          r + 1,
          (t1 - t0) / 1e9,
          (t2 - t1) / 1e9,
          full[r],
          result.cycles().size(),
          result.initialCoulombicEfficiency(),
          d.peaks().size());
    }
    System.out.printf(
        Locale.ROOT,
        "LAND txt import + full cycling analysis: median %.3f s (target < 1.5 s)%n",
        median(full));

    if (Boolean.getBoolean("bench.xlsx")) {
      Path xlsx = dir.resolve("bench_land.xlsx");
      CyclerFileGenerator.writeLandWorkbook(land, xlsx);
      double[] x = new double[Math.min(runs, 3)];
      double[] raw = new double[x.length];
      for (int r = 0; r < x.length; r++) {
        long tr = System.nanoTime();
        long cells = 0;
        try (org.dhatim.fastexcel.reader.ReadableWorkbook wb =
                new org.dhatim.fastexcel.reader.ReadableWorkbook(xlsx.toFile());
            java.util.stream.Stream<org.dhatim.fastexcel.reader.Row> rows =
                wb.getFirstSheet().openStream()) {
          cells = rows.mapToLong(org.dhatim.fastexcel.reader.Row::getCellCount).sum();
        }
        raw[r] = (System.nanoTime() - tr) / 1e9;
        System.out.printf(
            Locale.ROOT,
            "  xlsx baseline run %d: fastexcel row iteration only %.3f s (%d cells)%n",
            r + 1,
            raw[r],
            cells);
        long t0 = System.nanoTime();
        CellSeries s = CyclerImporters.importFile(xlsx, ImportOptions.defaults());
        CyclingResult result = CyclingAnalysis.analyze(s, CyclingOptions.defaults());
        x[r] = (System.nanoTime() - t0) / 1e9;
        System.out.printf(
            Locale.ROOT,
            "  xlsx run %d: %.3f s (%d records, %d cycles)%n",
            r + 1,
            x[r],
            s.size(),
            result.cycles().size());
      }
      System.out.printf(
          Locale.ROOT,
          "LAND xlsx (%.1f MB) import + analysis: median %.3f s (target < 6 s); fastexcel iteration"
              + " alone: median %.3f s%n",
          Files.size(xlsx) / 1e6,
          median(x),
          median(raw));
      Files.delete(xlsx);
    }

    double[] ours = new double[runs];
    double[] baseline = new double[runs];
    GenericDelimitedImporter csvImporter = new GenericDelimitedImporter();
    for (int r = 0; r < runs; r++) {
      ours[r] = recordsPerSecond(csvImporter, csv);
      long t0 = System.nanoTime();
      int n = fastCsvBaseline(csv, records);
      baseline[r] = n / ((System.nanoTime() - t0) / 1e9);
    }
    System.out.printf(
        Locale.ROOT,
        "CSV parse to series: median %.2f M records/s (runs %s)%n",
        median(ours) / 1e6,
        fmt(ours));
    System.out.printf(
        Locale.ROOT,
        "FastCSV 4.0.0 + Double.parseDouble into arrays: median %.2f M records/s (runs %s)%n",
        median(baseline) / 1e6,
        fmt(baseline));
    System.out.printf(Locale.ROOT, "target: ≥ 2.2 M records/s (pandas C parser)%n");
    Files.delete(land);
    Files.delete(csv);
    Files.delete(dir);
  }

  /** Our CSV parse; the series is dropped on return, before the baseline allocates its own. */
  private static double recordsPerSecond(GenericDelimitedImporter importer, Path csv)
      throws Exception {
    long t0 = System.nanoTime();
    CellSeries s = importer.parse(csv, ImportOptions.defaults());
    return s.size() / ((System.nanoTime() - t0) / 1e9);
  }

  /**
   * Same columns into primitive arrays, with a general-purpose CSV library; sized for the records
   * written, so that it fits the heap the importer is given.
   */
  private static int fastCsvBaseline(Path csv, int records) throws Exception {
    double[] t = new double[records + 1];
    double[] v = new double[t.length];
    double[] i = new double[t.length];
    double[] q = new double[t.length];
    int n = 0;
    try (CsvReader<CsvRecord> reader =
        CsvReader.builder()
            .commentStrategy(de.siegmar.fastcsv.reader.CommentStrategy.SKIP)
            .ofCsvRecord(csv)) {
      boolean header = true;
      for (CsvRecord rec : reader) {
        if (header) {
          header = false;
          continue;
        }
        if (n == t.length) {
          t = Arrays.copyOf(t, n * 2);
          v = Arrays.copyOf(v, n * 2);
          i = Arrays.copyOf(i, n * 2);
          q = Arrays.copyOf(q, n * 2);
        }
        t[n] = Double.parseDouble(rec.getField(4));
        v[n] = Double.parseDouble(rec.getField(6));
        i[n] = Double.parseDouble(rec.getField(7));
        q[n] = Double.parseDouble(rec.getField(8));
        n++;
      }
    }
    return n;
  }

  private static double median(double[] x) {
    double[] s = x.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : 0.5 * (s[s.length / 2 - 1] + s[s.length / 2]);
  }

  private static String fmt(double[] x) {
    StringBuilder b = new StringBuilder();
    for (double d : x) {
      b.append(String.format(Locale.ROOT, "%.2f ", d / 1e6));
    }
    return b.toString().strip();
  }
}

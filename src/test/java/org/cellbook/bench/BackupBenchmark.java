package org.cellbook.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.sql.DataSource;
import org.cellbook.backup.BackupArchive;
import org.cellbook.backup.BackupService;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Backup and restore of a generated notebook ({@link NotebookGenerator}: {@code cells} cells with
 * their lineage, a cycling measurement's KPIs per cell; rows only, no raw files): how long the
 * snapshot and archive take with the notebook open, and how long the restore into a new folder.
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat target/cp.txt)
 *     org.cellbook.bench.BackupBenchmark 10000</pre>
 */
public final class BackupBenchmark {

  private BackupBenchmark() {}

  public static void main(String[] args) throws Exception {
    int cells = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    Path dir = Files.createTempDirectory("cellbook-backup-bench");
    Path backup = dir.resolve("backup.zip");
    try (ConfigurableApplicationContext context = BenchNotebook.open(dir.resolve("notebook"))) {
      DataSource dataSource = context.getBean(DataSource.class);
      NotebookGenerator.Summary made = new NotebookGenerator(dataSource, 42).generate(cells);
      int kpis = new KpiGenerator(dataSource, 43).generate();
      System.out.printf(Locale.ROOT, "generated %s and %d KPIs%n", made, kpis);
      long start = System.nanoTime();
      BackupService.Written written = context.getBean(BackupService.class).write(backup);
      System.out.printf(
          Locale.ROOT,
          "backup of %d cells: %.1f s, %d entries, %.1f MB in the archive (%.1f MB of entries)%n",
          cells,
          (System.nanoTime() - start) / 1e9,
          written.manifest().entries().size(),
          Files.size(backup) / 1e6,
          written.manifest().totalBytes() / 1e6);
    }
    long start = System.nanoTime();
    BackupArchive.restore(backup, dir.resolve("restored"));
    System.out.printf(
        Locale.ROOT, "restore of %d cells: %.1f s%n", cells, (System.nanoTime() - start) / 1e9);
  }
}

package org.cellbook.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cellbook.backup.BackupRefusedException;
import org.cellbook.backup.BackupService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "backup",
    mixinStandardHelpOptions = true,
    description =
        "Writes a backup of the notebook (database, raw files, parsed series and a manifest with"
            + " the SHA-256 of each) to one zip file; safe while the app runs.")
final class BackupCommand implements Callable<Integer> {

  @Mixin DataDirOption dataDir;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "Backup file to write (replaced once the new backup is complete).")
  Path out;

  @Override
  public Integer call() throws Exception {
    long started = System.nanoTime();
    try (Notebook notebook = Notebook.open(dataDir)) {
      BackupService.Written written = notebook.bean(BackupService.class).write(out);
      System.out.printf(
          Locale.ROOT,
          "Backed up %s to %s: %d entries, %.1f MB, in %.1f s%n",
          dataDir.folder(),
          written.file(),
          written.manifest().entries().size(),
          written.manifest().totalBytes() / 1e6,
          Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000.0);
      return 0;
    } catch (BackupRefusedException e) {
      System.err.println(e.getMessage());
      return 2;
    }
  }
}

package org.cellbook.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cellbook.backup.BackupArchive;
import org.cellbook.backup.BackupRefusedException;
import org.cellbook.backup.InvalidBackupException;
import org.cellbook.backup.Manifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
    name = "restore",
    mixinStandardHelpOptions = true,
    description =
        "Recreates the notebook of a backup in an empty data directory, after checking every"
            + " entry against the backup's manifest (a damaged backup writes nothing).")
final class RestoreCommand implements Callable<Integer> {

  @Mixin DataDirOption dataDir;

  @Parameters(index = "0", paramLabel = "FILE", description = "Backup file written by backup.")
  Path file;

  @Override
  public Integer call() throws Exception {
    try {
      Manifest m = BackupArchive.restore(file, Path.of(dataDir.folder()));
      System.out.println(
          "Restored the notebook backed up at "
              + m.createdAt()
              + " by Cellbook "
              + m.cellbookVersion()
              + " into "
              + dataDir.folder()
              + " ("
              + m.entries().size()
              + " entries checked)");
      return 0;
    } catch (BackupRefusedException | InvalidBackupException e) {
      System.err.println(e.getMessage());
      return 2;
    }
  }
}

package org.cellbook.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.cellbook.Application;
import org.cellbook.measurements.FileStore;
import org.cellbook.measurements.SeriesStore;
import org.cellbook.measurements.Swept;
import org.cellbook.storage.DurableFiles;
import org.cellbook.storage.StorageSettings;
import org.springframework.stereotype.Service;

/**
 * Backs the notebook up while it is in use: the app's own pool, or a command-line tool sharing the
 * app's database, reads one snapshot. In one transaction at H2's {@code SERIALIZABLE} isolation,
 * which reads every table as of the transaction's first read, it lists the stored files and
 * measurements and has the database write itself out as an SQL script ({@code SCRIPT TO}); the raw
 * files of that snapshot, which never change once stored, and the measurements' parsed series
 * (replaced whole, by an atomic rename, when analysed again) are then copied beside it. Saves made
 * meanwhile are simply not in the backup. See {@link BackupArchive} for the file.
 *
 * <p>On PostgreSQL the database's own tools do this (README, "Backup and restore").
 */
@Service
public class BackupService {

  /** Where the admin page's backups go, inside the data folder. */
  public static final String BACKUPS_FOLDER = "backups";

  private static final DateTimeFormatter FILE_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final DataSource dataSource;
  private final FileStore files;
  private final SeriesStore series;
  private final Path dataDir;
  private final Clock clock;

  BackupService(
      DataSource dataSource,
      FileStore files,
      SeriesStore series,
      StorageSettings storage,
      Clock clock) {
    this.dataSource = dataSource;
    this.files = files;
    this.series = series;
    this.dataDir = storage.folder();
    this.clock = clock;
  }

  /** A backup written and what it holds. */
  public record Written(Path file, Manifest manifest) {}

  /**
   * Writes a backup of the notebook to {@code out}, replacing a file of that name once the backup
   * is complete (never leaving a partial one under it). The file is readable by its owner only: it
   * holds the whole notebook, users and token hashes included.
   *
   * @throws BackupRefusedException when the notebook runs on PostgreSQL
   */
  public Written write(Path out) throws IOException {
    Path target = out.toAbsolutePath().normalize();
    DurableFiles.createPrivateDirectories(target.getParent());
    Path work = Files.createTempDirectory("cellbook-backup-");
    try {
      Snapshot snapshot = snapshot(work.resolve("cellbook.sql"));
      Path part =
          DurableFiles.createTempFile(
              target.getParent(), "." + target.getFileName().toString(), ".part");
      try {
        Manifest manifest;
        try (BackupArchive.Writer archive = new BackupArchive.Writer(Files.newOutputStream(part))) {
          try (InputStream in = Files.newInputStream(snapshot.script())) {
            archive.add(Manifest.DATABASE_ENTRY, in);
          }
          for (String sha256 : snapshot.sha256s()) {
            addStoredFile(archive, sha256);
          }
          for (String code : snapshot.measurementCodes()) {
            for (Path p : series.files(code)) {
              try (InputStream in = Files.newInputStream(p)) {
                archive.add(entryPath(p), in);
              }
            }
          }
          manifest =
              new Manifest(
                  Manifest.FORMAT,
                  Manifest.FORMAT_VERSION,
                  Application.version(),
                  snapshot.database(),
                  snapshot.takenAt(),
                  archive.entries());
          archive.finish(manifest);
        }
        DurableFiles.publish(part, target);
        return new Written(target, manifest);
      } finally {
        Files.deleteIfExists(part);
      }
    } finally {
      Swept.folder(work);
    }
  }

  /** A backup in the data folder's {@value #BACKUPS_FOLDER} folder, named by its UTC time. */
  public Written writeToBackupsFolder() throws IOException {
    Path folder = dataDir.resolve(BACKUPS_FOLDER);
    return write(folder.resolve("cellbook-" + FILE_TIME.format(clock.instant()) + ".zip"));
  }

  private void addStoredFile(BackupArchive.Writer archive, String sha256) throws IOException {
    Path p;
    try {
      p = files.localPath(sha256);
    } catch (NoSuchFileException e) {
      throw new IOException(
          "the stored file "
              + sha256
              + " that the notebook refers to is missing from "
              + dataDir.resolve("files")
              + " (its measurement was deleted while the backup ran, or the file was lost):"
              + " back up again",
          e);
    }
    try (InputStream in = Files.newInputStream(p)) {
      archive.add(entryPath(p), in);
    }
  }

  /** A file's path in the archive: its path in the data folder, with '/' separators. */
  private String entryPath(Path file) {
    Path relative = dataDir.relativize(file.toAbsolutePath().normalize());
    if (relative.startsWith("..")) {
      throw new IllegalStateException(file + " is outside the data folder " + dataDir);
    }
    List<String> names = new ArrayList<>();
    relative.forEach(n -> names.add(n.toString()));
    return String.join("/", names);
  }

  /** What one snapshot of the database holds, and the script it was written to. */
  private record Snapshot(
      Path script,
      String database,
      Instant takenAt,
      List<String> sha256s,
      List<String> measurementCodes) {}

  private Snapshot snapshot(Path script) throws IOException {
    try (Connection c = dataSource.getConnection()) {
      DatabaseMetaData meta = c.getMetaData();
      if (!meta.getURL().startsWith("jdbc:h2:")) {
        throw new BackupRefusedException(
            "This notebook runs on "
                + meta.getDatabaseProductName()
                + ": back it up with the database's own tools (pg_dump) and a copy of the file"
                + " store "
                + dataDir.resolve("files")
                + " and "
                + dataDir.resolve("series")
                + ", as the README's \"Backup and restore\" describes");
      }
      c.setAutoCommit(false);
      c.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
      try (Statement s = c.createStatement()) {
        Instant takenAt = clock.instant();
        List<String> sha256s =
            strings(s, "select distinct sha256 from measurement_file order by sha256");
        List<String> codes = strings(s, "select code from measurement order by code");
        s.execute("SCRIPT TO " + BackupArchive.literal(script));
        return new Snapshot(
            script,
            meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion(),
            takenAt,
            sha256s,
            codes);
      } finally {
        c.rollback(); // nothing was written; ending so spares the durable commit's sync
      }
    } catch (SQLException e) {
      throw new IOException("the database could not be read for the backup: " + e.getMessage(), e);
    }
  }

  private static List<String> strings(Statement s, String query) throws SQLException {
    List<String> out = new ArrayList<>();
    try (ResultSet rs = s.executeQuery(query)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }
}

package org.cellbook.backup;

import java.time.Instant;
import java.util.List;

/**
 * What a backup holds, written into it as {@code manifest.json}: which Cellbook made it and when,
 * and the path, size and SHA-256 of every other entry, so a restore can prove the archive whole
 * before it writes anything.
 *
 * @param format always {@link #FORMAT}: tells a Cellbook backup from any other zip archive
 * @param formatVersion the layout of the archive; a restore refuses versions newer than its own
 * @param cellbookVersion the version of Cellbook that wrote it
 * @param database the database product and version whose SQL script the backup holds
 * @param createdAt when the database snapshot was taken (UTC)
 */
public record Manifest(
    String format,
    int formatVersion,
    String cellbookVersion,
    String database,
    Instant createdAt,
    List<Entry> entries) {

  public static final String FORMAT = "cellbook-backup";
  public static final int FORMAT_VERSION = 1;

  /** The entry that holds this manifest. */
  public static final String ENTRY = "manifest.json";

  /** The entry that holds the database as an SQL script. */
  public static final String DATABASE_ENTRY = "database/cellbook.sql";

  /** One entry of the archive: a path relative to the data folder (or the database script). */
  public record Entry(String path, long sizeBytes, String sha256) {}

  public Manifest {
    entries = List.copyOf(entries);
  }

  public long totalBytes() {
    return entries.stream().mapToLong(Entry::sizeBytes).sum();
  }
}

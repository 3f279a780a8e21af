package org.cellbook.backup;

import java.io.EOFException;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.cellbook.measurements.Swept;
import org.cellbook.storage.DataFolder;
import org.cellbook.storage.DurableFiles;
import org.cellbook.storage.EmbeddedDatabase;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The backup file: a zip archive holding the database as an SQL script ({@link
 * Manifest#DATABASE_ENTRY}), the raw files and parsed series under their paths in the data folder
 * ({@code files/…}, {@code series/…}), and {@link Manifest#ENTRY} with the size and SHA-256 of
 * every other entry. Writing is {@link BackupService}'s; checking and restoring need no notebook
 * open, so they are plain functions here.
 *
 * <p>The database travels as H2's SQL script rather than its binary store file: a later H2 (with
 * another store format) reads the script, and the restored database is written fresh, compact.
 */
public final class BackupArchive {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Entry paths: relative, plain names separated by '/', under the folders a backup holds. */
  private static final Pattern SAFE_PATH =
      Pattern.compile("(files|series)(/[A-Za-z0-9_-][A-Za-z0-9._-]*)+");

  private BackupArchive() {}

  /**
   * Reads the manifest and checks every entry against it (presence, size, SHA-256).
   *
   * @throws InvalidBackupException when the file is not a Cellbook backup or an entry is damaged,
   *     missing or not listed; the message names the entry
   */
  public static Manifest check(Path file) throws IOException {
    try (ZipFile zip = open(file)) {
      return check(zip, file);
    }
  }

  /**
   * Recreates the notebook of a backup in {@code dataDir}, which must be empty or not exist yet.
   * The whole archive is checked before anything is written; if writing fails part-way, what was
   * written is removed again.
   *
   * @throws BackupRefusedException when {@code dataDir} holds anything
   * @throws InvalidBackupException when the file is not a Cellbook backup or is damaged
   */
  public static Manifest restore(Path file, Path dataDir) throws IOException, SQLException {
    Path folder = DataFolder.resolve(dataDir.toString());
    boolean existed = Files.exists(folder);
    if (existed) {
      requireEmpty(folder);
    }
    try (ZipFile zip = open(file)) {
      Manifest manifest = check(zip, file);
      try {
        extract(zip, manifest, folder);
        return manifest;
      } catch (IOException | SQLException | RuntimeException e) {
        removeWritten(folder, existed);
        throw e;
      }
    }
  }

  private static void requireEmpty(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new BackupRefusedException(
          folder + " is not a folder: restore into a new or empty one");
    }
    try (Stream<Path> inside = Files.list(folder)) {
      if (inside.findAny().isPresent()) {
        throw new BackupRefusedException(
            folder
                + " is not empty: restore into a new or empty folder, so that no notebook is"
                + " overwritten");
      }
    }
  }

  private static ZipFile open(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new InvalidBackupException(file + " is not a file");
    }
    try {
      return new ZipFile(file.toFile());
    } catch (ZipException e) {
      throw new InvalidBackupException(file + " is not a Cellbook backup: not a zip archive", e);
    }
  }

  private static Manifest check(ZipFile zip, Path file) throws IOException {
    Manifest manifest = readManifest(zip, file);
    Map<String, Manifest.Entry> listed = new LinkedHashMap<>();
    for (Manifest.Entry e : manifest.entries()) {
      if (!e.path().equals(Manifest.DATABASE_ENTRY) && !SAFE_PATH.matcher(e.path()).matches()) {
        throw new InvalidBackupException(
            file + " is damaged: its manifest lists '" + e.path() + "', not a backup entry");
      }
      if (listed.put(e.path(), e) != null) {
        throw new InvalidBackupException(
            file + " is damaged: its manifest lists '" + e.path() + "' twice");
      }
    }
    if (!listed.containsKey(Manifest.DATABASE_ENTRY)) {
      throw new InvalidBackupException(file + " is damaged: it holds no database");
    }
    Set<String> seen = new HashSet<>();
    Enumeration<? extends ZipEntry> entries = zip.entries();
    while (entries.hasMoreElements()) {
      ZipEntry z = entries.nextElement();
      if (z.isDirectory() || z.getName().equals(Manifest.ENTRY)) {
        continue;
      }
      Manifest.Entry expected = listed.get(z.getName());
      if (expected == null) {
        throw new InvalidBackupException(
            file + " is damaged: entry '" + z.getName() + "' is not in its manifest");
      }
      Manifest.Entry actual = hash(zip, z, file);
      if (actual.sizeBytes() != expected.sizeBytes()
          || !actual.sha256().equals(expected.sha256())) {
        throw new InvalidBackupException(
            "%s is damaged: entry '%s' does not match its manifest (%d bytes, SHA-256 %s; the manifest says %d bytes, %s)"
                .formatted(
                    file,
                    z.getName(),
                    actual.sizeBytes(),
                    actual.sha256(),
                    expected.sizeBytes(),
                    expected.sha256()));
      }
      seen.add(z.getName());
    }
    for (String path : listed.keySet()) {
      if (!seen.contains(path)) {
        throw new InvalidBackupException(
            file + " is damaged: entry '" + path + "' of its manifest is missing");
      }
    }
    return manifest;
  }

  private static Manifest readManifest(ZipFile zip, Path file) throws IOException {
    ZipEntry entry = zip.getEntry(Manifest.ENTRY);
    if (entry == null) {
      throw new InvalidBackupException(
          file + " is not a Cellbook backup: it has no " + Manifest.ENTRY);
    }
    Manifest manifest;
    try (InputStream in = zip.getInputStream(entry)) {
      manifest = JSON.readValue(in, Manifest.class);
    } catch (JacksonException | ZipException e) {
      throw new InvalidBackupException(
          file + " is not a Cellbook backup: its " + Manifest.ENTRY + " cannot be read", e);
    }
    if (!Manifest.FORMAT.equals(manifest.format())) {
      throw new InvalidBackupException(
          file + " is not a Cellbook backup: its manifest is of '" + manifest.format() + "'");
    }
    if (manifest.formatVersion() > Manifest.FORMAT_VERSION) {
      throw new InvalidBackupException(
          "%s was written by Cellbook %s in backup format %d; this Cellbook reads up to format %d"
              .formatted(
                  file,
                  manifest.cellbookVersion(),
                  manifest.formatVersion(),
                  Manifest.FORMAT_VERSION));
    }
    return manifest;
  }

  private static Manifest.Entry hash(ZipFile zip, ZipEntry z, Path file) throws IOException {
    Hashing sink = new Hashing(OutputStream.nullOutputStream());
    try (InputStream in = zip.getInputStream(z)) {
      in.transferTo(sink);
    } catch (ZipException | EOFException e) {
      throw new InvalidBackupException(
          file + " is damaged: entry '" + z.getName() + "' cannot be read (" + e.getMessage() + ")",
          e);
    }
    return sink.entry(z.getName());
  }

  private static void extract(ZipFile zip, Manifest manifest, Path folder)
      throws IOException, SQLException {
    DurableFiles.createPrivateDirectories(folder);
    Path script = DurableFiles.createTempFile(folder, "restore", ".sql");
    try {
      for (Manifest.Entry e : manifest.entries()) {
        try (InputStream in = zip.getInputStream(zip.getEntry(e.path()))) {
          if (e.path().equals(Manifest.DATABASE_ENTRY)) {
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
          } else {
            place(in, folder.resolve(e.path()), e.path().startsWith("files/"));
          }
        }
      }
      EmbeddedDatabase.Prepared db = EmbeddedDatabase.prepare(folder);
      try (Connection c = db.anchor();
          Statement s = c.createStatement()) {
        s.execute("RUNSCRIPT FROM " + literal(script));
        s.execute("CHECKPOINT SYNC");
      }
    } finally {
      Files.deleteIfExists(script);
    }
    DataFolder.makePrivate(folder);
  }

  /**
   * Writes a file of the data folder durably, read-only if it is a raw file (as the store does).
   */
  private static void place(InputStream in, Path target, boolean readOnly) throws IOException {
    Path part =
        DurableFiles.createTempFile(
            DurableFiles.createPrivateDirectories(target.getParent()), "restore", ".part");
    try {
      Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
      DurableFiles.publish(part, target);
    } finally {
      Files.deleteIfExists(part);
    }
    if (readOnly) {
      target.toFile().setReadOnly();
    }
  }

  /** Removes what a failed restore wrote: the folder's contents, and the folder if it made it. */
  private static void removeWritten(Path folder, boolean existed) throws IOException {
    if (!existed) {
      Swept.folder(folder);
      return;
    }
    try (Stream<Path> inside = Files.list(folder)) {
      for (Path p : (Iterable<Path>) inside::iterator) {
        if (Files.isDirectory(p)) {
          Swept.folder(p);
        } else {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  /** A file path as an SQL string literal. */
  static String literal(Path p) {
    return "'" + p.toAbsolutePath().toString().replace("'", "''") + "'";
  }

  /** Writes the archive, hashing each entry as it goes, and the manifest last. */
  static final class Writer implements AutoCloseable {

    private final ZipOutputStream zip;
    private final List<Manifest.Entry> entries = new ArrayList<>();

    Writer(OutputStream out) {
      zip = new ZipOutputStream(out);
      // Raw cycler exports and the SQL script are text that even the fastest level halves;
      // stronger levels cost several times the time for a few per cent.
      zip.setLevel(Deflater.BEST_SPEED);
    }

    void add(String path, InputStream in) throws IOException {
      zip.putNextEntry(new ZipEntry(path));
      Hashing out = new Hashing(zip);
      in.transferTo(out);
      zip.closeEntry();
      entries.add(out.entry(path));
    }

    List<Manifest.Entry> entries() {
      return List.copyOf(entries);
    }

    void finish(Manifest manifest) throws IOException {
      zip.putNextEntry(new ZipEntry(Manifest.ENTRY));
      zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
      zip.closeEntry();
    }

    @Override
    public void close() throws IOException {
      zip.close();
    }
  }

  /** Passes bytes on (without closing the target) while counting and hashing them. */
  private static final class Hashing extends FilterOutputStream {

    private final MessageDigest digest;
    private long size;

    Hashing(OutputStream target) {
      super(target);
      try {
        digest = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("SHA-256 is always available", e);
      }
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      digest.update((byte) b);
      size++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      digest.update(b, off, len);
      size += len;
    }

    @Override
    public void close() {
      // the archive stays open for the next entry
    }

    Manifest.Entry entry(String path) {
      return new Manifest.Entry(path, size, HexFormat.of().formatHex(digest.digest()));
    }
  }
}

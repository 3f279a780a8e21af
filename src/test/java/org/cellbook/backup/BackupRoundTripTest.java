package org.cellbook.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.cellbook.cli.CellbookCli;
import org.cellbook.storage.EmbeddedDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo notebook backed up and restored with the command-line tools comes back record by record
 * and file by file; a damaged backup, something that is no backup, and a folder that is not empty
 * are refused with exit code 2 and nothing written.
 */
class BackupRoundTripTest {

  @TempDir static Path temp;

  static Path original;
  static Path backup;

  record Run(int exit, String out, String err) {}

  static Run cli(Object... args) {
    String[] strings = Stream.of(args).map(Object::toString).toArray(String[]::new);
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
    try {
      int exit = CellbookCli.run(strings);
      return new Run(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  @BeforeAll
  static void demoNotebookBackedUp() {
    original = temp.resolve("original");
    backup = temp.resolve("backups/demo.zip");
    assertThat(cli("demo", "--data-dir", original).exit()).isZero();
    Run run = cli("backup", "--out", backup, "--data-dir", original);
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("Backed up " + original).contains(backup.toString());
    System.out.println("backup of the demo notebook: " + run.out().strip());
  }

  @Test
  void theDemoNotebookComesBackRecordByRecordAndFileByFile() throws Exception {
    Path restored = temp.resolve("restored");
    Run run = cli("restore", backup, "--data-dir", restored);
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("Restored").contains(restored.toString());

    Map<String, List<String>> before = rows(original);
    Map<String, List<String>> after = rows(restored);
    for (String table :
        List.of(
            "MATERIAL",
            "LOT",
            "SYNTHESIS_BATCH",
            "BATCH_STEP",
            "BATCH_INPUT",
            "ELECTRODE_SHEET",
            "DISC",
            "CELL",
            "MEASUREMENT",
            "MEASUREMENT_FILE",
            "ANALYSIS_RUN",
            "KPI",
            "REVINFO",
            "APP_USER")) {
      assertThat(before.get(table)).as(table).isNotEmpty();
      assertThat(after.get(table)).as(table).isEqualTo(before.get(table));
    }
    assertThat(after).isEqualTo(before); // every other table too: ledger, audit, counters, tokens

    Map<String, String> files = hashes(original);
    assertThat(files.keySet())
        .anyMatch(p -> p.startsWith("files/sha256/"))
        .anyMatch(p -> p.startsWith("series/"));
    assertThat(hashes(restored)).isEqualTo(files);

    // The restored notebook passes verify: the audit chain, every stored file and every signature.
    Run verified = cli("verify", "--json", "--data-dir", restored);
    assertThat(verified.exit()).as(verified.out() + verified.err()).isZero();
    assertThat(verified.out()).isEqualTo(cli("verify", "--json", "--data-dir", original).out());
    // The restored notebook opens (its schema history validates) and lists the same records.
    for (String kind : List.of("materials", "lots", "batches", "sheets", "cells", "measurements")) {
      Run listed = cli("list", kind, "--json", "--data-dir", restored);
      assertThat(listed.exit()).as(listed.err()).isZero();
      assertThat(listed.out()).isEqualTo(cli("list", kind, "--json", "--data-dir", original).out());
    }
  }

  @Test
  void theManifestNamesTheVersionTheTimeAndEveryEntrysHash() throws Exception {
    Manifest m = BackupArchive.check(backup);
    assertThat(m.format()).isEqualTo("cellbook-backup");
    assertThat(m.formatVersion()).isEqualTo(1);
    assertThat(m.cellbookVersion()).isNotBlank();
    assertThat(m.database()).startsWith("H2 ");
    assertThat(m.entries()).extracting(Manifest.Entry::path).contains(Manifest.DATABASE_ENTRY);
    try (ZipFile zip = new ZipFile(backup.toFile());
        InputStream in = zip.getInputStream(zip.getEntry(Manifest.ENTRY))) {
      String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(json)
          .containsPattern("\"createdAt\" ?: ?\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:[\\d.]+Z\"")
          .containsPattern("\"sha256\" ?: ?\"[0-9a-f]{64}\"");
      // every entry but the manifest itself is listed
      assertThat(zip.size() - 1).isEqualTo(m.entries().size());
    }
  }

  @Test
  void aBackupWithOneByteFlippedIsRefusedNamingTheEntryAndNothingIsWritten() throws Exception {
    Manifest m = BackupArchive.check(backup);
    String damaged =
        m.entries().stream()
            .map(Manifest.Entry::path)
            .filter(p -> p.startsWith("files/"))
            .findFirst()
            .orElseThrow();
    Path copy = temp.resolve("damaged.zip");
    byte[] bytes = Files.readAllBytes(backup);
    int data = entryData(bytes, damaged);
    bytes[data + 7] ^= 0x20;
    Files.write(copy, bytes);

    Path target = temp.resolve("from-damaged");
    Run run = cli("restore", copy, "--data-dir", target);
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("is damaged").contains(damaged).doesNotContain("Exception");
    assertThat(target).doesNotExist();
  }

  @Test
  void aFileThatIsNoBackupIsRefused() throws Exception {
    Path notes = Files.writeString(temp.resolve("notes.zip"), "not a zip at all");
    Path target = temp.resolve("from-notes");
    Run run = cli("restore", notes, "--data-dir", target);
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("is not a Cellbook backup");
    assertThat(target).doesNotExist();
  }

  @Test
  void restoringIntoAFolderThatIsNotEmptyIsRefused() throws Exception {
    Path target = Files.createDirectories(temp.resolve("occupied"));
    Path kept = Files.writeString(target.resolve("keep.txt"), "mine");
    Run run = cli("restore", backup, "--data-dir", target);
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains(target + " is not empty");
    try (Stream<Path> inside = Files.list(target)) {
      assertThat(inside).containsExactly(kept);
    }
  }

  /** Every row of every table of the notebook, as text, sorted, by table name. */
  static Map<String, List<String>> rows(Path folder) throws Exception {
    Map<String, List<String>> out = new TreeMap<>();
    try (Connection c = EmbeddedDatabase.prepare(folder).anchor();
        Statement s = c.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rs =
          s.executeQuery(
              "select table_name from information_schema.tables where table_schema = 'PUBLIC'")) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
      for (String table : tables) {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("select * from \"" + table + "\"")) {
          ResultSetMetaData meta = rs.getMetaData();
          while (rs.next()) {
            StringBuilder row = new StringBuilder();
            for (int k = 1; k <= meta.getColumnCount(); k++) {
              row.append(meta.getColumnName(k)).append('=').append(rs.getString(k)).append(';');
            }
            rows.add(row.toString());
          }
        }
        rows.sort(null);
        out.put(table, rows);
      }
    }
    return out;
  }

  /** The SHA-256 of every raw file and parsed series, by path in the data folder. */
  static Map<String, String> hashes(Path folder) throws Exception {
    Map<String, String> out = new TreeMap<>();
    for (String part : List.of("files", "series")) {
      try (Stream<Path> walk = Files.walk(folder.resolve(part))) {
        for (Path p : walk.filter(Files::isRegularFile).toList()) {
          out.put(
              folder.relativize(p).toString(),
              HexFormat.of()
                  .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
        }
      }
    }
    return out;
  }

  /** Where an entry's (compressed) bytes start: after its local header, found by its name. */
  static int entryData(byte[] zip, String name) {
    byte[] n = name.getBytes(StandardCharsets.UTF_8);
    for (int i = 30; i + n.length <= zip.length; i++) {
      if (zip[i - 30] == 'P'
          && zip[i - 29] == 'K'
          && zip[i - 28] == 3
          && zip[i - 27] == 4
          && java.util.Arrays.equals(zip, i, i + n.length, n, 0, n.length)) {
        int extra = (zip[i - 2] & 0xff) | (zip[i - 1] & 0xff) << 8;
        return i + n.length + extra;
      }
    }
    throw new AssertionError(name + " not found in the archive");
  }
}

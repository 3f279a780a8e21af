package org.cellbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.cellbook.storage.EmbeddedDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code verify} as an auditor runs it: the demo notebook checks; an audit row edited with plain
 * SQL and a stored file changed on disk are both named by their record's code, with exit 3.
 */
class VerifyCommandTest {

  @TempDir Path dataDir;

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream capturedOut = new ByteArrayOutputStream();
    ByteArrayOutputStream capturedErr = new ByteArrayOutputStream();
    System.setOut(new PrintStream(capturedOut, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(capturedErr, true, StandardCharsets.UTF_8));
    try {
      int exit = CellbookCli.run(args);
      return new Run(
          exit,
          capturedOut.toString(StandardCharsets.UTF_8),
          capturedErr.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  @Test
  void theDemoNotebookVerifiesAndTamperingWithARowAndAFileIsNamedByCode() throws Exception {
    String dir = dataDir.toString();
    assertThat(run("demo", "--data-dir", dir).exit()).isZero();

    Run clean = run("verify", "--data-dir", dir);
    assertThat(clean.exit()).as(clean.out()).isZero();
    assertThat(clean.out()).startsWith("OK: ");
    JsonNode cleanJson =
        JsonMapper.builder().build().readTree(run("verify", "--json", "--data-dir", dir).out());
    assertThat(cleanJson.get("ok").asBoolean()).isTrue();
    assertThat(cleanJson.get("revisions").asLong()).isPositive();
    assertThat(cleanJson.get("files").asLong()).isPositive();
    assertThat(cleanJson.has("signatures")).isTrue();
    assertThat(cleanJson.get("problems").isEmpty()).isTrue();

    String cell;
    int cellRevision;
    String measurement;
    String sha256;
    EmbeddedDatabase.Prepared db = EmbeddedDatabase.prepare(dataDir.toAbsolutePath());
    try (Connection c = db.anchor()) {
      try (ResultSet rs =
          c.createStatement()
              .executeQuery(
                  "select c.code, a.rev, a.id from cell_aud a join cell c on c.id = a.id"
                      + " order by a.rev limit 1")) {
        rs.next();
        cell = rs.getString(1);
        cellRevision = rs.getInt(2);
        try (PreparedStatement forge =
            c.prepareStatement(
                "update cell_aud set name = 'a better cell' where id = ? and rev = ?")) {
          forge.setLong(1, rs.getLong(3));
          forge.setInt(2, cellRevision);
          assertThat(forge.executeUpdate()).isOne();
        }
      }
      // A file only one measurement refers to.
      try (ResultSet rs =
          c.createStatement()
              .executeQuery(
                  "select min(m.code), f.sha256 from measurement_file f"
                      + " join measurement m on m.id = f.measurement_id"
                      + " group by f.sha256 having count(*) = 1 order by f.sha256 limit 1")) {
        rs.next();
        measurement = rs.getString(1);
        sha256 = rs.getString(2);
      }
    }
    Path stored =
        dataDir.resolve(
            "files/sha256/" + sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/" + sha256);
    stored.toFile().setWritable(true);
    Files.writeString(stored, "\n1,2,3", StandardOpenOption.APPEND);

    Run broken = run("verify", "--data-dir", dir);
    assertThat(broken.exit()).as(broken.out()).isEqualTo(3);
    List<String> lines = broken.out().strip().lines().toList();
    assertThat(lines.getFirst()).startsWith("BROKEN: ").contains("2 problems");
    assertThat(lines.getLast()).startsWith("Chain head: position ");
    assertThat(lines.subList(1, lines.size() - 1))
        .hasSize(2)
        .anySatisfy(l -> assertThat(l).startsWith(cell + ": revision " + cellRevision + " by "))
        .anySatisfy(l -> assertThat(l).startsWith(measurement + ": file '"));

    Run json = run("verify", "--json", "--data-dir", dir);
    assertThat(json.exit()).isEqualTo(3);
    JsonNode doc = JsonMapper.builder().build().readTree(json.out());
    assertThat(doc.propertyNames())
        .containsExactly("ok", "revisions", "files", "signatures", "head", "problems");
    assertThat(doc.get("ok").asBoolean()).isFalse();
    assertThat(doc.get("revisions").asLong()).isEqualTo(cleanJson.get("revisions").asLong());
    List<String> named = new ArrayList<>();
    for (JsonNode p : doc.get("problems")) {
      assertThat(p.propertyNames()).containsExactly("code", "revision", "what");
      named.add(
          p.get("code").asString()
              + "@"
              + (p.get("revision").isNull() ? "-" : p.get("revision").asInt()));
    }
    assertThat(named).containsExactlyInAnyOrder(cell + "@" + cellRevision, measurement + "@-");
  }

  /**
   * Someone with the database removes the last revision and moves the chain's head back to the one
   * before: the chain is consistent again, so only a head noted outside (an anchor) shows it.
   */
  @Test
  void anAnchorNotedEarlierCatchesATrailRewrittenConsistently() throws Exception {
    String dir = dataDir.toString();
    assertThat(run("demo", "--data-dir", dir).exit()).isZero();
    JsonNode clean =
        JsonMapper.builder().build().readTree(run("verify", "--json", "--data-dir", dir).out());
    String anchor = clean.get("head").get("sha256").asString();
    long position = clean.get("head").get("position").asLong();
    assertThat(anchor).matches("[0-9a-f]{64}");
    assertThat(run("verify", "--data-dir", dir).out())
        .contains("Chain head: position " + position + ", SHA-256 " + anchor);
    assertThat(run("verify", "--anchor", anchor, "--data-dir", dir).exit()).isZero();
    assertThat(run("verify", "--anchor", "0".repeat(64), "--data-dir", dir).exit()).isEqualTo(3);

    EmbeddedDatabase.Prepared db = EmbeddedDatabase.prepare(dataDir.toAbsolutePath());
    try (Connection c = db.anchor()) {
      int last;
      String previous;
      try (ResultSet rs =
          c.createStatement()
              .executeQuery(
                  "select rev, (select chain_hash from revinfo where chain_seq = r.chain_seq - 1)"
                      + " from revinfo r where chain_seq = "
                      + position)) {
        rs.next();
        last = rs.getInt(1);
        previous = rs.getString(2);
      }
      List<String> audited = new ArrayList<>();
      try (ResultSet rs =
          c.createStatement()
              .executeQuery(
                  "select table_name from information_schema.columns"
                      + " where table_schema = 'PUBLIC' and column_name = 'REV'"
                      + " and table_name <> 'REVINFO'")) {
        while (rs.next()) {
          audited.add(rs.getString(1));
        }
      }
      var s = c.createStatement();
      for (String table : audited) {
        s.execute("delete from \"" + table + "\" where rev = " + last);
      }
      s.execute("delete from revinfo where rev = " + last);
      s.execute(
          "update audit_chain set last_seq = "
              + (position - 1)
              + ", last_hash = '"
              + previous
              + "' where id = 1");
    }

    Run rewritten = run("verify", "--data-dir", dir);
    assertThat(rewritten.exit()).as(rewritten.out()).isZero();
    Run anchored = run("verify", "--anchor", anchor, "--data-dir", dir);
    assertThat(anchored.exit()).as(anchored.out()).isEqualTo(3);
    assertThat(anchored.out())
        .contains("(audit chain): the anchor " + anchor + " noted from an earlier check is not");
  }

  @Test
  void aFolderWithoutANotebookIsExitTwo() {
    Run missing = run("verify", "--data-dir", dataDir.resolve("nothing-here").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("there is no notebook in").contains("nothing-here");
    assertThat(Files.exists(dataDir.resolve("nothing-here"))).isFalse();
  }
}

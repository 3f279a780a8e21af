package org.cellbook.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.cellbook.Fixtures;
import org.cellbook.materials.Material;
import org.cellbook.materials.MaterialKind;
import org.cellbook.materials.MaterialService;
import org.cellbook.security.SystemUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every audited revision is sealed into one chain; changing a sealed one shows. */
@SpringBootTest
class AuditChainTest {

  @Autowired MaterialService materials;
  @Autowired RevisionChainCheck check;
  @Autowired AuditChain chain;
  @Autowired DataSource dataSource;

  private JdbcTemplate sql() {
    return new JdbcTemplate(dataSource);
  }

  private Material material(String name) {
    return SystemUser.call(
        () ->
            materials.save(
                new Material(Fixtures.unique("CH"), name, MaterialKind.SYNTHESISED_CARBON)));
  }

  private int revisionOf(Material m) {
    return sql()
        .queryForObject("select max(rev) from material_aud where id = ?", Integer.class, m.getId());
  }

  @Test
  void concurrentTransactionsAreSealedIntoOneUnbrokenChain() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(6);
    List<Future<Material>> made = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      int n = i;
      made.add(pool.submit(() -> material("concurrent " + n)));
    }
    List<Integer> revisions = new ArrayList<>();
    for (Future<Material> f : made) {
      revisions.add(revisionOf(f.get()));
    }
    pool.shutdown();

    // Sealed as each committed, not only when verify runs.
    for (int rev : revisions) {
      assertThat(
              sql()
                  .queryForObject(
                      "select chain_hash from revinfo where rev = ?", String.class, rev))
          .hasSize(64);
    }
    assertThat(
            sql()
                .queryForObject("select count(*) from revinfo where chain_seq is null", Long.class))
        .isZero();
    long sealed = sql().queryForObject("select count(*) from revinfo", Long.class);
    assertThat(sql().queryForObject("select max(chain_seq) from revinfo", Long.class))
        .isEqualTo(sealed);
    IntegrityCheck.Result result = check.check();
    assertThat(result.problems()).isEmpty();
    assertThat(result.checked()).isEqualTo(sealed);
  }

  @Test
  void anAuditRowChangedWithPlainSqlIsNamedByCodeRevisionWhoAndWhen() {
    Material m = material("hard carbon, sealed");
    int rev = revisionOf(m);
    assertThat(check.check().problems()).isEmpty();

    sql()
        .update("update material_aud set name = 'forged' where id = ? and rev = ?", m.getId(), rev);
    try {
      List<IntegrityCheck.Problem> problems = check.check().problems();
      assertThat(problems).hasSize(1);
      IntegrityCheck.Problem p = problems.getFirst();
      assertThat(p.code()).isEqualTo(m.getCode());
      assertThat(p.revision()).isEqualTo(rev);
      assertThat(p.what()).contains("revision " + rev, "by system", "no longer matches its seal");
    } finally {
      sql()
          .update(
              "update material_aud set name = 'hard carbon, sealed' where id = ? and rev = ?",
              m.getId(),
              rev);
    }
    assertThat(check.check().problems()).isEmpty();
  }

  @Test
  void anAuditRowDeletedIsNamedByItsRecord() {
    Material m = material("deleted from history");
    int rev = revisionOf(m);
    Map<String, Object> row =
        sql().queryForMap("select * from material_aud where id = ? and rev = ?", m.getId(), rev);
    sql().update("delete from material_aud where id = ? and rev = ?", m.getId(), rev);
    try {
      assertThat(check.check().problems())
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.code()).isEqualTo(m.getCode());
                assertThat(p.revision()).isEqualTo(rev);
              });
    } finally {
      sql()
          .update(
              "insert into material_aud (id, rev, revtype, code, name, kind) values (?, ?, ?, ?, ?, ?)",
              row.get("ID"),
              row.get("REV"),
              row.get("REVTYPE"),
              row.get("CODE"),
              row.get("NAME"),
              row.get("KIND"));
    }
    assertThat(check.check().problems()).isEmpty();
  }

  @Test
  void aRevisionsAuthorChangedOrItsSealRewrittenBreaksTheLinkToTheNext() {
    Material first = material("first");
    Material second = material("second");
    int rev = revisionOf(first);
    String author =
        sql().queryForObject("select username from revinfo where rev = ?", String.class, rev);
    sql().update("update revinfo set username = 'mallory' where rev = ?", rev);
    try {
      assertThat(check.check().problems())
          .singleElement()
          .satisfies(p -> assertThat(p.code()).isEqualTo(first.getCode()));
    } finally {
      sql().update("update revinfo set username = ? where rev = ?", author, rev);
    }

    // Whoever rewrites a revision's own hash breaks the next revision's link to it.
    String hash =
        sql().queryForObject("select chain_hash from revinfo where rev = ?", String.class, rev);
    sql().update("update revinfo set chain_hash = ? where rev = ?", "f".repeat(64), rev);
    try {
      assertThat(check.check().problems())
          .extracting(IntegrityCheck.Problem::code)
          .containsExactly(first.getCode(), second.getCode());
    } finally {
      sql().update("update revinfo set chain_hash = ? where rev = ?", hash, rev);
    }
    assertThat(check.check().problems()).isEmpty();
  }

  @Test
  void aRevisionLeftUnsealedByACrashIsSealedAtStartWithTheSameHash() throws Exception {
    Material m = material("sealed after a crash");
    int rev = revisionOf(m);
    String hash;
    long seq;
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      // Lock the head so no other sealing runs in between; the test's revision is the last one.
      try (PreparedStatement lock =
              c.prepareStatement("select last_seq from audit_chain where id = 1 for update");
          ResultSet rs = lock.executeQuery()) {
        rs.next();
        seq = rs.getLong(1);
      }
      hash = queryString(c, "select chain_hash from revinfo where rev = " + rev);
      assertThat(queryString(c, "select chain_seq from revinfo where rev = " + rev))
          .isEqualTo(Long.toString(seq));
      String before =
          queryString(c, "select chain_hash from revinfo where chain_seq = " + (seq - 1));
      c.createStatement()
          .executeUpdate(
              "update revinfo set chain_seq = null, chain_hash = null where rev = " + rev);
      c.createStatement()
          .executeUpdate(
              "update audit_chain set last_seq = " + (seq - 1) + ", last_hash = '" + before + "'");
      c.commit();
    }
    assertThat(
            sql()
                .queryForObject("select count(*) from revinfo where chain_seq is null", Long.class))
        .isOne();

    chain.atStart();

    assertThat(
            sql().queryForObject("select chain_hash from revinfo where rev = ?", String.class, rev))
        .isEqualTo(hash);
    assertThat(check.check().problems()).isEmpty();
  }

  private static String queryString(Connection c, String query) throws Exception {
    try (ResultSet rs = c.createStatement().executeQuery(query)) {
      rs.next();
      return rs.getString(1);
    }
  }
}

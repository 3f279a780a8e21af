package org.cellbook.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * Seals audited revisions into one hash chain (docs/decisions/0021): just after a transaction that
 * made a revision commits, and at start for any a crash left unsealed. Sealing is the only writer
 * of the chain; it locks the chain's head row, so two sealers (threads, or the app and a tool on
 * the same database) append one after the other and the chain cannot fork. Revisions are appended
 * in the order they become visible, by revision number among those waiting.
 *
 * <p>It listens to the transaction manager directly and writes over its own JDBC connection: the
 * transaction manager it listens to cannot be one of its dependencies.
 */
@Component
class AuditChain implements TransactionExecutionListener {

  /** Revisions sealed per transaction: a start-up catch-up commits as it goes. */
  static final int CHUNK = 1000;

  private static final Logger log = LoggerFactory.getLogger(AuditChain.class);
  private static final ThreadLocal<Boolean> REVISION_MADE = new ThreadLocal<>();

  private final DataSource dataSource;
  private volatile AuditTables tables;

  AuditChain(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Called by Envers' listener: the running transaction writes a revision to seal after it. */
  static void revisionMade() {
    REVISION_MADE.set(Boolean.TRUE);
  }

  @Override
  public void afterCommit(TransactionExecution transaction, @Nullable Throwable commitFailure) {
    if (REVISION_MADE.get() == null) {
      return;
    }
    REVISION_MADE.remove();
    if (commitFailure == null) {
      sealQuietly();
    }
  }

  @Override
  public void afterRollback(TransactionExecution transaction, Throwable rollbackFailure) {
    REVISION_MADE.remove();
  }

  @EventListener(ApplicationReadyEvent.class)
  void atStart() {
    int sealed = sealQuietly();
    if (sealed > 0) {
      log.info("Sealed {} audited revisions left unsealed by the last run", sealed);
    }
  }

  /**
   * A committed revision stays committed if sealing fails (another process holds the head too long,
   * the pool is empty): it waits for the next commit's sealing or the next start.
   */
  private int sealQuietly() {
    try {
      return sealPending();
    } catch (SQLException | RuntimeException e) {
      log.warn("Could not seal audited revisions now; they are sealed later: {}", e.toString());
      return 0;
    }
  }

  /** Seals every committed revision not yet in the chain; returns how many. */
  int sealPending() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        // Each chunk starts after the last revision the one before sealed, so a long catch-up
        // never rereads what it sealed; one committing meanwhile below that is sealed by its own
        // commit's sealing.
        int total = 0;
        List<Revision> sealed;
        int after = 0;
        while (!(sealed = sealChunk(c, after)).isEmpty()) {
          total += sealed.size();
          after = sealed.getLast().rev();
        }
        return total;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(autoCommit);
      }
    }
  }

  private List<Revision> sealChunk(Connection c, int afterRev) throws SQLException {
    Head head = lockHead(c);
    List<Revision> pending = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "select rev, revtstmp, username, reason, chain_seq, chain_hash from revinfo"
                + " where chain_seq is null and rev > ? order by rev")) {
      ps.setInt(1, afterRev);
      ps.setMaxRows(CHUNK);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          pending.add(Revision.read(rs));
        }
      }
    }
    if (pending.isEmpty()) {
      c.commit();
      return pending;
    }
    Map<Integer, AuditTables.Changes> changes =
        tables(c).changes(c, pending.getFirst().rev(), pending.getLast().rev());
    long seq = head.seq();
    String previous = head.hash();
    try (PreparedStatement update =
        c.prepareStatement("update revinfo set chain_seq = ?, chain_hash = ? where rev = ?")) {
      for (Revision r : pending) {
        previous = r.hash(previous, changes.get(r.rev()));
        update.setLong(1, ++seq);
        update.setString(2, previous);
        update.setInt(3, r.rev());
        update.addBatch();
      }
      update.executeBatch();
    }
    sealRows(c, pending, changes);
    try (PreparedStatement ps =
        c.prepareStatement("update audit_chain set last_seq = ?, last_hash = ? where id = 1")) {
      ps.setLong(1, seq);
      ps.setString(2, previous);
      ps.executeUpdate();
    }
    c.commit();
    return pending;
  }

  /** Each row's fingerprint, replacing any left by an earlier seal of the same revision. */
  private static void sealRows(
      Connection c, List<Revision> sealed, Map<Integer, AuditTables.Changes> changes)
      throws SQLException {
    try (PreparedStatement delete = c.prepareStatement("delete from audit_row_seal where rev = ?");
        PreparedStatement insert =
            c.prepareStatement(
                "insert into audit_row_seal (rev, table_name, row_key, fingerprint)"
                    + " values (?, ?, ?, ?)")) {
      for (Revision r : sealed) {
        delete.setInt(1, r.rev());
        delete.addBatch();
        AuditTables.Changes rows = changes.get(r.rev());
        for (AuditTables.RowRef row : rows == null ? List.<AuditTables.RowRef>of() : rows.rows()) {
          insert.setInt(1, r.rev());
          insert.setString(2, row.table());
          insert.setString(3, row.key());
          insert.setString(4, row.fingerprint());
          insert.addBatch();
        }
      }
      delete.executeBatch();
      insert.executeBatch();
    }
  }

  private static Head lockHead(Connection c) throws SQLException {
    try (PreparedStatement ps =
            c.prepareStatement(
                "select last_seq, last_hash from audit_chain where id = 1 for update");
        ResultSet rs = ps.executeQuery()) {
      if (!rs.next()) {
        throw new IllegalStateException("the audit chain's head row is missing");
      }
      return new Head(rs.getLong(1), rs.getString(2));
    }
  }

  /** The head as stored: the last position sealed and its hash. */
  static Head head(Connection c) throws SQLException {
    try (PreparedStatement ps =
            c.prepareStatement("select last_seq, last_hash from audit_chain where id = 1");
        ResultSet rs = ps.executeQuery()) {
      return rs.next() ? new Head(rs.getLong(1), rs.getString(2)) : new Head(-1, null);
    }
  }

  AuditTables tables(Connection c) throws SQLException {
    AuditTables known = tables;
    if (known == null) {
      known = AuditTables.discover(c);
      tables = known;
    }
    return known;
  }

  DataSource dataSource() {
    return dataSource;
  }

  record Head(long seq, String hash) {}

  /** A revinfo row with its seal (null position and hash while unsealed). */
  record Revision(
      int rev,
      long timestampMillis,
      String username,
      String reason,
      @Nullable Long seq,
      String hash) {

    static Revision read(ResultSet rs) throws SQLException {
      long seq = rs.getLong(5);
      Long position = rs.wasNull() ? null : seq;
      return new Revision(
          rs.getInt(1), rs.getLong(2), rs.getString(3), rs.getString(4), position, rs.getString(6));
    }

    String hash(String previous, AuditTables.@Nullable Changes changes) {
      return CanonicalRevision.hash(
          rev, timestampMillis, username, reason, previous, changes == null ? "" : changes.text());
    }
  }
}

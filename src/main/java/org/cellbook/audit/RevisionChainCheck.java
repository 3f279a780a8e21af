package org.cellbook.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Recomputes every sealed revision's hash from the audit rows, its who/when/reason and the stored
 * hash of the revision before it in the chain, and compares it with the stored one: a revision
 * whose rows, author, time or reason were changed, or whose predecessor's hash was, no longer
 * matches. Also names revisions never sealed, a position missing from the chain and a chain that
 * ends before its recorded head (revisions cut off the end).
 */
@Component
class RevisionChainCheck implements IntegrityCheck {

  private final AuditChain chain;

  RevisionChainCheck(AuditChain chain) {
    this.chain = chain;
  }

  @Override
  public String subject() {
    return "revisions";
  }

  /** Seals what committed since the last seal first, so only a tampered chain shows problems. */
  @Override
  public Result check() {
    try {
      chain.sealPending();
      try (Connection c = chain.dataSource().getConnection()) {
        return check(c);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the audit tables: " + e.getMessage(), e);
    }
  }

  private Result check(Connection c) throws SQLException {
    AuditChain.Head head = AuditChain.head(c);
    List<AuditChain.Revision> revisions = new ArrayList<>();
    Map<Long, String> hashAt = new HashMap<>();
    try (PreparedStatement ps =
            c.prepareStatement(
                "select rev, revtstmp, username, reason, chain_seq, chain_hash from revinfo"
                    + " order by rev");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        AuditChain.Revision r = AuditChain.Revision.read(rs);
        revisions.add(r);
        if (r.seq() != null) {
          hashAt.put(r.seq(), r.hash());
        }
      }
    }
    AuditTables tables = chain.tables(c);
    List<Problem> problems = new ArrayList<>();
    AuditChain.Revision last = null;
    for (int from = 0; from < revisions.size(); from += AuditChain.CHUNK) {
      List<AuditChain.Revision> chunk =
          revisions.subList(from, Math.min(revisions.size(), from + AuditChain.CHUNK));
      Map<Integer, AuditTables.Changes> changes =
          tables.changes(c, chunk.getFirst().rev(), chunk.getLast().rev());
      for (AuditChain.Revision r : chunk) {
        AuditTables.Changes rows = changes.get(r.rev());
        String broken = broken(r, hashAt, rows);
        if (broken != null) {
          problems.add(problem(c, tables, r, rows, broken));
        }
        if (r.seq() != null && (last == null || r.seq() > last.seq())) {
          last = r;
        }
      }
    }
    long lastSeq = last == null ? 0 : last.seq();
    if (head.seq() != lastSeq || (last != null && !Objects.equals(last.hash(), head.hash()))) {
      problems.add(
          new Problem(
              null,
              last == null ? null : last.rev(),
              "the audit chain was sealed up to position "
                  + head.seq()
                  + " but ends at position "
                  + lastSeq
                  + (last == null ? "" : " (revision " + last.rev() + ")")
                  + ": revisions were removed from its end, or its head was altered"));
    }
    return new Result(revisions.size(), problems);
  }

  /** What is wrong with a revision's seal, or null. */
  private static @Nullable String broken(
      AuditChain.Revision r, Map<Long, String> hashAt, AuditTables.Changes rows) {
    if (r.seq() == null || r.hash() == null) {
      return "was never sealed into the audit chain";
    }
    String previous = r.seq() == 1 ? CanonicalRevision.GENESIS : hashAt.get(r.seq() - 1);
    if (previous == null) {
      return "follows a revision missing from the audit chain (position " + (r.seq() - 1) + ")";
    }
    if (!r.hash(previous, rows).equals(r.hash())) {
      return "no longer matches its seal: its recorded changes, author, time or reason, or the"
          + " seal of the revision before it, were altered";
    }
    return null;
  }

  /**
   * The rows of a broken revision whose fingerprint differs from the one sealed, that were not
   * sealed, or that were sealed and are gone (named by their record as it is now); all its rows
   * when none differ (its who, when, reason or a hash was changed instead).
   */
  private static List<AuditTables.RowRef> changedRows(
      Connection c, AuditTables tables, AuditChain.Revision r, AuditTables.@Nullable Changes rows)
      throws SQLException {
    List<AuditTables.RowRef> now = rows == null ? List.of() : rows.rows();
    Map<String, String[]> sealed = new LinkedHashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "select table_name, row_key, fingerprint from audit_row_seal where rev = ?"
                + " order by table_name, row_key")) {
      ps.setInt(1, r.rev());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          sealed.put(
              rs.getString(1) + "|" + rs.getString(2),
              new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
        }
      }
    }
    List<AuditTables.RowRef> changed = new ArrayList<>();
    for (AuditTables.RowRef row : now) {
      String[] seal = sealed.remove(row.table() + "|" + row.key());
      if (seal == null || !seal[2].equals(row.fingerprint())) {
        changed.add(row);
      }
    }
    for (String[] gone : sealed.values()) {
      changed.add(tables.removed(gone[0], gone[1]));
    }
    return changed.isEmpty() ? now : changed;
  }

  private static Problem problem(
      Connection c,
      AuditTables tables,
      AuditChain.Revision r,
      AuditTables.Changes rows,
      String broken)
      throws SQLException {
    List<String> codes = AuditTables.codes(c, changedRows(c, tables, r, rows));
    String code =
        codes.isEmpty()
            ? null
            : codes.size() <= 3
                ? String.join(", ", codes)
                : String.join(", ", codes.subList(0, 3)) + " and " + (codes.size() - 3) + " more";
    return new Problem(
        code,
        r.rev(),
        "revision "
            + r.rev()
            + " by "
            + (r.username() == null ? "an unknown user" : r.username())
            + " at "
            + Instant.ofEpochMilli(r.timestampMillis())
            + " "
            + broken);
  }
}

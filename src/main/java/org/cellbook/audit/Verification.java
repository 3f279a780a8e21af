package org.cellbook.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Runs every {@link IntegrityCheck} (the revision chain, the stored files, the signatures): what
 * {@code verify} and the administrators' integrity page report.
 */
@Service
public class Verification {

  private final List<IntegrityCheck> checks;
  private final AuditChain chain;

  /** Reports list the subjects in this order, any others after them. */
  private static final List<String> ORDER = List.of("revisions", "files", "signatures");

  Verification(List<IntegrityCheck> checks, AuditChain chain) {
    this.chain = chain;
    this.checks =
        checks.stream()
            .sorted(
                Comparator.comparingInt(
                        (IntegrityCheck c) ->
                            ORDER.contains(c.subject()) ? ORDER.indexOf(c.subject()) : ORDER.size())
                    .thenComparing(IntegrityCheck::subject))
            .toList();
  }

  /**
   * How many items of each subject were checked, every problem found (by subject), and the chain's
   * head after the check.
   */
  public record Report(
      Map<String, Long> checked, List<IntegrityCheck.Problem> problems, Anchor head) {

    public boolean ok() {
      return problems.isEmpty();
    }

    /** Items of a subject checked; 0 for a subject nothing checks. */
    public long checked(String subject) {
      return checked.getOrDefault(subject, 0L);
    }
  }

  /**
   * The audit chain's last sealed position and its hash. Noted outside Cellbook (a lab book, an
   * e-mail), it is what a chain rewritten from end to end by someone with the database cannot
   * match: {@link #run(Collection)} checks that an anchor noted earlier is still in the chain.
   */
  public record Anchor(long position, String sha256) {}

  public Report run() {
    return run(List.of());
  }

  /**
   * @param anchors chain hashes noted from earlier checks; one the chain no longer holds is a
   *     problem
   */
  public Report run(Collection<String> anchors) {
    Map<String, Long> checked = new LinkedHashMap<>();
    List<IntegrityCheck.Problem> problems = new ArrayList<>();
    for (IntegrityCheck check : checks) {
      IntegrityCheck.Result result = check.check();
      checked.merge(check.subject(), result.checked(), Long::sum);
      problems.addAll(result.problems());
    }
    try (Connection c = chain.dataSource().getConnection()) {
      for (String anchor : anchors) {
        anchorProblem(c, anchor.trim().toLowerCase(Locale.ROOT)).ifPresent(problems::add);
      }
      AuditChain.Head head = AuditChain.head(c);
      return new Report(
          Map.copyOf(checked), List.copyOf(problems), new Anchor(head.seq(), head.hash()));
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the audit chain: " + e.getMessage(), e);
    }
  }

  private static Optional<IntegrityCheck.Problem> anchorProblem(Connection c, String anchor)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("select rev from revinfo where chain_hash = ?")) {
      ps.setString(1, anchor);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          return Optional.empty();
        }
      }
    }
    return Optional.of(
        new IntegrityCheck.Problem(
            null,
            null,
            "the anchor "
                + anchor
                + " noted from an earlier check is not in the audit chain: the trail was"
                + " rewritten since, or this is another notebook"));
  }
}

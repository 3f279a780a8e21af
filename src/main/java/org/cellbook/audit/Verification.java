package org.cellbook.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Runs every {@link IntegrityCheck} (the revision chain, the stored files, the signatures): what
 * {@code verify} and the administrators' integrity page report.
 */
@Service
public class Verification {

  private final List<IntegrityCheck> checks;

  /** Reports list the subjects in this order, any others after them. */
  private static final List<String> ORDER = List.of("revisions", "files", "signatures");

  Verification(List<IntegrityCheck> checks) {
    this.checks =
        checks.stream()
            .sorted(
                Comparator.comparingInt(
                        (IntegrityCheck c) ->
                            ORDER.contains(c.subject()) ? ORDER.indexOf(c.subject()) : ORDER.size())
                    .thenComparing(IntegrityCheck::subject))
            .toList();
  }

  /** How many items of each subject were checked, and every problem found, by subject. */
  public record Report(Map<String, Long> checked, List<IntegrityCheck.Problem> problems) {

    public boolean ok() {
      return problems.isEmpty();
    }

    /** Items of a subject checked; 0 for a subject nothing checks. */
    public long checked(String subject) {
      return checked.getOrDefault(subject, 0L);
    }
  }

  public Report run() {
    Map<String, Long> checked = new LinkedHashMap<>();
    List<IntegrityCheck.Problem> problems = new ArrayList<>();
    for (IntegrityCheck check : checks) {
      IntegrityCheck.Result result = check.check();
      checked.merge(check.subject(), result.checked(), Long::sum);
      problems.addAll(result.problems());
    }
    return new Report(Map.copyOf(checked), List.copyOf(problems));
  }
}

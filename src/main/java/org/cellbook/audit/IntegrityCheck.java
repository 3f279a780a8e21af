package org.cellbook.audit;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One thing {@code verify} recomputes and compares with what was stored: the revision chain, the
 * stored files, the signatures. Each is a bean; verify runs them all.
 */
public interface IntegrityCheck {

  /** What is counted, as named in {@code verify --json}: "revisions", "files", "signatures". */
  String subject();

  Result check();

  /** How many items were checked and what was found broken, in the order found. */
  record Result(long checked, List<Problem> problems) {}

  /**
   * One broken item: the record's code, the revision concerned (null when none applies) and what is
   * wrong, with who and when where known.
   */
  record Problem(String code, @Nullable Integer revision, String what) {}
}

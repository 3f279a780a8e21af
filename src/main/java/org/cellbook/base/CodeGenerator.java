package org.cellbook.base;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out the human-readable codes printed on labels ({@code B-2026-0014}, {@code AC-LOT-0003}).
 * The counter row is locked for the rest of the caller's transaction, so two users creating records
 * at once never get the same code, and a rolled-back save returns its number.
 */
@Service
public class CodeGenerator {

  private final CodeCounterRepository counters;

  CodeGenerator(CodeCounterRepository counters) {
    this.counters = counters;
  }

  /** The next code with this prefix: {@code prefix + zero-padded number}, e.g. "B-2026-0014". */
  @Transactional(propagation = Propagation.MANDATORY)
  public String next(String prefix) {
    CodeCounter counter =
        counters
            .lockByPrefix(prefix)
            .orElseGet(() -> counters.saveAndFlush(new CodeCounter(prefix)));
    return "%s%04d".formatted(prefix, counter.next());
  }
}

package org.cellbook.analysis.fuzz;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * An input a reader failed on: it threw something other than its import error, ran over its time,
 * or ran out of memory.
 *
 * @param input index of the input in its campaign (reproduced from the campaign seed)
 * @param recipe the mutations that made it from the seed
 * @param problem the exception (for a hang: where the reader was when it was stopped)
 * @param stack the top of the stack
 * @param bytes the input, minimised where the problem reproduces on a shorter one
 */
record Finding(
    String target,
    Kind kind,
    int input,
    String seed,
    String recipe,
    String problem,
    StackTraceElement[] stack,
    byte[] bytes) {

  enum Kind {
    CRASH,
    HANG,
    OUT_OF_MEMORY
  }

  /** Findings with the same signature are one bug: same kind, exception and place in Cellbook. */
  String signature() {
    String exception = problem.contains(":") ? problem.substring(0, problem.indexOf(':')) : problem;
    return target + ' ' + kind + ' ' + (kind == Kind.CRASH ? exception + ' ' : "") + where();
  }

  /** The first frame in Cellbook's own code (not this harness), else the top frame. */
  String where() {
    return Arrays.stream(stack)
        .filter(f -> f.getClassName().startsWith("org.cellbook."))
        .filter(f -> !f.getClassName().startsWith(Finding.class.getPackageName()))
        .findFirst()
        .or(() -> Arrays.stream(stack).findFirst())
        .map(StackTraceElement::toString)
        .orElse("?");
  }

  Finding withBytes(byte[] smaller) {
    return new Finding(target, kind, input, seed, recipe, problem, stack, smaller);
  }

  @Override
  public String toString() {
    return "%s %s on input %d (%s,%s; %d bytes): %s%n    %s"
        .formatted(
            target,
            kind,
            input,
            seed,
            recipe,
            bytes.length,
            problem,
            Arrays.stream(stack)
                .limit(8)
                .map(StackTraceElement::toString)
                .collect(Collectors.joining("\n    ")));
  }
}

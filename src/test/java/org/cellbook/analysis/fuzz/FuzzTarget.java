package org.cellbook.analysis.fuzz;

import java.nio.file.Path;
import java.util.List;

/**
 * One reader under test: its seeds, how to read a file with it (detection included), and the
 * exception types by which it refuses a bad file. Anything else it throws, a hang or running out of
 * memory is a finding.
 *
 * @param name short name, used in reports and to pick targets on the command line
 * @param refusals the reader's import errors: {@code ImportException}, and {@code IOException} for
 *     the pattern and spectrum readers
 */
record FuzzTarget(
    String name, List<Seed> seeds, Reader reader, List<Class<? extends Exception>> refusals) {

  /** Reads one file as the application would. */
  @FunctionalInterface
  interface Reader {
    void read(Path file) throws Exception;
  }

  FuzzTarget {
    if (seeds.isEmpty()) {
      throw new IllegalArgumentException(name + " has no seed");
    }
    seeds = List.copyOf(seeds);
    refusals = List.copyOf(refusals);
  }

  boolean isRefusal(Throwable t) {
    return refusals.stream().anyMatch(type -> type.isInstance(t));
  }

  @Override
  public String toString() {
    return name;
  }
}

package org.cellbook.analysis.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cellbook analyze} on mutants of every reader's seeds ({@link AnalyzeCommandTarget}): it
 * exits 0, or 2 with one line on stderr naming the file.
 */
class AnalyzeCommandFuzzTest {

  /** Inputs per reader: the analysis behind the command costs more than a read. */
  static final int INPUTS = 20;

  @TempDir static Path work;

  @Test
  void analyzeExitsZeroOrTwoWithOneLineNamingTheFile() {
    List<FuzzTarget> targets =
        FuzzTargets.all(work).stream().map(AnalyzeCommandTarget::of).toList();
    List<Campaign.Result> results =
        Campaign.runAll(
            targets,
            INPUTS,
            ImporterFuzzTest.SEED,
            ImporterFuzzTest.THREADS,
            work,
            r -> System.out.println(r.summary()));
    assertThat(results.stream().flatMap(r -> r.findings().stream()))
        .as(
            "%s",
            results.stream()
                .flatMap(r -> r.findings().stream())
                .map(Finding::toString)
                .collect(Collectors.joining("\n")))
        .isEmpty();
  }
}

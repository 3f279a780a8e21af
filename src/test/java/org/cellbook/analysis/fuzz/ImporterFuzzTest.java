package org.cellbook.analysis.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cellbook.analysis.importers.CyclerImporter;
import org.cellbook.analysis.importers.CyclerImporters;
import org.cellbook.analysis.sorption.IsothermImporters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The short seeded fuzzing campaign of every reader: {@value #INPUTS} mutated files each, two
 * readers at a time, in a JVM of 256 MB heap (surefire's {@code fuzz} execution). A reader may read
 * a mutant or refuse it with its import error naming the file; anything else fails the reader's
 * test with the input's recipe. {@code FuzzImporters 2000 20260513 NAME} runs the same inputs and
 * writes the findings' bytes to {@code target/fuzz-findings/}.
 */
class ImporterFuzzTest {

  /** The campaign's seed: the same inputs on every run. */
  static final long SEED = 20_260_513L;

  static final int INPUTS = 2_000;

  /** Readers fuzzed at once: the two cores of a CI runner. */
  static final int THREADS = 2;

  @TempDir static Path work;

  private static Map<String, Campaign.Result> results;

  static List<FuzzTarget> targets() {
    return FuzzTargets.all(work);
  }

  @BeforeAll
  static void runTheCampaign() {
    results =
        Campaign.runAll(
                targets(), INPUTS, SEED, THREADS, work, r -> System.out.println(r.summary()))
            .stream()
            .collect(Collectors.toMap(Campaign.Result::target, Function.identity()));
  }

  @Test
  void everyImporterIsFuzzed() {
    List<String> names = targets().stream().map(FuzzTarget::name).toList();
    for (CyclerImporter importer : CyclerImporters.standard().importers()) {
      assertThat(names).contains(FuzzTargets.slug(importer.formatName()));
    }
    assertThat(names)
        .hasSize(
            CyclerImporters.standard().importers().size()
                + IsothermImporters.standard().importers().size()
                + 5)
        .doesNotHaveDuplicates();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void seedsAreReadAsTheyAre(FuzzTarget target) {
    try (Campaign campaign = new Campaign(work.resolve("seeds-" + target.name()))) {
      for (Seed seed : target.seeds()) {
        Campaign.Attempt a = campaign.attempt(target, seed.name(), seed.bytes());
        assertThat(a.outcome())
            .as("%s: %s", seed, a.problem())
            .isEqualTo(Campaign.Attempt.Outcome.READ);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void mutantsAreReadOrRefusedWithTheImportError(FuzzTarget target) {
    Campaign.Result r = results.get(target.name());
    assertThat(r.findings())
        .as(
            "%s%n%s",
            r.summary(),
            r.findings().stream().map(Finding::toString).collect(Collectors.joining("\n")))
        .isEmpty();
  }
}

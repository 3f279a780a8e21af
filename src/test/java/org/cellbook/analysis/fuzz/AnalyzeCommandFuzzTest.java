package org.cellbook.analysis.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.cellbook.cli.CellbookCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cellbook analyze} on mutants of every reader's seeds, through the command line's own entry
 * ({@link CellbookCli#run}): it exits 0, or 2 with one line on stderr naming the file — never 1,
 * never a stack trace, never a line that only says which exception escaped. Half the inputs are
 * analysed with {@code --json}, half as a table.
 */
class AnalyzeCommandFuzzTest {

  /** Inputs per reader: the analysis behind the command costs more than a read. */
  static final int INPUTS = 20;

  @TempDir static Path work;

  /** The command's refusal: exit 2 with the line it printed. */
  static final class Refused extends Exception {
    Refused(String line) {
      super(line);
    }
  }

  /** An exception's name in the line: the command caught what the analysis did not foresee. */
  private static final java.util.regex.Pattern ESCAPED =
      java.util.regex.Pattern.compile(": \\w+(Exception|Error): ");

  static void analyze(Path file) throws Refused {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] args =
        file.getFileName().hashCode() % 2 == 0
            ? new String[] {"analyze", file.toString(), "--json"}
            : new String[] {"analyze", file.toString()};
    int exit = CellbookCli.run(args, new PrintWriter(out), new PrintWriter(err));
    List<String> lines = err.toString().lines().toList();
    if (exit == 0 && lines.isEmpty() && !out.toString().isBlank()) {
      return;
    }
    String line = lines.isEmpty() ? "" : lines.getFirst();
    if (exit != 2
        || lines.size() != 1
        || !line.contains(file.getFileName().toString())
        || ESCAPED.matcher(line).find()) {
      throw new AssertionError("exit " + exit + ", stderr:\n" + err);
    }
    throw new Refused(line);
  }

  @Test
  void analyzeExitsZeroOrTwoWithOneLineNamingTheFile() {
    List<FuzzTarget> targets =
        FuzzTargets.all(work).stream()
            .map(
                t ->
                    new FuzzTarget(
                        t.name() + "-analyze",
                        t.seeds(),
                        AnalyzeCommandFuzzTest::analyze,
                        List.of(Refused.class)))
            .toList();
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

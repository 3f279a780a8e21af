package org.cellbook.analysis.fuzz;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.cellbook.cli.CellbookCli;

/**
 * A reader's seeds fed to {@code cellbook analyze} through the command line's own entry ({@link
 * CellbookCli#run}) instead of the reader: the command must exit 0, or 2 with one line on stderr
 * naming the file — never 1, never a stack trace, never a line that only says which exception
 * escaped. Half the files (by name) are analysed with {@code --json}, half as a table.
 */
final class AnalyzeCommandTarget {

  /** The command's refusal: exit 2 with the line it printed. */
  static final class Refused extends Exception {
    Refused(String line) {
      super(line);
    }
  }

  /** An exception's name in the line: the command caught what the analysis did not foresee. */
  private static final java.util.regex.Pattern ESCAPED =
      java.util.regex.Pattern.compile(": \\w+(Exception|Error): ");

  private AnalyzeCommandTarget() {}

  /** The target's seeds, analysed by the command. */
  static FuzzTarget of(FuzzTarget reader) {
    return new FuzzTarget(
        reader.name() + "-analyze",
        reader.seeds(),
        AnalyzeCommandTarget::analyze,
        List.of(Refused.class));
  }

  private static void analyze(Path file) throws Refused {
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
}

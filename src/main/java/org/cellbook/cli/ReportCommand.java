package org.cellbook.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cellbook.base.NotFoundException;
import org.cellbook.base.ReportKind;
import org.cellbook.reports.ReportService;
import org.cellbook.reports.ReportTemplateException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description =
        "Writes the PDF report of a cell, a batch or a saved series (no web server is started).")
final class ReportCommand implements Callable<Integer> {

  @Mixin DataDirOption dataDir;

  @Parameters(index = "0", paramLabel = "KIND", description = "cell, batch or series.")
  String kind;

  @Parameters(index = "1", paramLabel = "CODE", description = "Code of the cell, batch or series.")
  String code;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "PDF file to write (default: exports/<kind>-<code>-<UTC time>.pdf).")
  Path out;

  @Override
  public Integer call() {
    ReportKind which;
    try {
      which = ReportKind.valueOf(kind.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      System.err.println("KIND must be cell, batch or series, not " + kind);
      return 2;
    }
    try (Notebook notebook = Notebook.open(dataDir)) {
      ReportService reports = notebook.bean(ReportService.class);
      Path written =
          notebook.call(
              () -> {
                if (out == null) {
                  return reports.export(which, code, "system");
                }
                reports.writeFile(which, code, "system", out);
                return out;
              });
      System.out.println(written.toAbsolutePath());
      return 0;
    } catch (NotFoundException | ReportTemplateException e) {
      System.err.println(e.getMessage());
      return 1;
    }
  }
}

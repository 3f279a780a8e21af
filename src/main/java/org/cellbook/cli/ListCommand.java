package org.cellbook.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.cellbook.base.RecordType;
import org.cellbook.lineage.RecordListing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "Lists the lots, batches, sheets, cells or measurements of a notebook.")
final class ListCommand implements Callable<Integer> {

  /** The kinds a user can list, by the plural used on the command line. */
  enum Kind {
    lots(RecordType.LOT),
    batches(RecordType.BATCH),
    sheets(RecordType.SHEET),
    cells(RecordType.CELL),
    materials(RecordType.MATERIAL),
    measurements(RecordType.MEASUREMENT);

    final RecordType type;

    Kind(RecordType type) {
      this.type = type;
    }
  }

  @Mixin DataDirOption dataDir;

  @Parameters(index = "0", description = "What to list: ${COMPLETION-CANDIDATES}.")
  Kind kind;

  @Option(names = "--json", description = "Print a JSON array of {code, name, type, status}.")
  boolean json;

  @Override
  public Integer call() {
    PrintStream out = System.out;
    JsonMapper mapper = JsonMapper.builder().build();
    try (Notebook notebook = Notebook.open(dataDir)) {
      boolean[] first = {true};
      if (json) {
        out.print("[");
      }
      notebook
          .bean(RecordListing.class)
          .forEach(
              kind.type,
              r -> {
                if (json) {
                  out.print((first[0] ? "\n  " : ",\n  ") + mapper.writeValueAsString(r));
                } else {
                  out.printf("%-22s %-12s %-40s %s%n", r.code(), r.type(), r.name(), r.status());
                }
                first[0] = false;
              });
      if (json) {
        out.println(first[0] ? "]" : "\n]");
      }
    }
    return 0;
  }
}

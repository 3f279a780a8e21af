package org.cellbook.cli;

import java.util.ArrayList;
import java.util.List;
import org.cellbook.storage.DataFolder;
import picocli.CommandLine.Option;

/**
 * Where the notebook is: {@code --data-dir DIR}, the same folder the server's {@code
 * cellbook.data-dir} names (relative to the working directory, like the server's), and the server's
 * own property arguments ({@code --spring.datasource.url=…}, {@code --cellbook.…=…}), so a tool
 * opens exactly the notebook the server opens with the same arguments.
 */
final class DataDirOption {

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description = "Notebook data directory (default: ${DEFAULT-VALUE}).",
      defaultValue = "./data")
  String dataDir;

  /** {@code --key=value} property arguments, set by {@link CellbookCli} before the command runs. */
  final List<String> properties = new ArrayList<>();

  /** The data directory as the tool reports it: absolute. */
  String folder() {
    return DataFolder.resolve(dataDir).toString();
  }
}

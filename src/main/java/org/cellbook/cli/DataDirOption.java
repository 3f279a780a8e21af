package org.cellbook.cli;

import picocli.CommandLine.Option;

/**
 * {@code --data-dir DIR}: the same notebook folder the server's {@code cellbook.data-dir} names.
 */
final class DataDirOption {

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description = "Notebook data directory (default: ${DEFAULT-VALUE}).",
      defaultValue = "./data")
  String dataDir;
}

package org.cellbook.cli;

import java.util.concurrent.Callable;
import org.cellbook.Application;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Mixin;

@Command(
    name = "version",
    mixinStandardHelpOptions = true,
    description = "Prints Cellbook's version.")
final class VersionCommand implements Callable<Integer> {

  @Mixin DataDirOption dataDir;

  @Override
  public Integer call() {
    System.out.println(version());
    return 0;
  }

  static String version() {
    return "Cellbook " + Application.version();
  }

  static final class Provider implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {version()};
    }
  }
}

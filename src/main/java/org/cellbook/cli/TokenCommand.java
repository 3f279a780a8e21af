package org.cellbook.cli;

import java.util.concurrent.Callable;
import org.cellbook.security.ApiTokens;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "token",
    mixinStandardHelpOptions = true,
    description = "Manages personal API tokens.",
    subcommands = TokenCommand.Create.class)
final class TokenCommand {

  @Command(
      name = "create",
      mixinStandardHelpOptions = true,
      description =
          "Creates an API token for USERNAME and prints it once (only its SHA-256 is stored).")
  static final class Create implements Callable<Integer> {

    @Mixin DataDirOption dataDir;

    @Parameters(index = "0", paramLabel = "USERNAME", description = "whose token it is")
    String username;

    @Option(
        names = "--name",
        defaultValue = "command line",
        description = "what the token is for (default: ${DEFAULT-VALUE})")
    String name;

    @Override
    public Integer call() {
      try (Notebook notebook = Notebook.open(dataDir)) {
        System.out.println(
            notebook.call(() -> notebook.bean(ApiTokens.class).create(username, name)));
      }
      return 0;
    }
  }
}

package org.cellbook.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command-line face of Cellbook: {@code java -jar cellbook.jar <command> …}. Commands run
 * without the web server; those that need the notebook open it in the data directory.
 */
@Command(
    name = "cellbook",
    mixinStandardHelpOptions = true,
    versionProvider = VersionCommand.Provider.class,
    description = "Cellbook lab notebook. Without a command, or with serve, starts the web app.",
    subcommands = {
      VersionCommand.class,
      DemoCommand.class,
      ListCommand.class,
      TraceCommand.class,
      AnalyzeCommand.class,
      TokenCommand.class,
      ReportCommand.class,
      VerifyCommand.class,
      BackupCommand.class,
      RestoreCommand.class
    })
public final class CellbookCli {

  /**
   * A Spring property argument as the server takes it ({@code --spring.datasource.url=…}, {@code
   * --cellbook.reports.exports-dir=…}): dotted name, equals sign, value. Commands pass them to the
   * notebook they open instead of parsing them.
   */
  private static final Pattern PROPERTY =
      Pattern.compile("--(spring|cellbook|logging|server)\\.[\\w.\\-\\[\\]]+=.*");

  private static final Set<String> HELP = Set.of("--help", "-h", "help", "--version", "-V");

  /** The explicit way to start the web app; no arguments, or only options, start it too. */
  public static final String SERVE = "serve";

  /**
   * True unless the arguments start the server: none, {@code serve}, or options only ({@code
   * --data-dir DIR}, {@code --server.port=…}). Any other first word is a command, so a mistyped one
   * ("verifyy") is refused with the list of commands instead of starting a server.
   */
  public static boolean isCommand(String[] args) {
    if (args.length == 0 || args[0].equals(SERVE)) {
      return false;
    }
    return HELP.contains(args[0]) || !args[0].startsWith("-");
  }

  public static int run(String[] args) {
    return run(
        args,
        new PrintWriter(System.out, true, System.out.charset()),
        new PrintWriter(System.err, true, System.err.charset()));
  }

  /** Runs a command writing its output and messages to {@code out} and {@code err}. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = commandLine();
    cli.setOut(out);
    cli.setErr(err);
    if (args.length > 0 && args[0].equals("help")) {
      cli.usage(out);
      return 0;
    }
    if (args.length > 1 && !args[0].startsWith("-") && !cli.getSubcommands().containsKey(args[0])) {
      // Alone, the unknown word gets picocli's "Did you mean" (a --help after it would win).
      return cli.execute(args[0]);
    }
    // A tool's failure is a message a person can act on, not a stack trace.
    cli.setExecutionExceptionHandler(
        (error, commandLine, parseResult) -> {
          commandLine
              .getErr()
              .println("cellbook " + commandLine.getCommandName() + ": " + rootMessage(error));
          return 1;
        });
    List<String> properties = new ArrayList<>();
    List<String> options = new ArrayList<>();
    for (String a : args) {
      (PROPERTY.matcher(a).matches() ? properties : options).add(a);
    }
    cli.setExecutionStrategy(
        parsed -> {
          for (CommandLine command : parsed.asCommandLineList()) {
            if (command.getMixins().get("dataDir") instanceof DataDirOption where) {
              where.properties.addAll(properties);
            }
          }
          return new CommandLine.RunLast().execute(parsed);
        });
    return cli.execute(options.toArray(String[]::new));
  }

  /**
   * The dispatcher. {@code analyze} comes from the plain-Java analysis side and needs no notebook,
   * but takes {@code --data-dir} like every command so scripts can pass it uniformly.
   */
  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new CellbookCli());
    cli.getSubcommands().get("analyze").addMixin("dataDir", new DataDirOption());
    return cli;
  }

  private static String rootMessage(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }

  /**
   * Server arguments without a leading {@code serve}, with {@code --data-dir DIR} turned into
   * Spring's property form.
   */
  public static String[] serverArguments(String[] args) {
    List<String> out = new ArrayList<>();
    for (int i = args.length > 0 && args[0].equals(SERVE) ? 1 : 0; i < args.length; i++) {
      if (args[i].equals("--data-dir") && i + 1 < args.length) {
        out.add("--cellbook.data-dir=" + args[++i]);
      } else if (args[i].startsWith("--data-dir=")) {
        out.add("--cellbook.data-dir=" + args[i].substring("--data-dir=".length()));
      } else {
        out.add(args[i]);
      }
    }
    return out.toArray(String[]::new);
  }
}

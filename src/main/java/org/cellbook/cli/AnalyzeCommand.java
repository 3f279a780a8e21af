package org.cellbook.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.cellbook.analysis.run.AnalysisTechnique;
import org.cellbook.analysis.run.Analyzer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code analyze FILE...}: the {@link Analyzer} on the command line — a table or, with {@code
 * --json}, one JSON object (a contract: scripts read its KPI names). Exit codes: 0 ok, 2 a file or
 * an option cannot be used (one line on stderr naming the file), never 1 with an exception's text.
 */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description =
        "Import instrument files and print capacities/CE, CV kinetics, GITT diffusion, BET/pore"
            + " volumes, XRD or Raman results.")
public final class AnalyzeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "instrument export(s) to analyse")
  List<Path> files;

  @Option(
      names = "--technique",
      defaultValue = "auto",
      description = "auto, cycling, cv, gitt, sorption, xrd or raman (default: ${DEFAULT-VALUE})")
  AnalysisTechnique technique;

  @Option(
      names = "--format",
      paramLabel = "NAME",
      description = "importer name or prefix (e.g. LAND, BioLogic, Maccor); default: detect")
  String format;

  @Option(names = "--active-mass-mg", paramLabel = "M", description = "active mass in mg")
  Double activeMassMg;

  @Option(names = "--area-cm2", paramLabel = "A", description = "electrode area in cm²")
  Double areaCm2;

  @Option(
      names = {"--plateau-cutoff-v", "--v-cut"},
      paramLabel = "V",
      defaultValue = "0.1",
      description = "plateau/slope cut-off voltage (default ${DEFAULT-VALUE} V)")
  double plateauCutoffVolts;

  @Option(
      names = "--opening",
      defaultValue = "auto",
      description =
          "half cycle that opens a cycle: auto (by the voltage window, else the first full half cycle), reduction (anode half cell), oxidation (cathode/full cell)")
  Analyzer.Opening opening;

  @Option(
      names = "--potentials-v",
      split = ",",
      paramLabel = "V",
      description = "CV: potentials for b-values (default 0.05,0.1,0.15,0.3,0.5,0.8,1.0)")
  List<Double> potentials;

  @Option(
      names = "--molar-mass-g-mol",
      paramLabel = "M",
      description = "GITT: molar mass of the active material (g/mol)")
  Double molarMass;

  @Option(
      names = "--molar-volume-cm3-mol",
      paramLabel = "V",
      description = "GITT: molar volume of the active material (cm³/mol)")
  Double molarVolume;

  @Option(
      names = "--thickness-cm",
      paramLabel = "L",
      description = "GITT: electrode thickness (cm), instead of mass/molar volume/area")
  Double thicknessCm;

  @Option(
      names = "--adsorbate",
      description =
          "sorption: N2 (77 K) or CO2 (adds DR); default: the adsorptive the file names, else N2")
  String adsorbate;

  @Option(
      names = "--bet-range",
      split = ",",
      paramLabel = "P",
      description =
          "sorption: force the BET range to LOW,HIGH in p/p0 (default: Rouquerol, automatic)")
  List<Double> betRange;

  @Option(names = "--json", description = "print one JSON object instead of a table")
  boolean json;

  public static void main(String[] args) {
    System.exit(new CommandLine(new AnalyzeCommand()).execute(args));
  }

  @Override
  public Integer call() {
    try {
      Analyzer.Outcome outcome =
          Analyzer.analyze(
              files,
              new Analyzer.Settings(
                  technique,
                  format,
                  activeMassMg,
                  areaCm2,
                  plateauCutoffVolts,
                  opening,
                  potentials,
                  molarMass,
                  molarVolume,
                  thicknessCm,
                  adsorbate,
                  betRange == null
                      ? null
                      : betRange.stream().mapToDouble(Double::doubleValue).toArray()),
              json);
      spec.commandLine().getOut().print(outcome.output());
      spec.commandLine().getOut().flush();
      return 0;
    } catch (Analyzer.AnalysisProblem e) {
      return refuse(e.getMessage());
    } catch (RuntimeException e) {
      // a file the analysis did not foresee is still a file the user must hear about in one line;
      // the exception's class says it is a gap in Cellbook (the fuzzing tests look for it)
      return refuse(
          "cannot analyse "
              + files.stream().map(Path::toString).collect(Collectors.joining(", "))
              + ": "
              + e.getClass().getSimpleName()
              + ": "
              + e.getMessage());
    }
  }

  /** Longest message printed: a message may quote a line of the file. */
  static final int MAX_MESSAGE_CHARS = 1000;

  /** Prints the problem as one line of at most {@link #MAX_MESSAGE_CHARS} characters; exit 2. */
  private int refuse(String message) {
    String line = oneLine(message);
    spec.commandLine().getErr().println(line);
    spec.commandLine().getErr().flush();
    return 2;
  }

  /**
   * The message on one line: line breaks (a parser's message quoting the file) and other control
   * characters (the file's own bytes) become spaces, and a long quote is cut.
   */
  static String oneLine(String message) {
    String line = String.valueOf(message).replaceAll("[\\p{Cc}\\p{Zl}\\p{Zp}]+", " ").strip();
    return line.length() <= MAX_MESSAGE_CHARS ? line : line.substring(0, MAX_MESSAGE_CHARS) + "…";
  }
}

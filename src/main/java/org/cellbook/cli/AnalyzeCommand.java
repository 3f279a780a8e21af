package org.cellbook.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cellbook.analysis.cycling.Cycle;
import org.cellbook.analysis.cycling.CycleConvention;
import org.cellbook.analysis.cycling.CyclingAnalysis;
import org.cellbook.analysis.cycling.CyclingOptions;
import org.cellbook.analysis.cycling.CyclingResult;
import org.cellbook.analysis.cycling.DifferentialCapacity;
import org.cellbook.analysis.cycling.HalfCycle;
import org.cellbook.analysis.cycling.RateGroup;
import org.cellbook.analysis.importers.CyclerImporter;
import org.cellbook.analysis.importers.ImportException;
import org.cellbook.analysis.importers.ImportOptions;
import org.cellbook.analysis.importers.ImporterRegistry;
import org.cellbook.analysis.series.CellSeries;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code analyze FILE}: imports a cycler export (format detected from the content unless {@code
 * --format} is given) and prints the cycling analysis as a summary or as JSON. Exit codes: 0 ok, 2
 * the file or an option cannot be used (message on stderr).
 */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = "Import a cycler file and print capacities, CE, rate table and dQ/dV peaks.")
public final class AnalyzeCommand implements Callable<Integer> {

  /** Which half cycle opens a cycle. */
  enum Opening {
    auto,
    reduction,
    oxidation
  }

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "cycler export to analyse")
  Path file;

  @Option(
      names = "--format",
      paramLabel = "X",
      description = "importer name or prefix (e.g. LAND, BioLogic, Maccor); default: detect")
  String format;

  @Option(names = "--active-mass-mg", paramLabel = "M", description = "active mass in mg")
  Double activeMassMg;

  @Option(names = "--area-cm2", paramLabel = "A", description = "electrode area in cm²")
  Double areaCm2;

  @Option(
      names = "--v-cut",
      paramLabel = "V",
      defaultValue = "0.1",
      description = "plateau/slope cut voltage (default ${DEFAULT-VALUE} V)")
  double vCut;

  @Option(
      names = "--opening",
      defaultValue = "auto",
      description =
          "half cycle that opens a cycle: auto (first in file), reduction (anode half cell),"
              + " oxidation (cathode/full cell)")
  Opening opening;

  @Option(names = "--json", description = "print a JSON document instead of a summary")
  boolean json;

  public static void main(String[] args) {
    System.exit(new CommandLine(new AnalyzeCommand()).execute(args));
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ImporterRegistry registry = ImporterRegistry.standard();
    try {
      CellSeries series;
      if (format != null) {
        CyclerImporter importer =
            registry
                .byName(format)
                .orElseThrow(
                    () ->
                        new ImportException(
                            file,
                            "unknown --format '"
                                + format
                                + "'; known: "
                                + String.join(
                                    ", ",
                                    registry.importers().stream()
                                        .map(CyclerImporter::formatName)
                                        .toList())));
        series = importer.parse(file, ImportOptions.defaults());
      } else {
        series = registry.importFile(file, ImportOptions.defaults());
      }
      CyclingOptions options =
          CyclingOptions.defaults()
              .withActiveMassMilligrams(activeMassMg)
              .withAreaSquareCentimetres(areaCm2)
              .withPlateauCutVolts(vCut)
              .withConvention(
                  switch (opening) {
                    case auto -> CycleConvention.AUTO;
                    case reduction -> CycleConvention.REDUCTION_FIRST;
                    case oxidation -> CycleConvention.OXIDATION_FIRST;
                  });
      CyclingResult result = CyclingAnalysis.analyze(series, options);
      DifferentialCapacity dqdv = dqdv(series, result);
      out.print(json ? json(series, result, dqdv) : summary(series, result, dqdv));
      out.flush();
      return 0;
    } catch (ImportException e) {
      err.println("cannot import: " + e.getMessage());
      return 2;
    } catch (IllegalArgumentException e) {
      err.println("invalid option: " + e.getMessage());
      return 2;
    }
  }

  /** dQ/dV of the closing half of the first complete cycle, 5 mV bins. */
  private static DifferentialCapacity dqdv(CellSeries s, CyclingResult r) {
    for (Cycle c : r.cycles()) {
      if (c.complete()) {
        return DifferentialCapacity.of(s, c.closing(), 0.005);
      }
    }
    return null;
  }

  private static String f(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }

  private static String num(Double x, String pattern) {
    return x == null || x.isNaN() ? "-" : f(pattern, x);
  }

  static String summary(CellSeries s, CyclingResult r, DifferentialCapacity dqdv) {
    StringBuilder b = new StringBuilder();
    b.append(f("File        %s%n", s.metadata().format()));
    b.append(f("Records     %d%n", s.size()));
    b.append(
        f(
            "Active mass %s%n",
            r.activeMassMilligrams() == null ? "not given" : r.activeMassMilligrams() + " mg"));
    b.append(f("Cycles      %d (%s: %s)%n", r.cycles().size(), r.source(), r.sourceReason()));
    b.append(f("Opening     %s half cycle%n", r.openingDirection()));
    b.append(
        f(
            "ICE         %s%n",
            r.initialCoulombicEfficiency() == null
                ? "-"
                : f("%.2f %%", 100 * r.initialCoulombicEfficiency())));
    b.append(
        f(
            "%n%5s %12s %12s %8s %12s %12s %12s %8s%n",
            "cycle",
            "red. mAh",
            "ox. mAh",
            "CE %",
            "rev. mAh/g",
            "j (" + r.rateTable().currentUnit() + ")",
            "plateau mAh",
            "<1 V %"));
    for (Cycle c : r.cycles()) {
      b.append(
          f(
              "%5d %12.6g %12.6g %8s %12s %12s %12s %8s%n",
              c.number(),
              c.reductionMilliAmpHours(),
              c.oxidationMilliAmpHours(),
              num(c.coulombicEfficiency() == null ? null : 100 * c.coulombicEfficiency(), "%.2f"),
              num(c.reversibleMilliAmpHoursPerGram(), "%.2f"),
              num(c.currentDensity(), "%.4g"),
              c.split() == null ? "-" : f("%.6g", c.split().plateauMilliAmpHours()),
              c.split() == null ? "-" : num(100 * c.split().belowOneVoltFraction(), "%.1f")));
    }
    b.append(
        f(
            "%nRate table (capacity in %s, current in %s)%n",
            r.rateTable().capacityUnit(), r.rateTable().currentUnit()));
    for (RateGroup g : r.rateTable().groups()) {
      b.append(
          f(
              "  cycles %d-%d at %.4g: mean %.4g (first %.4g, last %.4g), %.1f %% of lowest rate%n",
              g.firstCycle(),
              g.lastCycle(),
              g.meanCurrentDensity(),
              g.meanReversibleCapacity(),
              g.firstReversibleCapacity(),
              g.lastReversibleCapacity(),
              100 * g.retentionVsLowestRate()));
    }
    if (r.rateTable().returnRecovery() != null) {
      b.append(
          f(
              "  back at the initial rate: %.1f %% of the first group%n",
              100 * r.rateTable().returnRecovery()));
    }
    if (dqdv != null) {
      b.append(
          f(
              "%ndQ/dV (%s half, %.0f mV bins, %s): peaks",
              dqdv.direction(), dqdv.binVolts() * 1000, dqdv.smoothing()));
      dqdv.peaks()
          .forEach(
              p ->
                  b.append(
                      f(" %.3f V (%.4g mAh/V)", p.voltageVolts(), p.heightMilliAmpHoursPerVolt())));
      b.append(f("%n"));
    }
    for (String w : s.metadata().warnings()) {
      b.append(f("note: %s%n", w));
    }
    for (String d : r.diagnostics()) {
      b.append(f("note: %s%n", d));
    }
    return b.toString();
  }

  static String json(CellSeries s, CyclingResult r, DifferentialCapacity dqdv) {
    JsonWriter w = new JsonWriter().beginObject();
    w.field("format", s.metadata().format()).field("records", s.size());
    w.field("activeMassMilligrams", r.activeMassMilligrams());
    w.field("cycleSource", r.source().name()).field("cycleSourceReason", r.sourceReason());
    w.field("openingDirection", r.openingDirection().name());
    w.field("initialCoulombicEfficiency", r.initialCoulombicEfficiency());
    w.name("cycles").beginArray();
    for (Cycle c : r.cycles()) {
      w.beginObject()
          .field("number", c.number())
          .field("reductionMilliAmpHours", c.reductionMilliAmpHours())
          .field("oxidationMilliAmpHours", c.oxidationMilliAmpHours())
          .field("coulombicEfficiency", c.coulombicEfficiency())
          .field("reversibleMilliAmpHours", c.reversibleMilliAmpHours())
          .field("reversibleMilliAmpHoursPerGram", c.reversibleMilliAmpHoursPerGram())
          .field(
              "reversibleMilliAmpHoursPerSquareCentimetre",
              c.reversibleMilliAmpHoursPerSquareCentimetre())
          .field("currentDensity", c.currentDensity())
          .field("retention", c.retention());
      w.field("voltageHysteresisVolts", c.voltageHysteresisVolts());
      half(w, "opening", c.opening(), r.activeMassMilligrams());
      half(w, "closing", c.closing(), r.activeMassMilligrams());
      if (c.split() != null) {
        w.name("voltageSplit")
            .beginObject()
            .field("direction", c.split().direction().name())
            .field("cutVolts", c.split().cutVolts())
            .field("plateauMilliAmpHours", c.split().plateauMilliAmpHours())
            .field("slopeMilliAmpHours", c.split().slopeMilliAmpHours())
            .field("plateauFraction", c.split().plateauFraction())
            .field("belowOneVoltMilliAmpHours", c.split().belowOneVoltMilliAmpHours())
            .field("belowOneVoltFraction", c.split().belowOneVoltFraction())
            .endObject();
      }
      w.endObject();
    }
    w.endArray();
    w.name("rateTable")
        .beginObject()
        .field("currentUnit", r.rateTable().currentUnit())
        .field("capacityUnit", r.rateTable().capacityUnit())
        .field("returnRecovery", r.rateTable().returnRecovery());
    w.name("groups").beginArray();
    for (RateGroup g : r.rateTable().groups()) {
      w.beginObject()
          .field("firstCycle", g.firstCycle())
          .field("lastCycle", g.lastCycle())
          .field("meanCurrentDensity", g.meanCurrentDensity())
          .field("meanReversibleCapacity", g.meanReversibleCapacity())
          .field("firstReversibleCapacity", g.firstReversibleCapacity())
          .field("lastReversibleCapacity", g.lastReversibleCapacity())
          .field("meanCoulombicEfficiency", g.meanCoulombicEfficiency())
          .field("retentionVsLowestRate", g.retentionVsLowestRate())
          .endObject();
    }
    w.endArray().endObject();
    if (dqdv != null) {
      w.name("dqdv")
          .beginObject()
          .field("direction", dqdv.direction().name())
          .field("binVolts", dqdv.binVolts())
          .field("smoothing", dqdv.smoothing());
      w.name("peaks").beginArray();
      dqdv.peaks()
          .forEach(
              p ->
                  w.beginObject()
                      .field("voltageVolts", p.voltageVolts())
                      .field("heightMilliAmpHoursPerVolt", p.heightMilliAmpHoursPerVolt())
                      .endObject());
      w.endArray().endObject();
    }
    w.name("warnings").beginArray();
    s.metadata().warnings().forEach(w::value);
    r.diagnostics().forEach(w::value);
    w.endArray();
    return w.endObject() + System.lineSeparator();
  }

  private static void half(JsonWriter w, String name, HalfCycle h, Double massMg) {
    w.name(name);
    if (h == null) {
      w.value((String) null);
      return;
    }
    w.beginObject()
        .field("direction", h.direction().name())
        .field("capacityMilliAmpHours", h.capacityMilliAmpHours())
        .field("energyMilliWattHours", h.energyMilliWattHours())
        .field(
            "energyMilliWattHoursPerGram",
            massMg == null ? null : h.energyMilliWattHours() / (massMg / 1000))
        .field("meanVoltageVolts", h.meanVoltageVolts())
        .field("meanCurrentMilliAmps", h.meanCurrentMilliAmps())
        .field("durationSeconds", h.durationSeconds())
        .endObject();
  }
}

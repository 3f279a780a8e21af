package org.cellbook.analysis.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cellbook.analysis.cycling.Cycle;
import org.cellbook.analysis.cycling.CycleConvention;
import org.cellbook.analysis.cycling.CyclingAnalysis;
import org.cellbook.analysis.cycling.CyclingOptions;
import org.cellbook.analysis.cycling.CyclingResult;
import org.cellbook.analysis.cycling.DifferentialCapacity;
import org.cellbook.analysis.cycling.HalfCycle;
import org.cellbook.analysis.cycling.RateGroup;
import org.cellbook.analysis.cycling.TemperatureSeries;
import org.cellbook.analysis.cycling.VoltageSplit;
import org.cellbook.analysis.gitt.DiffusionLength;
import org.cellbook.analysis.gitt.GittAnalysis;
import org.cellbook.analysis.gitt.GittProtocol;
import org.cellbook.analysis.gitt.GittPulse;
import org.cellbook.analysis.importers.CyclerImporter;
import org.cellbook.analysis.importers.ImportException;
import org.cellbook.analysis.importers.ImportOptions;
import org.cellbook.analysis.importers.ImporterRegistry;
import org.cellbook.analysis.importers.ReadLimits;
import org.cellbook.analysis.kpi.ImplausibleKpis;
import org.cellbook.analysis.series.CellSeries;
import org.cellbook.analysis.series.StepType;
import org.cellbook.analysis.voltammetry.ScanRateStudy;
import org.cellbook.analysis.voltammetry.Sweep;
import org.cellbook.analysis.voltammetry.Voltammogram;

/**
 * The analysis behind {@code analyze FILE...} and behind every upload in the app: imports
 * instrument exports (format detected from the content unless a format is named) and analyses their
 * technique — cycling, a CV scan-rate series (several files or one holding several rates), GITT, or
 * a sorption isotherm, XRD pattern or Raman spectrum — into a readable table or one JSON object
 * (the contract of issues 4 and 5, whose KPI names the app stores).
 */
public final class Analyzer {

  /** What the files hold; auto decides from the records. */
  public enum Technique {
    auto,
    cycling,
    cv,
    gitt,
    sorption,
    xrd,
    raman
  }

  /** Which half cycle opens a cycle. */
  public enum Opening {
    auto,
    reduction,
    oxidation
  }

  /** Potentials (V) at which b-values are reported unless chosen: plateau and sloping region. */
  public static final double[] DEFAULT_B_POTENTIALS = {0.05, 0.1, 0.15, 0.3, 0.5, 0.8, 1.0};

  private final List<Path> files;
  private final Technique technique;
  private final String format;
  private final Double activeMassMg;
  private final Double areaCm2;
  private final double plateauCutoffVolts;
  private final Opening opening;
  private final List<Double> potentials;
  private final Double molarMass;
  private final Double molarVolume;
  private final Double thicknessCm;
  private final String adsorbate;
  private final double[] betRange;
  private final boolean json;

  /** One imported file. */
  record Imported(Path file, String sha256, CellSeries series) {}

  /** An input the user has to fix; the message names the file or option. */
  static final class UsageProblem extends RuntimeException {
    UsageProblem(String message) {
      super(message);
    }
  }

  /**
   * The options of one analysis; null where not given (defaults: detect technique and format,
   * plateau cut-off 0.1 V, the first half cycle opens a cycle, the adsorptive the file names).
   */
  public record Settings(
      Technique technique,
      String format,
      Double activeMassMg,
      Double areaCm2,
      Double plateauCutoffVolts,
      Opening opening,
      List<Double> potentialsVolts,
      Double molarMassGramsPerMole,
      Double molarVolumeCm3PerMole,
      Double thicknessCm,
      String adsorbate,
      double[] betRangeRelativePressure) {

    public static Settings defaults() {
      return new Settings(null, null, null, null, null, null, null, null, null, null, null, null);
    }
  }

  /**
   * What an analysis produced: the output — with JSON the document whose KPI names the app stores,
   * otherwise a readable table — and the series of each cycler file (empty for materials files).
   */
  public record Outcome(String output, List<CellSeries> series) {}

  /** A file or an option that cannot be used; the message is one line naming the file. */
  public static final class AnalysisProblem extends Exception {
    AnalysisProblem(String message) {
      super(message);
    }
  }

  private Analyzer(List<Path> files, Settings s, boolean json) {
    this.files = List.copyOf(files);
    this.json = json;
    this.technique = s.technique() == null ? Technique.auto : s.technique();
    this.format = s.format();
    this.activeMassMg = s.activeMassMg();
    this.areaCm2 = s.areaCm2();
    this.plateauCutoffVolts =
        s.plateauCutoffVolts() == null
            ? CyclingOptions.DEFAULT_PLATEAU_CUT_VOLTS
            : s.plateauCutoffVolts();
    this.opening = s.opening() == null ? Opening.auto : s.opening();
    this.potentials = s.potentialsVolts();
    this.molarMass = s.molarMassGramsPerMole();
    this.molarVolume = s.molarVolumeCm3PerMole();
    this.thicknessCm = s.thicknessCm();
    this.adsorbate = s.adsorbate(); // null: the file's own adsorptive, else N2
    this.betRange = s.betRangeRelativePressure();
  }

  /**
   * What a file looks like before it is analysed, for the user to confirm or correct: "sorption
   * isotherm", "XRD pattern", "Raman spectrum" or the cycler importer's format name; null when
   * nothing recognises it.
   */
  public static String recognise(Path file) {
    try {
      ReadLimits.checkArchive(file);
    } catch (ImportException e) {
      return null;
    }
    Optional<MaterialsAnalysis.Kind> materials = MaterialsAnalysis.detect(file);
    if (materials.isPresent()) {
      return switch (materials.get()) {
        case sorption -> "sorption isotherm";
        case xrd -> "XRD pattern";
        case raman -> "Raman spectrum";
      };
    }
    try {
      return ImporterRegistry.standard()
          .detect(file)
          .map(d -> d.importer().formatName())
          .orElse(null);
    } catch (ImportException e) {
      return null;
    }
  }

  /** Analyses the files: one JSON object when {@code json}, else a readable table. */
  public static Outcome analyze(List<Path> files, Settings settings, boolean json)
      throws AnalysisProblem {
    if (files.isEmpty()) {
      throw new AnalysisProblem("no file to analyse");
    }
    return new Analyzer(files, settings, json).run();
  }

  private Outcome run() throws AnalysisProblem {
    try {
      for (Path file : files) {
        ReadLimits.checkArchive(file);
      }
      Optional<MaterialsAnalysis.Kind> materials =
          switch (technique) {
            case sorption -> Optional.of(MaterialsAnalysis.Kind.sorption);
            case xrd -> Optional.of(MaterialsAnalysis.Kind.xrd);
            case raman -> Optional.of(MaterialsAnalysis.Kind.raman);
            case auto -> MaterialsAnalysis.detect(files.getFirst());
            default -> Optional.empty();
          };
      if (materials.isPresent()) {
        return new Outcome(
            MaterialsAnalysis.run(materials.get(), files.getFirst(), json, adsorbate, betRange),
            List.of());
      }
      List<Imported> imported = new ArrayList<>();
      for (Path file : files) {
        imported.add(importFile(file));
      }
      Technique chosen =
          technique == Technique.auto ? detect(imported.getFirst().series()) : technique;
      String text =
          switch (chosen) {
            case cv -> cv(imported);
            case gitt -> gitt(imported);
            default -> cycling(imported);
          };
      return new Outcome(text, imported.stream().map(Imported::series).toList());
    } catch (ImportException e) {
      throw new AnalysisProblem("cannot import: " + e.getMessage());
    } catch (MaterialsAnalysis.Problem e) {
      throw new AnalysisProblem("cannot analyse: " + e.getMessage());
    } catch (UsageProblem | IllegalArgumentException | UncheckedIOException e) {
      throw new AnalysisProblem("cannot analyse " + files.getFirst() + ": " + e.getMessage());
    }
  }

  private Imported importFile(Path file) throws ImportException {
    ImporterRegistry registry = ImporterRegistry.standard();
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
    return new Imported(file, sha256(file), series);
  }

  /**
   * Potential sweeps make a CV (step type SWEEP, or no step type and the potential moving every
   * record while the current does not hold one value); repeated pulses of one current and duration,
   * each followed by a longer rest, make a GITT ({@link GittProtocol}); anything else is cycling.
   */
  static Technique detect(CellSeries s) {
    int sweeps = 0;
    for (StepType t : s.stepType()) {
      if (t == StepType.SWEEP) {
        sweeps++;
      }
    }
    if (sweeps > s.size() * 0.9 || steadySweep(s) && !constantCurrent(s)) {
      return Technique.cv;
    }
    return GittProtocol.of(s).isPresent() ? Technique.gitt : Technique.cycling;
  }

  /**
   * True when nearly every record's |I| is within 2 % of the median |I|: a galvanostatic record,
   * however linear its potential, where a sweep's current follows the electrode's response.
   */
  private static boolean constantCurrent(CellSeries s) {
    double[] magnitudes = Arrays.stream(s.currentMilliAmps()).map(Math::abs).sorted().toArray();
    double median = magnitudes[magnitudes.length / 2];
    long held =
        Arrays.stream(magnitudes).filter(x -> Math.abs(x - median) <= 0.02 * median).count();
    return median > 0 && held > 0.9 * magnitudes.length;
  }

  /** True when nearly every record moves the potential at the same rate: a linear sweep. */
  private static boolean steadySweep(CellSeries s) {
    double[] e = s.voltageVolts();
    double[] t = s.timeSeconds();
    if (e.length < 10) {
      return false;
    }
    double[] rates = new double[e.length - 1];
    for (int k = 1; k < e.length; k++) {
      double dt = t[k] - t[k - 1];
      rates[k - 1] = dt > 0 ? Math.abs(e[k] - e[k - 1]) / dt : 0;
    }
    double[] sorted = rates.clone();
    Arrays.sort(sorted);
    double median = sorted[sorted.length / 2];
    if (median == 0) {
      return false;
    }
    int steady = 0;
    for (double r : rates) {
      if (Math.abs(r - median) <= 0.05 * median) {
        steady++;
      }
    }
    return steady > 0.9 * rates.length;
  }

  /**
   * The cycling options {@code analyze} uses, for callers that redo part of the analysis (plots of
   * the same cycles). Null values take the defaults; opening is auto, reduction or oxidation.
   */
  public static CyclingOptions cyclingOptions(
      Double activeMassMg, Double areaCm2, Double plateauCutoffVolts, String opening) {
    return CyclingOptions.defaults()
        .withActiveMassMilligrams(activeMassMg)
        .withAreaSquareCentimetres(areaCm2)
        .withPlateauCutVolts(
            plateauCutoffVolts == null
                ? CyclingOptions.DEFAULT_PLATEAU_CUT_VOLTS
                : plateauCutoffVolts)
        .withConvention(
            switch (opening == null ? Opening.auto : Opening.valueOf(opening)) {
              case auto -> CycleConvention.AUTO;
              case reduction -> CycleConvention.REDUCTION_FIRST;
              case oxidation -> CycleConvention.OXIDATION_FIRST;
            });
  }

  private String cycling(List<Imported> imported) {
    if (imported.size() > 1) {
      throw new UsageProblem("cycling analyses one file at a time; give one FILE");
    }
    Imported in = imported.getFirst();
    CyclingResult r =
        CyclingAnalysis.analyze(
            in.series(), cyclingOptions(activeMassMg, areaCm2, plateauCutoffVolts, opening.name()));
    DifferentialCapacity dqdv = dqdv(in.series(), r);
    if (!json) {
      return summary(in.series(), r, dqdv);
    }
    JsonWriter w = header(in, "cycling");
    ImplausibleKpis implausible = new ImplausibleKpis();
    List<String> warnings = new ArrayList<>(r.diagnostics());
    w.name("cycles").beginArray();
    Double mass = r.activeMassMilligrams();
    List<Integer> oddCe = new ArrayList<>();
    Cycle first = r.cycles().stream().filter(Cycle::complete).findFirst().orElse(null);
    for (Cycle c : r.cycles()) {
      w.beginObject()
          .field("cycle", c.number())
          .field("charge_mah", c.oxidationMilliAmpHours())
          .field("discharge_mah", c.reductionMilliAmpHours())
          .field("coulombic_efficiency", c.coulombicEfficiency());
      if (c.coulombicEfficiency() != null
          && !Cycle.COULOMBIC_EFFICIENCY.admits(c.coulombicEfficiency())) {
        if (c != first) { // the ICE's own reason says it for the first complete cycle
          oddCe.add(c.number());
        }
        w.field("implausible", Cycle.COULOMBIC_EFFICIENCY.explain("CE", c.coulombicEfficiency()));
      }
      if (mass != null) {
        w.field("charge_mah_g", c.oxidationMilliAmpHours() / mass * 1000)
            .field("discharge_mah_g", c.reductionMilliAmpHours() / mass * 1000);
      }
      w.field("reversible_mah_g", c.reversibleMilliAmpHoursPerGram())
          .field("reversible_mah_cm2", c.reversibleMilliAmpHoursPerSquareCentimetre())
          .field("current_density", c.currentDensity())
          .field("retention", c.retention())
          .endObject();
    }
    w.endArray();
    if (!oddCe.isEmpty()) {
      warnings.add(
          "CE of cycle%s %s is outside %s: %s"
              .formatted(
                  oddCe.size() == 1 ? "" : "s",
                  oddCe.stream().map(String::valueOf).collect(Collectors.joining(", ")),
                  Cycle.COULOMBIC_EFFICIENCY.interval(),
                  Cycle.COULOMBIC_EFFICIENCY.cause()));
    }
    w.name("kpis")
        .beginObject()
        .field(
            "ice",
            implausible.check(
                "ice", "ICE", r.initialCoulombicEfficiency(), Cycle.COULOMBIC_EFFICIENCY))
        .field("cycle_source", r.source().name().toLowerCase())
        .field(
            "opening",
            r.openingDirection() == null ? null : r.openingDirection().name().toLowerCase());
    if (first != null) {
      w.field("reversible_capacity_mah", first.reversibleMilliAmpHours())
          .field(
              "reversible_capacity_mah_g",
              implausible.check(
                  "reversible_capacity_mah_g",
                  "Reversible capacity",
                  first.reversibleMilliAmpHoursPerGram(),
                  Cycle.SPECIFIC_CAPACITY))
          .field("reversible_capacity_mah_cm2", first.reversibleMilliAmpHoursPerSquareCentimetre());
      VoltageSplit split = first.split();
      if (split != null) {
        Double scale = mass == null ? null : 1000 / mass;
        HalfCycle splitHalf = first.half(split.direction());
        double whole = split.plateauMilliAmpHours() + split.slopeMilliAmpHours();
        if (Math.abs(whole - splitHalf.capacityMilliAmpHours())
            > 1e-6 * Math.max(whole, splitHalf.capacityMilliAmpHours())) {
          implausible.flag(
              "plateau_capacity_mah",
              "plateau + sloping capacity (%.6g mAh) differs from the %s capacity of the cycle (%.6g mAh)"
                  .formatted(
                      whole,
                      split.direction().name().toLowerCase(Locale.ROOT),
                      splitHalf.capacityMilliAmpHours()));
        }
        w.field("plateau_cutoff_v", split.cutVolts())
            .field("plateau_capacity_mah", split.plateauMilliAmpHours())
            .field("sloping_capacity_mah", split.slopeMilliAmpHours())
            .field(
                "plateau_capacity_mah_g",
                implausible.check(
                    "plateau_capacity_mah_g",
                    "Plateau capacity",
                    scale == null ? null : split.plateauMilliAmpHours() * scale,
                    Cycle.SPECIFIC_CAPACITY))
            .field(
                "sloping_capacity_mah_g",
                implausible.check(
                    "sloping_capacity_mah_g",
                    "Sloping capacity",
                    scale == null ? null : split.slopeMilliAmpHours() * scale,
                    Cycle.SPECIFIC_CAPACITY))
            .field("plateau_fraction", split.plateauFraction())
            .field("capacity_below_1v_fraction", split.belowOneVoltFraction());
      }
    }
    Cycle last = r.cycles().isEmpty() ? null : r.cycles().getLast();
    w.field("last_cycle", last == null ? null : last.number())
        .field(
            "retention_last_cycle",
            implausible.check(
                "retention_last_cycle",
                "Retention",
                last == null ? null : last.retention(),
                Cycle.RETENTION));
    w.name("rate_table").beginArray();
    for (RateGroup g : r.rateTable().groups()) {
      w.beginObject()
          .field("first_cycle", g.firstCycle())
          .field("last_cycle", g.lastCycle())
          .field("current_density", g.meanCurrentDensity())
          .field("current_unit", r.rateTable().currentUnit())
          .field("mean_capacity", g.meanReversibleCapacity())
          .field("capacity_unit", r.rateTable().capacityUnit())
          .field("retention_vs_lowest_rate", g.retentionVsLowestRate())
          .endObject();
    }
    w.endArray();
    TemperatureSeries temperatures = TemperatureSeries.of(in.series(), r);
    if (temperatures != null && temperatures.groups().size() > 1) {
      w.name("temperature_series").beginArray();
      for (TemperatureSeries.Group g : temperatures.groups()) {
        w.beginObject()
            .field("temperature_c", g.temperatureCelsius())
            .field("first_cycle", g.firstCycle())
            .field("last_cycle", g.lastCycle())
            .field("mean_reversible_mah", g.meanReversibleMilliAmpHours())
            .field("retention_vs_reference", g.retentionVsReference())
            .endObject();
      }
      w.endArray().field("temperature_reference_c", temperatures.referenceCelsius());
    }
    if (dqdv != null) {
      w.name("dqdv_peaks_v").beginArray();
      dqdv.peaks().forEach(p -> w.value(p.voltageVolts()));
      w.endArray();
    }
    w.endObject();
    return footer(w, in.series(), implausible, warnings);
  }

  private String cv(List<Imported> imported) {
    List<Voltammogram> cvs = new ArrayList<>();
    for (Imported in : imported) {
      cvs.addAll(Voltammogram.byScanRate(in.series()));
    }
    ScanRateStudy study = cvs.size() >= 2 ? new ScanRateStudy(cvs) : null;
    List<Double> at =
        potentials != null ? potentials : Arrays.stream(DEFAULT_B_POTENTIALS).boxed().toList();
    List<String> warnings = new ArrayList<>();
    if (study == null) {
      warnings.add(
          "b-values and capacitive fractions need two or more scan rates; the files hold one");
    }
    if (!json) {
      StringBuilder b = new StringBuilder();
      for (Voltammogram cv : cvs) {
        b.append(
            f(
                "scan rate %.4g mV/s: %d sweeps%n",
                cv.scanRateMillivoltsPerSecond(), cv.sweeps().size()));
      }
      if (study != null) {
        b.append(f("%n%8s %10s %8s %8s %8s%n", "E (V)", "branch", "b", "SE", "R²"));
        for (double v : at) {
          for (Sweep.Direction d : Sweep.Direction.values()) {
            ScanRateStudy.BValue bv = study.bValue(v, d);
            b.append(
                f(
                    "%8.3f %10s %8.4f %8.4f %8.5f%n",
                    v,
                    d.name().toLowerCase(),
                    bv.b(),
                    bv.fit().slopeStandardError(),
                    bv.fit().rSquared()));
          }
        }
        b.append(f("%nCapacitive fraction (Dunn)%n"));
        for (double rate : study.scanRates()) {
          b.append(
              f(
                  "  %.4g mV/s: anodic %.3f, cathodic %.3f, cycle %.3f%n",
                  rate,
                  study.capacitiveShare(Sweep.Direction.ANODIC, rate).capacitiveFraction(),
                  study.capacitiveShare(Sweep.Direction.CATHODIC, rate).capacitiveFraction(),
                  study.cycleCapacitiveFraction(rate)));
        }
      }
      warnings.forEach(x -> b.append("note: ").append(x).append(System.lineSeparator()));
      return b.toString();
    }
    JsonWriter w = header(imported.getFirst(), "cv");
    ImplausibleKpis implausible = new ImplausibleKpis();
    files(w, imported);
    w.name("scan_rates_mv_s").beginArray();
    cvs.forEach(cv -> w.value(cv.scanRateMillivoltsPerSecond()));
    w.endArray();
    w.name("kpis").beginObject();
    w.name("peaks").beginArray();
    for (Voltammogram cv : cvs) {
      for (Sweep.Direction d : Sweep.Direction.values()) {
        Sweep.Peak p = cv.last(d).peak();
        w.beginObject()
            .field("scan_rate_mv_s", cv.scanRateMillivoltsPerSecond())
            .field("branch", d.name().toLowerCase())
            .field("potential_v", p.potentialVolts())
            .field("current_ma", p.currentMilliAmps())
            .endObject();
      }
    }
    w.endArray();
    if (study != null) {
      w.name("b_values").beginArray();
      for (double v : at) {
        for (Sweep.Direction d : Sweep.Direction.values()) {
          ScanRateStudy.BValue bv = study.bValue(v, d);
          w.beginObject()
              .field("potential_v", v)
              .field("branch", d.name().toLowerCase())
              .field("b", bv.b())
              .field("b_se", bv.fit().slopeStandardError())
              .field("r2", bv.fit().rSquared())
              .endObject();
        }
      }
      w.endArray().name("capacitive_fraction").beginArray();
      for (double rate : study.scanRates()) {
        for (Sweep.Direction d : Sweep.Direction.values()) {
          w.beginObject()
              .field("scan_rate_mv_s", rate)
              .field("branch", d.name().toLowerCase())
              .field("fraction", study.capacitiveShare(d, rate).capacitiveFraction())
              .endObject();
        }
      }
      w.endArray();
      // Scalars for search and comparison: b at the plateau (0.1 V) and in the slope (0.5 V),
      // and the whole cycle's capacitive share at the slowest and fastest rates.
      for (double v : new double[] {0.1, 0.5}) {
        for (Sweep.Direction d : Sweep.Direction.values()) {
          try {
            String kpi = "b_%s_at_%dmv".formatted(d.name().toLowerCase(), Math.round(v * 1000));
            w.field(
                kpi,
                implausible.check(
                    kpi,
                    "b (%s, %.1f V)".formatted(d.name().toLowerCase(), v),
                    study.bValue(v, d).b(),
                    ScanRateStudy.B_VALUE));
          } catch (IllegalArgumentException e) {
            warnings.add("no b-value at %.1f V (%s): %s".formatted(v, d, e.getMessage()));
          }
        }
      }
      List<Double> rates = study.scanRates();
      w.field(
              "slowest_rate_capacitive_fraction",
              implausible.check(
                  "slowest_rate_capacitive_fraction",
                  "Capacitive fraction at the slowest rate",
                  study.cycleCapacitiveFraction(rates.getFirst()),
                  ScanRateStudy.CAPACITIVE_FRACTION))
          .field(
              "fastest_rate_capacitive_fraction",
              implausible.check(
                  "fastest_rate_capacitive_fraction",
                  "Capacitive fraction at the fastest rate",
                  study.cycleCapacitiveFraction(rates.getLast()),
                  ScanRateStudy.CAPACITIVE_FRACTION));
    }
    w.endObject();
    return footer(w, imported.getFirst().series(), implausible, warnings);
  }

  private String gitt(List<Imported> imported) {
    if (imported.size() > 1) {
      throw new UsageProblem("GITT analyses one file at a time; give one FILE");
    }
    Imported in = imported.getFirst();
    DiffusionLength length;
    if (thicknessCm != null) {
      length = DiffusionLength.fromThickness(thicknessCm);
    } else {
      Double mass =
          activeMassMg != null ? activeMassMg : in.series().metadata().activeMassMilligrams();
      if (mass == null || areaCm2 == null || molarMass == null || molarVolume == null) {
        throw new UsageProblem(
            "GITT needs --active-mass-mg, --area-cm2, --molar-mass-g-mol and --molar-volume-cm3-mol"
                + " (or --thickness-cm) for D = 4/(πτ)·(m_B·V_M/(M_B·S))²·(ΔEs/ΔEt)²");
      }
      length = DiffusionLength.fromMolarVolume(mass / 1000, molarMass, molarVolume, areaCm2);
    }
    List<GittPulse> pulses = GittAnalysis.analyze(in.series(), length);
    if (!json) {
      StringBuilder b =
          new StringBuilder(
              f(
                  "GITT: %d pulses; L = %.6g cm (%s)%n%n",
                  pulses.size(), length.centimetres(), length.source()));
      b.append(
          f(
              "%6s %12s %9s %8s %10s %10s %9s %12s%n",
              "pulse", "branch", "E (V)", "τ (s)", "ΔEs (V)", "ΔEt (V)", "IR (V)", "D (cm²/s)"));
      for (GittPulse p : pulses) {
        b.append(
            f(
                "%6d %12s %9.5f %8.1f %10.6f %10.6f %9.5f %12.4e%n",
                p.number(),
                p.sodiation() ? "sodiation" : "desodiation",
                p.midVolts(),
                p.tauSeconds(),
                p.deltaEsVolts(),
                p.deltaEtVolts(),
                p.irDropVolts(),
                p.diffusionCm2PerSecond()));
      }
      return b.toString();
    }
    JsonWriter w = header(in, "gitt");
    ImplausibleKpis implausible = new ImplausibleKpis();
    w.name("kpis")
        .beginObject()
        .field("diffusion_length_cm", length.centimetres())
        .field("diffusion_length_source", length.source());
    w.name("gitt_pulses").beginArray();
    for (GittPulse p : pulses) {
      w.beginObject()
          .field("pulse", p.number())
          .field("branch", p.sodiation() ? "sodiation" : "desodiation")
          .field("voltage_v", p.midVolts())
          .field("tau_s", p.tauSeconds())
          .field("delta_es_v", p.deltaEsVolts())
          .field("delta_et_v", p.deltaEtVolts())
          .field("ir_drop_v", p.irDropVolts())
          .field("resistance_ohm", p.internalResistanceOhms())
          .field("d_cm2_s", p.diffusionCm2PerSecond())
          .endObject();
    }
    w.endArray();
    // Scalars for search: the median D of each branch and the lowest D (the plateau's minimum).
    for (boolean sodiation : new boolean[] {true, false}) {
      double[] d =
          pulses.stream()
              .filter(p -> p.sodiation() == sodiation)
              .mapToDouble(GittPulse::diffusionCm2PerSecond)
              .filter(Double::isFinite)
              .sorted()
              .toArray();
      if (d.length > 0) {
        String branch = sodiation ? "sodiation" : "desodiation";
        w.field(
            branch + "_median_d_cm2_s",
            implausible.check(
                branch + "_median_d_cm2_s",
                "Median D of " + branch,
                d[d.length / 2],
                GittPulse.DIFFUSION_COEFFICIENT));
      }
    }
    pulses.stream()
        .mapToDouble(GittPulse::diffusionCm2PerSecond)
        .filter(Double::isFinite)
        .min()
        .ifPresent(
            min ->
                w.field(
                    "min_d_cm2_s",
                    implausible.check(
                        "min_d_cm2_s", "Lowest D", min, GittPulse.DIFFUSION_COEFFICIENT)));
    w.endObject();
    return footer(w, in.series(), implausible, List.of());
  }

  private static JsonWriter header(Imported in, String technique) {
    CellSeries s = in.series();
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double v : s.voltageVolts()) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    return new JsonWriter()
        .beginObject()
        .field("file", in.file().toString())
        .field("sha256", in.sha256())
        .field("format", formatSlug(s.metadata().format()))
        .field("format_name", s.metadata().format())
        .field("technique", technique)
        .field("records", s.size())
        .field("voltage_min_v", s.size() == 0 ? null : min)
        .field("voltage_max_v", s.size() == 0 ? null : max)
        .field("active_mass_mg", s.metadata().activeMassMilligrams());
  }

  private static void files(JsonWriter w, List<Imported> imported) {
    w.name("files").beginArray();
    for (Imported in : imported) {
      w.beginObject()
          .field("file", in.file().toString())
          .field("sha256", in.sha256())
          .field("format", formatSlug(in.series().metadata().format()))
          .field("records", in.series().size())
          .endObject();
    }
    w.endArray();
  }

  /**
   * Closes the document with the implausible KPIs (name → reason, empty when all is well) and the
   * warnings: the file's, the analysis's, and each implausible KPI's reason.
   */
  private static String footer(
      JsonWriter w, CellSeries s, ImplausibleKpis implausible, List<String> more) {
    w.name("implausible").beginObject();
    implausible.reasons().forEach(w::field);
    w.endObject().name("warnings").beginArray();
    s.metadata().warnings().forEach(w::value);
    more.forEach(w::value);
    implausible.reasons().values().forEach(w::value);
    w.endArray().endObject();
    return w.toString() + System.lineSeparator();
  }

  /** "LAND .xlsx (Record/Step/Cycle)" → "land-xlsx": a stable name for scripts. */
  static String formatSlug(String format) {
    return format
        .replaceAll("\\(.*?\\)", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-|-$", "");
  }

  /** Hex SHA-256 of a file, as printed in the JSON. */
  public static String sha256(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }

  /** dQ/dV of the closing half of the first complete cycle, 5 mV bins. */
  public static DifferentialCapacity dqdv(CellSeries s, CyclingResult r) {
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
    Double ice = r.initialCoulombicEfficiency();
    b.append(
        f(
            "ICE         %s%n",
            ice == null
                ? "-"
                : Cycle.COULOMBIC_EFFICIENCY.admits(ice)
                    ? f("%.2f %%", 100 * ice)
                    : f("%.2f %% IMPLAUSIBLE: %s", 100 * ice, Cycle.COULOMBIC_EFFICIENCY.cause())));
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
              c.coulombicEfficiency() == null
                  ? "-"
                  : f("%.2f", 100 * c.coulombicEfficiency())
                      + (Cycle.COULOMBIC_EFFICIENCY.admits(c.coulombicEfficiency()) ? "" : "!"),
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
}

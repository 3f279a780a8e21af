package org.cellbook.analysis.run;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.cellbook.analysis.cycling.Cycle;
import org.cellbook.analysis.cycling.CycleConvention;
import org.cellbook.analysis.cycling.CyclingAnalysis;
import org.cellbook.analysis.cycling.CyclingOptions;
import org.cellbook.analysis.cycling.CyclingResult;
import org.cellbook.analysis.cycling.DifferentialCapacity;
import org.cellbook.analysis.cycling.HalfCycle;
import org.cellbook.analysis.cycling.TemperatureSeries;
import org.cellbook.analysis.cycling.VoltageSplit;
import org.cellbook.analysis.kpi.ImplausibleKpis;
import org.jspecify.annotations.Nullable;

/**
 * Galvanostatic cycling of one file: cycles, capacities, CE, rate table, plateau/sloping split,
 * temperature series and dQ/dV ({@link CyclingAnalysis}), with the KPIs the app stores.
 *
 * @param temperatures the temperature series, null when the file carries no temperature
 * @param dqdv dQ/dV of the closing half of the first complete cycle, null without one
 */
public record CyclingRun(
    AnalysedFile file,
    SeriesFacts series,
    CyclingResult cycling,
    @Nullable TemperatureSeries temperatures,
    @Nullable DifferentialCapacity dqdv,
    Map<String, Number> kpis,
    Map<String, String> implausible,
    List<String> warnings)
    implements SeriesRun {

  /** dQ/dV bins (V). */
  private static final double DQDV_BIN_VOLTS = 0.005;

  public CyclingRun {
    kpis = Collections.unmodifiableMap(new LinkedHashMap<>(kpis));
    implausible = Collections.unmodifiableMap(new LinkedHashMap<>(implausible));
    warnings = List.copyOf(warnings);
  }

  /**
   * What the cycling plots draw beyond the document's cycle table: the half cycles of the cycles
   * whose voltage profiles are shown, and dQ/dV.
   *
   * @param activeMassMilligrams the mass the capacities are per, null when they are not
   * @param profiles cycles 1, 2, 5, 10, 20, 50, 100… and the last complete one
   * @param dqdv dQ/dV of the first complete cycle's closing half, null without one
   */
  public record PlotData(
      @Nullable Double activeMassMilligrams,
      List<ProfileCycle> profiles,
      @Nullable DifferentialCapacity dqdv) {}

  /** A cycle whose voltage profile is drawn; a half cycle absent at the file's ends is null. */
  public record ProfileCycle(int cycle, HalfCycle opening, HalfCycle closing) {}

  @Override
  public String technique() {
    return "cycling";
  }

  @Override
  public CyclingRun withWarnings(List<String> replaced) {
    return new CyclingRun(file, series, cycling, temperatures, dqdv, kpis, implausible, replaced);
  }

  @Override
  public PlotData plotData() {
    List<ProfileCycle> profiles = new ArrayList<>();
    for (int n : profileCycles(cycling.cycles())) {
      Cycle c = cycling.cycle(n);
      profiles.add(new ProfileCycle(n, c.opening(), c.closing()));
    }
    return new PlotData(cycling.activeMassMilligrams(), profiles, dqdv);
  }

  @Override
  public String json(boolean plotData) {
    return CyclingReport.json(this, plotData);
  }

  @Override
  public String table() {
    return CyclingReport.table(this);
  }

  /** The first complete cycle: the one ICE, reversible capacity and the split are taken from. */
  public Cycle firstComplete() {
    return firstComplete(cycling.cycles());
  }

  private static Cycle firstComplete(List<Cycle> cycles) {
    return cycles.stream().filter(Cycle::complete).findFirst().orElse(null);
  }

  static @Nullable CyclingRun analyze(Analyzer.Imported in, Analyzer.Settings settings) {
    CyclingResult r = CyclingAnalysis.analyze(in.series(), options(settings));
    Double mass = r.activeMassMilligrams();
    Cycle first = firstComplete(r.cycles());
    ImplausibleKpis implausible = new ImplausibleKpis();
    Map<String, Number> kpis = new LinkedHashMap<>();
    put(
        kpis,
        "ice",
        implausible.check(
            "ice", "ICE", r.initialCoulombicEfficiency(), Cycle.COULOMBIC_EFFICIENCY));
    if (first != null) {
      put(kpis, "reversible_capacity_mah", first.reversibleMilliAmpHours());
      put(
          kpis,
          "reversible_capacity_mah_g",
          implausible.check(
              "reversible_capacity_mah_g",
              "Reversible capacity",
              first.reversibleMilliAmpHoursPerGram(),
              Cycle.SPECIFIC_CAPACITY));
      put(kpis, "reversible_capacity_mah_cm2", first.reversibleMilliAmpHoursPerSquareCentimetre());
      if (first.split() != null) {
        split(first, mass, kpis, implausible);
      }
    }
    Cycle last = r.cycles().isEmpty() ? null : r.cycles().getLast();
    put(kpis, "last_cycle", last == null ? null : last.number());
    put(
        kpis,
        "retention_last_cycle",
        implausible.check(
            "retention_last_cycle",
            "Retention",
            last == null ? null : last.retention(),
            Cycle.RETENTION));
    TemperatureSeries temperatures = TemperatureSeries.of(in.series(), r);
    if (temperatures != null && temperatures.groups().size() > 1) {
      put(kpis, "temperature_reference_c", temperatures.referenceCelsius());
    }
    SeriesFacts facts = SeriesFacts.of(in.series());
    List<String> warnings = new ArrayList<>(facts.warnings());
    warnings.addAll(r.diagnostics());
    oddCoulombicEfficiencies(r, first).ifPresent(warnings::add);
    return new CyclingRun(
        AnalysedFile.of(
            in.file(), in.sha256(), in.series().metadata().format(), in.series().size()),
        facts,
        r,
        temperatures,
        first == null
            ? null
            : DifferentialCapacity.of(in.series(), first.closing(), DQDV_BIN_VOLTS),
        kpis,
        implausible.reasons(),
        warnings);
  }

  /**
   * The plateau/sloping split of the first complete cycle; plateau + sloping must make the capacity
   * of the half cycle it splits.
   */
  private static void split(
      Cycle first, @Nullable Double mass, Map<String, Number> kpis, ImplausibleKpis implausible) {
    VoltageSplit split = first.split();
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
    put(kpis, "plateau_cutoff_v", split.cutVolts());
    put(kpis, "plateau_capacity_mah", split.plateauMilliAmpHours());
    put(kpis, "sloping_capacity_mah", split.slopeMilliAmpHours());
    put(
        kpis,
        "plateau_capacity_mah_g",
        implausible.check(
            "plateau_capacity_mah_g",
            "Plateau capacity",
            scale == null ? null : split.plateauMilliAmpHours() * scale,
            Cycle.SPECIFIC_CAPACITY));
    put(
        kpis,
        "sloping_capacity_mah_g",
        implausible.check(
            "sloping_capacity_mah_g",
            "Sloping capacity",
            scale == null ? null : split.slopeMilliAmpHours() * scale,
            Cycle.SPECIFIC_CAPACITY));
    put(kpis, "plateau_fraction", split.plateauFraction());
    put(kpis, "capacity_below_1v_fraction", split.belowOneVoltFraction());
  }

  /** One warning naming every cycle but the first complete one whose CE is out of range. */
  private static Optional<String> oddCoulombicEfficiencies(CyclingResult r, Cycle first) {
    List<Integer> odd = new ArrayList<>();
    for (Cycle c : r.cycles()) {
      // the ICE's own reason says it for the first complete cycle
      if (c != first
          && c.coulombicEfficiency() != null
          && !Cycle.COULOMBIC_EFFICIENCY.admits(c.coulombicEfficiency())) {
        odd.add(c.number());
      }
    }
    if (odd.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        "CE of cycle%s %s is outside %s: %s"
            .formatted(
                odd.size() == 1 ? "" : "s",
                odd.stream().map(String::valueOf).collect(Collectors.joining(", ")),
                Cycle.COULOMBIC_EFFICIENCY.interval(),
                Cycle.COULOMBIC_EFFICIENCY.cause()));
  }

  /** The cycling options of the settings; null values take the defaults. */
  private static CyclingOptions options(Analyzer.Settings s) {
    return CyclingOptions.defaults()
        .withActiveMassMilligrams(s.activeMassMg())
        .withAreaSquareCentimetres(s.areaCm2())
        .withPlateauCutVolts(
            s.plateauCutoffVolts() == null
                ? CyclingOptions.DEFAULT_PLATEAU_CUT_VOLTS
                : s.plateauCutoffVolts())
        .withConvention(
            switch (s.opening() == null ? Analyzer.Opening.auto : s.opening()) {
              case auto -> CycleConvention.AUTO;
              case reduction -> CycleConvention.REDUCTION_FIRST;
              case oxidation -> CycleConvention.OXIDATION_FIRST;
            });
  }

  /** Cycles 1, 2, 5, 10, 20, 50, 100… and the last complete one, those the file holds. */
  static List<Integer> profileCycles(List<Cycle> cycles) {
    TreeSet<Integer> wanted = new TreeSet<>();
    int last = 0;
    for (Cycle c : cycles) {
      if (c.complete()) {
        last = c.number();
      }
    }
    for (int decade = 1; decade <= last; decade *= 10) {
      for (int f : new int[] {1, 2, 5}) {
        if (f * decade <= last) {
          wanted.add(f * decade);
        }
      }
    }
    if (last > 0) {
      wanted.add(last);
    }
    List<Integer> present = new ArrayList<>();
    for (int n : wanted) {
      if (cycles.stream().anyMatch(c -> c.number() == n)) {
        present.add(n);
      }
    }
    return present;
  }

  private static void put(Map<String, Number> kpis, String name, @Nullable Number value) {
    if (value != null) {
      kpis.put(name, value);
    }
  }
}

package org.cellbook.analysis.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cellbook.analysis.kpi.ImplausibleKpis;
import org.cellbook.analysis.voltammetry.ScanRateStudy;
import org.cellbook.analysis.voltammetry.Sweep;
import org.cellbook.analysis.voltammetry.SweepDirection;
import org.cellbook.analysis.voltammetry.Voltammogram;
import org.jspecify.annotations.Nullable;

/**
 * Cyclic voltammograms, one or several scan rates in one or several files: the peaks of each rate
 * and, with two rates or more, the {@link ScanRateStudy} (b-values and Dunn's capacitive
 * fractions).
 *
 * @param files the files, in the order given; the first one's header is the document's
 * @param series what the first file says
 * @param voltammograms one per scan rate, in file order
 * @param peaks the peak of the last sweep of each branch, per voltammogram
 * @param bValues at each chosen potential and branch; empty with one scan rate
 * @param capacitiveShares per scan rate, slowest first; empty with one scan rate
 * @param keyBValues at the plateau (0.1 V) and in the slope (0.5 V), where the sweeps reach them:
 *     the KPIs, and the lines the b-value plot draws
 */
public record CvRun(
    List<AnalysedFile> files,
    SeriesFacts series,
    List<Curve> voltammograms,
    List<BranchPeak> peaks,
    List<ScanRateStudy.BValue> bValues,
    List<RateShare> capacitiveShares,
    List<ScanRateStudy.BValue> keyBValues,
    Map<String, Number> kpis,
    Map<String, String> implausible,
    List<String> warnings)
    implements SeriesRun {

  /** Potentials (V) at which b-values are reported unless chosen: plateau and sloping region. */
  static final double[] DEFAULT_B_POTENTIALS = {0.05, 0.1, 0.15, 0.3, 0.5, 0.8, 1.0};

  /** Where the b-value KPIs are taken (V): the plateau and the sloping region. */
  private static final double[] KEY_POTENTIALS = {0.1, 0.5};

  public CvRun {
    files = List.copyOf(files);
    voltammograms = List.copyOf(voltammograms);
    peaks = List.copyOf(peaks);
    bValues = List.copyOf(bValues);
    capacitiveShares = List.copyOf(capacitiveShares);
    keyBValues = List.copyOf(keyBValues);
    kpis = Collections.unmodifiableMap(new LinkedHashMap<>(kpis));
    implausible = Collections.unmodifiableMap(new LinkedHashMap<>(implausible));
    warnings = List.copyOf(warnings);
  }

  /**
   * One scan rate's voltammogram: records {@code firstRecord} to {@code lastRecord} of the file at
   * position {@code file} (1-based), cut into {@code sweeps} sweeps.
   */
  public record Curve(
      int file, double scanRateMillivoltsPerSecond, int sweeps, int firstRecord, int lastRecord) {}

  /** The peak of a voltammogram's last sweep in one branch. */
  public record BranchPeak(
      double scanRateMillivoltsPerSecond, SweepDirection branch, Sweep.Peak peak) {}

  /** Dunn's split at one scan rate: each branch, and the whole cycle's capacitive fraction. */
  public record RateShare(
      double scanRateMillivoltsPerSecond,
      ScanRateStudy.CapacitiveShare anodic,
      ScanRateStudy.CapacitiveShare cathodic,
      double cycleCapacitiveFraction) {

    ScanRateStudy.CapacitiveShare of(SweepDirection d) {
      return d == SweepDirection.ANODIC ? anodic : cathodic;
    }
  }

  /** What the CV plots draw: each scan rate's records and the b-value lines with their points. */
  public record PlotData(List<Curve> voltammograms, List<ScanRateStudy.BValue> bValues) {}

  @Override
  public String technique() {
    return "cv";
  }

  @Override
  public AnalysedFile file() {
    return files.getFirst();
  }

  @Override
  public CvRun withWarnings(List<String> replaced) {
    return new CvRun(
        files,
        series,
        voltammograms,
        peaks,
        bValues,
        capacitiveShares,
        keyBValues,
        kpis,
        implausible,
        replaced);
  }

  @Override
  public PlotData plotData() {
    return new PlotData(voltammograms, keyBValues);
  }

  @Override
  public String json(boolean plotData) {
    return CvReport.json(this, plotData);
  }

  @Override
  public String table() {
    return CvReport.table(this);
  }

  /**
   * @param potentials the potentials (V) of the b-value table, null for {@link
   *     #DEFAULT_B_POTENTIALS}
   */
  static CvRun analyze(List<Analyzer.Imported> imported, @Nullable List<Double> potentials) {
    List<Voltammogram> cvs = new ArrayList<>();
    List<Curve> curves = new ArrayList<>();
    List<BranchPeak> peaks = new ArrayList<>();
    for (int k = 0; k < imported.size(); k++) {
      for (Voltammogram cv : Voltammogram.byScanRate(imported.get(k).series())) {
        cvs.add(cv);
        curves.add(
            new Curve(
                k + 1,
                cv.scanRateMillivoltsPerSecond(),
                cv.sweeps().size(),
                cv.firstRecord(),
                cv.lastRecord()));
      }
    }
    for (Voltammogram cv : cvs) {
      for (SweepDirection d : SweepDirection.values()) {
        peaks.add(new BranchPeak(cv.scanRateMillivoltsPerSecond(), d, cv.last(d).peak()));
      }
    }
    SeriesFacts facts = SeriesFacts.of(imported.getFirst().series());
    List<String> warnings = new ArrayList<>(facts.warnings());
    Map<String, Number> kpis = new LinkedHashMap<>();
    ImplausibleKpis implausible = new ImplausibleKpis();
    List<ScanRateStudy.BValue> table = new ArrayList<>();
    List<RateShare> shares = new ArrayList<>();
    List<ScanRateStudy.BValue> key = new ArrayList<>();
    if (cvs.size() < 2) {
      warnings.add(
          "b-values and capacitive fractions need two or more scan rates; the files hold one");
    } else {
      ScanRateStudy study = new ScanRateStudy(cvs);
      for (double v :
          potentials != null ? potentials : Arrays.stream(DEFAULT_B_POTENTIALS).boxed().toList()) {
        for (SweepDirection d : SweepDirection.values()) {
          table.add(study.bValue(v, d));
        }
      }
      for (double rate : study.scanRates()) {
        shares.add(
            new RateShare(
                rate,
                study.capacitiveShare(SweepDirection.ANODIC, rate),
                study.capacitiveShare(SweepDirection.CATHODIC, rate),
                study.cycleCapacitiveFraction(rate)));
      }
      for (double v : KEY_POTENTIALS) {
        for (SweepDirection d : SweepDirection.values()) {
          String name = "b_%s_at_%dmv".formatted(d.name().toLowerCase(), Math.round(v * 1000));
          try {
            ScanRateStudy.BValue b = study.bValue(v, d);
            key.add(b);
            kpis.put(
                name,
                implausible.check(
                    name,
                    "b (%s, %.1f V)".formatted(d.name().toLowerCase(), v),
                    b.b(),
                    ScanRateStudy.B_VALUE));
          } catch (IllegalArgumentException e) {
            warnings.add("no b-value at %.1f V (%s): %s".formatted(v, d, e.getMessage()));
          }
        }
      }
      kpis.put(
          "slowest_rate_capacitive_fraction",
          implausible.check(
              "slowest_rate_capacitive_fraction",
              "Capacitive fraction at the slowest rate",
              shares.getFirst().cycleCapacitiveFraction(),
              ScanRateStudy.CAPACITIVE_FRACTION));
      kpis.put(
          "fastest_rate_capacitive_fraction",
          implausible.check(
              "fastest_rate_capacitive_fraction",
              "Capacitive fraction at the fastest rate",
              shares.getLast().cycleCapacitiveFraction(),
              ScanRateStudy.CAPACITIVE_FRACTION));
    }
    List<AnalysedFile> files =
        imported.stream()
            .map(
                in ->
                    AnalysedFile.of(
                        in.file(),
                        in.sha256(),
                        in.series().metadata().format(),
                        in.series().size()))
            .toList();
    return new CvRun(
        files, facts, curves, peaks, table, shares, key, kpis, implausible.reasons(), warnings);
  }
}

package org.cellbook.measurements;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.function.DoubleUnaryOperator;
import org.cellbook.analysis.cycling.Cycle;
import org.cellbook.analysis.cycling.CyclingAnalysis;
import org.cellbook.analysis.cycling.CyclingResult;
import org.cellbook.analysis.cycling.DifferentialCapacity;
import org.cellbook.analysis.cycling.HalfCycle;
import org.cellbook.analysis.importers.ImportException;
import org.cellbook.analysis.raman.CarbonRaman;
import org.cellbook.analysis.raman.CarbonRamanAnalysis;
import org.cellbook.analysis.raman.SadezkyRaman;
import org.cellbook.analysis.run.Analyzer;
import org.cellbook.analysis.series.CellSeries;
import org.cellbook.analysis.sorption.BetAnalysis;
import org.cellbook.analysis.sorption.Isotherm;
import org.cellbook.analysis.sorption.IsothermImporters;
import org.cellbook.analysis.voltammetry.ScanRateStudy;
import org.cellbook.analysis.voltammetry.Sweep;
import org.cellbook.analysis.voltammetry.Voltammogram;
import org.cellbook.analysis.xrd.CarbonXrd;
import org.cellbook.analysis.xrd.CarbonXrdAnalysis;
import org.cellbook.analysis.xrd.CarbonXrdFit;
import org.cellbook.analysis.xrd.Pattern;
import org.cellbook.analysis.xrd.PatternReaders;
import org.cellbook.measurements.plots.Lttb;
import org.cellbook.measurements.plots.Plot;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The standard plots of a measurement, built from its stored series and current run (never from the
 * raw file): voltage profiles of chosen cycles, capacity and CE against cycle, rate capability,
 * dQ/dV; voltammograms; GITT transient and D against voltage. Long curves are reduced with LTTB to
 * {@value #POINTS_PER_CURVE} points each.
 */
@Service
public class MeasurementPlots {

  static final int POINTS_PER_CURVE = 1500;
  private static final String REDUCED = "curves reduced to ≤ 1,500 points each (LTTB)";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final MeasurementService measurements;
  private final SeriesStore series;
  private final StoredFiles files;

  MeasurementPlots(MeasurementService measurements, SeriesStore series, StoredFiles files) {
    this.measurements = measurements;
    this.series = series;
    this.files = files;
  }

  /** The plots of the measurement's current run; empty before the first analysis. */
  @Transactional(readOnly = true)
  public List<Plot> of(String code) throws IOException {
    Measurement m = measurements.get(code);
    String json = measurements.currentResultJson(code);
    if (json == null || m.getTechnique() == null) {
      return List.of();
    }
    JsonNode doc = JSON.readTree(json);
    AnalysisParameters p = m.getCurrentRun().getParameters();
    return switch (m.getTechnique()) {
      case CYCLING, RATE, TEMPERATURE_SERIES -> cycling(series.read(code, 1), p);
      case CV -> voltammograms(m);
      case GITT -> gitt(series.read(code, 1), doc);
      case SORPTION -> sorption(rawFile(m), p);
      case XRD -> xrd(PatternReaders.read(rawFile(m)));
      case RAMAN -> raman(Pattern.read(rawFile(m)));
      default -> List.of();
    };
  }

  /**
   * Sorption, XRD and Raman files are small (10²–10⁴ points) and are read again from the file store
   * (checked against their SHA-256 first); cycler series, up to 10⁷ records, come from the columnar
   * store.
   */
  private Path rawFile(Measurement m) throws IOException {
    return files.verifiedPath(m.getId(), m.getFiles().getFirst());
  }

  private static List<Plot> sorption(Path file, AnalysisParameters p) throws IOException {
    Isotherm iso;
    try {
      iso = IsothermImporters.standard().read(file).adsorption();
    } catch (ImportException e) {
      throw new IOException(e.getMessage(), e);
    }
    double[] x = iso.relativePressure();
    double[] n = iso.amountMillimolesPerGram();
    List<Plot.Curve> isotherm = new ArrayList<>();
    isotherm.add(new Plot.Curve("adsorption", x, n, Plot.Style.POINTS));
    List<Plot> plots = new ArrayList<>();
    BetAnalysis.Fit f =
        p.betRangeLow() != null && p.betRangeHigh() != null
            ? BetAnalysis.fitRange(
                iso, p.betRangeLow(), p.betRangeHigh(), BetAnalysis.NITROGEN_CROSS_SECTION_NM2)
            : java.util.Optional.ofNullable(
                    BetAnalysis.auto(iso, BetAnalysis.NITROGEN_CROSS_SECTION_NM2))
                .map(BetAnalysis.Result::fit)
                .orElse(null);
    Plot.Curve betLine = null;
    Plot.Curve betPoints = null;
    if (f != null) {
      double[] rx = Arrays.copyOfRange(x, f.first(), f.last() + 1);
      double[] rn = Arrays.copyOfRange(n, f.first(), f.last() + 1);
      isotherm.add(new Plot.Curve("BET range", rx, rn, Plot.Style.POINTS));
      // Linear BET form: x / (n(1−x)) = 1/(n_m C) + (C − 1)/(n_m C) · x
      double[] bt = new double[rx.length];
      for (int k = 0; k < rx.length; k++) {
        bt[k] = rx[k] / (rn[k] * (1 - rx[k]));
      }
      double nmC = f.monolayerMillimolesPerGram() * f.c();
      double lo = rx[0];
      double hi = rx[rx.length - 1];
      betPoints = new Plot.Curve("points in the range", rx, bt, Plot.Style.POINTS);
      betLine =
          new Plot.Curve(
              "fit",
              new double[] {lo, hi},
              new double[] {(1 + (f.c() - 1) * lo) / nmC, (1 + (f.c() - 1) * hi) / nmC},
              Plot.Style.FIT);
    }
    plots.add(
        new Plot(
            "isotherm",
            "Isotherm (adsorption branch)",
            "Relative pressure p/p₀",
            "Amount adsorbed (mmol g⁻¹)",
            isotherm,
            f == null ? "no valid BET range" : null));
    if (betLine != null) {
      plots.add(
          new Plot(
              "bet",
              "BET plot",
              "Relative pressure p/p₀",
              "x / (n (1 − x)) (g mmol⁻¹)",
              List.of(betPoints, betLine),
              String.format(
                  java.util.Locale.ROOT,
                  "C = %.4g, n_m = %.4g mmol g⁻¹, R² = %.5f",
                  f.c(),
                  f.monolayerMillimolesPerGram(),
                  f.rSquared())));
    }
    return plots;
  }

  private static List<Plot> xrd(Pattern pattern) {
    CarbonXrdAnalysis carbon = CarbonXrdAnalysis.of(pattern);
    List<Plot.Curve> curves = new ArrayList<>();
    curves.add(
        Lttb.reduce(
            new Plot.Curve("pattern", pattern.twoThetaDegrees(), pattern.counts(), Plot.Style.LINE),
            POINTS_PER_CURVE));
    List<String> note = new ArrayList<>();
    CarbonXrd.RValue r = carbon.rValue();
    if (r != null) {
      note.add(
          String.format(
              java.util.Locale.ROOT,
              "R = B/A = %.0f / %.0f = %.3f (Liu, Xue & Dahn 1996)",
              r.peakCounts(),
              r.backgroundCounts(),
              r.r()));
    }
    CarbonXrdFit.Result fit = carbon.fit();
    if (fit != null) {
      double[] x = new double[301];
      double end = Math.min(60, pattern.twoThetaDegrees()[pattern.twoThetaDegrees().length - 1]);
      for (int k = 0; k < x.length; k++) {
        x[k] = fit.startDegrees() + (end - fit.startDegrees()) * k / (x.length - 1);
      }
      double[] total = Arrays.stream(x).map(fit::backgroundAt).toArray();
      curves.add(
          new Plot.Curve("background", x, Arrays.copyOf(total, total.length), Plot.Style.LINE));
      for (CarbonXrdFit.Component c : fit.components()) {
        curves.add(
            bandOnBackground(
                String.format(java.util.Locale.ROOT, "%s %.2f°", c.name(), c.centreDegrees()),
                x,
                fit::backgroundAt,
                at -> CarbonXrdFit.Result.bandAt(c, at),
                total));
      }
      curves.add(new Plot.Curve("fit", x, total, Plot.Style.FIT));
      note.add(String.format(java.util.Locale.ROOT, "fit R² %.4f", fit.rSquared()));
    }
    note.addAll(carbon.skipped());
    if (r != null) {
      curves.add(
          new Plot.Curve(
              "R-value baseline",
              new double[] {r.baselineLow()[0], r.baselineHigh()[0]},
              new double[] {r.baselineLow()[1], r.baselineHigh()[1]},
              Plot.Style.FIT));
    }
    return List.of(
        new Plot(
            "xrd",
            "Diffraction pattern and (002)/(100) fit",
            "2θ (°)",
            "Intensity (counts)",
            curves,
            String.join("; ", note)));
  }

  private static List<Plot> raman(Pattern spectrum) {
    double[] x = spectrum.twoThetaDegrees();
    CarbonRamanAnalysis carbon = CarbonRamanAnalysis.of(x, spectrum.counts());
    Plot.Curve measured =
        Lttb.reduce(
            new Plot.Curve("spectrum", x, spectrum.counts(), Plot.Style.LINE), POINTS_PER_CURVE);
    CarbonRaman fit = carbon.lorentz();
    if (fit == null) {
      return List.of(
          new Plot(
              "raman",
              "Raman spectrum",
              "Raman shift (cm⁻¹)",
              "Intensity (counts)",
              List.of(measured),
              String.join("; ", carbon.warnings())));
    }
    double[] wx = Arrays.stream(x).filter(CarbonRaman::inWindow).toArray();
    double[] total = Arrays.stream(wx).map(fit::background).toArray();
    Plot.Curve d = bandOnBackground("D band", wx, fit::background, fit::dBand, total);
    Plot.Curve g = bandOnBackground("G band", wx, fit::background, fit::gBand, total);
    List<Plot> plots = new ArrayList<>();
    plots.add(
        new Plot(
            "raman",
            "Raman spectrum, D and G bands",
            "Raman shift (cm⁻¹)",
            "Intensity (counts)",
            List.of(measured, d, g, new Plot.Curve("fit", wx, total, Plot.Style.FIT)),
            fit.model()
                + String.format(
                    java.util.Locale.ROOT,
                    "; I_D/I_G %.3f (height), %.3f (area)",
                    fit.idIgHeight(),
                    fit.idIgArea())));
    if (carbon.multiband() != null) {
      plots.add(multiBand(x, spectrum.counts(), carbon.multiband()));
    }
    return plots;
  }

  /** A fitted band drawn on its background; its contribution is added to {@code total}. */
  private static Plot.Curve bandOnBackground(
      String name,
      double[] x,
      DoubleUnaryOperator background,
      DoubleUnaryOperator band,
      double[] total) {
    double[] y = new double[x.length];
    for (int k = 0; k < x.length; k++) {
      double b = band.applyAsDouble(x[k]);
      y[k] = background.applyAsDouble(x[k]) + b;
      total[k] += b;
    }
    return new Plot.Curve(name, x, y, Plot.Style.LINE);
  }

  /** The Sadezky multi-band fit, drawn band by band. */
  private static Plot multiBand(double[] x, double[] counts, SadezkyRaman four) {
    List<Plot.Curve> curves = new ArrayList<>();
    curves.add(
        Lttb.reduce(new Plot.Curve("spectrum", x, counts, Plot.Style.LINE), POINTS_PER_CURVE));
    double[] wx = Arrays.stream(x).filter(four::inWindow).toArray();
    double[] total = Arrays.stream(wx).map(four::background).toArray();
    for (SadezkyRaman.Band band : four.bands()) {
      curves.add(
          bandOnBackground(
              String.format(java.util.Locale.ROOT, "%s %.0f cm⁻¹", band.name(), band.centre()),
              wx,
              four::background,
              band::at,
              total));
    }
    curves.add(new Plot.Curve("fit", wx, total, Plot.Style.FIT));
    return new Plot(
        "raman-multiband",
        "Raman spectrum, " + four.bands().size() + "-band fit (Sadezky)",
        "Raman shift (cm⁻¹)",
        "Intensity (counts)",
        curves,
        String.format(
            java.util.Locale.ROOT,
            "%s; I_D1/I_G %.3f (height), I_D3/I_G %.3f; R² %.4f",
            four.model(),
            four.idIgHeight(),
            four.id3IgHeight(),
            four.rSquared()));
  }

  private static List<Plot> cycling(CellSeries s, AnalysisParameters p) {
    CyclingResult r =
        CyclingAnalysis.analyze(
            s,
            Analyzer.cyclingOptions(
                p.activeMassMilligrams(), p.areaCm2(), p.plateauCutoffVolts(), p.opening()));
    Double mass = r.activeMassMilligrams();
    String capacityUnit = mass == null ? "mAh" : "mAh g⁻¹";
    double perCapacity = mass == null ? 1 : 1000 / mass;
    List<Plot> plots = new ArrayList<>();

    List<Plot.Curve> profiles = new ArrayList<>();
    for (int n : profileCycles(r.cycles())) {
      Cycle c = r.cycle(n);
      for (HalfCycle h : Arrays.asList(c.opening(), c.closing())) {
        if (h != null) {
          profiles.add(
              Lttb.reduce(
                  profile(
                      s, h, perCapacity, "cycle " + n + " " + h.direction().name().toLowerCase()),
                  POINTS_PER_CURVE));
        }
      }
    }
    plots.add(
        new Plot(
            "voltage-capacity",
            "Voltage profiles",
            "Capacity (" + capacityUnit + ")",
            "Voltage (V)",
            profiles,
            REDUCED));

    int cycles = r.cycles().size();
    double[] number = new double[cycles];
    double[] reduction = new double[cycles];
    double[] oxidation = new double[cycles];
    double[] ce = new double[cycles];
    for (int k = 0; k < cycles; k++) {
      Cycle c = r.cycles().get(k);
      number[k] = c.number();
      reduction[k] = c.reductionMilliAmpHours() * perCapacity;
      oxidation[k] = c.oxidationMilliAmpHours() * perCapacity;
      ce[k] = c.coulombicEfficiency() == null ? Double.NaN : 100 * c.coulombicEfficiency();
    }
    plots.add(
        new Plot(
            "capacity-cycle",
            "Capacity against cycle",
            "Cycle",
            "Capacity (" + capacityUnit + ")",
            List.of(
                new Plot.Curve("reduction (sodiation)", number, reduction, Plot.Style.POINTS),
                new Plot.Curve("oxidation (desodiation)", number, oxidation, Plot.Style.POINTS)),
            null));
    plots.add(
        new Plot(
            "ce-cycle",
            "Coulombic efficiency",
            "Cycle",
            "CE (%)",
            List.of(new Plot.Curve("CE", number, ce, Plot.Style.POINTS)),
            null));

    var groups = r.rateTable().groups();
    if (groups.size() > 1) {
      double[] j = groups.stream().mapToDouble(g -> g.meanCurrentDensity()).toArray();
      double[] q = groups.stream().mapToDouble(g -> g.meanReversibleCapacity()).toArray();
      plots.add(
          new Plot(
              "rate",
              "Rate capability",
              "Current density (" + r.rateTable().currentUnit() + ")",
              "Reversible capacity (" + r.rateTable().capacityUnit() + ")",
              List.of(new Plot.Curve("mean of each rate step", j, q, Plot.Style.LINE)),
              null));
    }

    DifferentialCapacity dqdv = Analyzer.dqdv(s, r);
    if (dqdv != null) {
      plots.add(
          new Plot(
              "dqdv",
              "dQ/dV, first complete cycle (" + dqdv.direction().name().toLowerCase() + ")",
              "Voltage (V)",
              "dQ/dV (mAh V⁻¹)",
              List.of(
                  new Plot.Curve(
                      "smoothed (" + dqdv.smoothing() + ")",
                      dqdv.voltageVolts(),
                      dqdv.smoothed(),
                      Plot.Style.LINE)),
              Math.round(dqdv.binVolts() * 1000) + " mV bins"));
    }
    return plots;
  }

  /** Cycles 1, 2, 5, 10, 20, 50, 100… and the last complete one. */
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
      Cycle c = cycles.stream().filter(x -> x.number() == n).findFirst().orElse(null);
      if (c != null) {
        present.add(n);
      }
    }
    return present;
  }

  /** Voltage against the charge passed since the half cycle began, ∫|I| dt (trapezoid). */
  private static Plot.Curve profile(CellSeries s, HalfCycle h, double scale, String name) {
    int n = h.lastRecord() - h.firstRecord() + 1;
    double[] q = new double[n];
    double[] v = new double[n];
    double[] t = s.timeSeconds();
    double[] i = s.currentMilliAmps();
    double sum = 0;
    for (int k = 0; k < n; k++) {
      int r = h.firstRecord() + k;
      if (k > 0) {
        sum += 0.5 * (Math.abs(i[r]) + Math.abs(i[r - 1])) * (t[r] - t[r - 1]) / 3600;
      }
      q[k] = sum * scale;
      v[k] = s.voltageVolts()[r];
    }
    return new Plot.Curve(name, q, v, Plot.Style.LINE);
  }

  private List<Plot> voltammograms(Measurement m) throws IOException {
    List<Voltammogram> cvs = new ArrayList<>();
    for (MeasurementFile f : m.getFiles()) {
      cvs.addAll(Voltammogram.byScanRate(series.read(m.getCode(), f.getPosition())));
    }
    // One curve per scan rate, its sweeps joined in order.
    List<Plot.Curve> curves = new ArrayList<>();
    for (Voltammogram cv : cvs) {
      int n = cv.sweeps().stream().mapToInt(w -> w.potentialVolts().length).sum();
      double[] e = new double[n];
      double[] i = new double[n];
      int k = 0;
      for (Sweep w : cv.sweeps()) {
        System.arraycopy(w.potentialVolts(), 0, e, k, w.potentialVolts().length);
        System.arraycopy(w.currentMilliAmps(), 0, i, k, w.currentMilliAmps().length);
        k += w.potentialVolts().length;
      }
      curves.add(
          Lttb.reduce(
              new Plot.Curve(
                  String.format(
                      java.util.Locale.ROOT, "%.3g mV s⁻¹", cv.scanRateMillivoltsPerSecond()),
                  e,
                  i,
                  Plot.Style.LINE),
              POINTS_PER_CURVE));
    }
    List<Plot> plots = new ArrayList<>();
    plots.add(
        new Plot("cv", "Cyclic voltammograms", "Potential (V)", "Current (mA)", curves, REDUCED));
    if (cvs.size() >= 2) {
      plots.add(bValues(new ScanRateStudy(cvs), cvs));
    }
    return plots;
  }

  /**
   * log|i| against log v at a plateau (0.1 V) and a sloping (0.5 V) potential, each branch with its
   * least-squares line: the slope is the b-value (b ≈ 0.5 diffusion, ≈ 1 capacitive).
   */
  private static Plot bValues(ScanRateStudy study, List<Voltammogram> cvs) {
    List<Plot.Curve> curves = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (double volts : new double[] {0.1, 0.5}) {
      for (Sweep.Direction d : Sweep.Direction.values()) {
        double[] logV = new double[cvs.size()];
        double[] logI = new double[cvs.size()];
        ScanRateStudy.BValue b;
        try {
          for (int k = 0; k < cvs.size(); k++) {
            logV[k] = Math.log10(cvs.get(k).scanRateMillivoltsPerSecond());
            logI[k] =
                Math.log10(Math.abs(cvs.get(k).lastComplete(d, volts, volts).currentAt(volts)));
          }
          b = study.bValue(volts, d);
        } catch (IllegalArgumentException e) {
          continue; // the sweeps do not reach this potential
        }
        String name =
            String.format(java.util.Locale.ROOT, "%.1f V %s", volts, d.name().toLowerCase());
        curves.add(new Plot.Curve(name, logV, logI, Plot.Style.POINTS));
        double lo = Arrays.stream(logV).min().orElseThrow();
        double hi = Arrays.stream(logV).max().orElseThrow();
        curves.add(
            new Plot.Curve(
                name + " fit",
                new double[] {lo, hi},
                new double[] {
                  b.fit().intercept() + b.fit().slope() * lo,
                  b.fit().intercept() + b.fit().slope() * hi
                },
                Plot.Style.FIT));
        notes.add(String.format(java.util.Locale.ROOT, "%s b = %.3f", name, b.b()));
      }
    }
    return new Plot(
        "b-values",
        "b-values (i = a·v^b)",
        "log₁₀ v (mV s⁻¹)",
        "log₁₀ |i| (mA)",
        curves,
        String.join(", ", notes));
  }

  private static List<Plot> gitt(CellSeries s, JsonNode doc) {
    double[] hours = Arrays.stream(s.timeSeconds()).map(x -> x / 3600).toArray();
    List<Plot> plots = new ArrayList<>();
    plots.add(
        new Plot(
            "gitt-transient",
            "GITT transient",
            "Time (h)",
            "Voltage (V)",
            List.of(
                Lttb.reduce(
                    new Plot.Curve("voltage", hours, s.voltageVolts(), Plot.Style.LINE),
                    POINTS_PER_CURVE)),
            REDUCED));
    List<Plot.Curve> d = new ArrayList<>();
    for (String branch : List.of("sodiation", "desodiation")) {
      List<double[]> points = new ArrayList<>();
      for (JsonNode p : doc.path("kpis").path("gitt_pulses")) {
        if (branch.equals(p.path("branch").asString()) && p.path("d_cm2_s").isNumber()) {
          points.add(new double[] {p.path("voltage_v").asDouble(), p.path("d_cm2_s").asDouble()});
        }
      }
      if (!points.isEmpty()) {
        d.add(
            new Plot.Curve(
                branch,
                points.stream().mapToDouble(x -> x[0]).toArray(),
                points.stream().mapToDouble(x -> x[1]).toArray(),
                Plot.Style.POINTS));
      }
    }
    if (!d.isEmpty()) {
      plots.add(
          new Plot(
              "gitt-d",
              "Diffusion coefficient (Weppner–Huggins)",
              "Voltage (V)",
              "D (cm² s⁻¹)",
              d,
              null,
              true));
    }
    return plots;
  }
}

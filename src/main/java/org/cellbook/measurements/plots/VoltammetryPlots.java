package org.cellbook.measurements.plots;

import static org.cellbook.measurements.plots.Curves.REDUCED;
import static org.cellbook.measurements.plots.Curves.f;
import static org.cellbook.measurements.plots.Curves.reduced;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cellbook.analysis.run.CvRun;
import org.cellbook.analysis.series.CellSeries;
import org.cellbook.analysis.voltammetry.ScanRateStudy;
import org.jspecify.annotations.Nullable;

/**
 * The plots of a CV run: each scan rate's voltammogram over the records the analysis gave it, and
 * the stored b-value lines through their points (log |i| against log v). A run stored without them
 * shows each file's records whole.
 */
public final class VoltammetryPlots {

  private VoltammetryPlots() {}

  /** The stored series of the file at a 1-based position. */
  @FunctionalInterface
  public interface StoredSeries {
    CellSeries read(int position) throws IOException;
  }

  /**
   * @param files the positions of the measurement's files
   * @param data the run's plot data, null for a run stored without
   */
  public static List<Plot> of(
      StoredSeries series, List<Integer> files, CvRun.@Nullable PlotData data) throws IOException {
    List<Plot.Curve> curves = new ArrayList<>();
    if (data == null) {
      for (int position : files) {
        CellSeries s = series.read(position);
        curves.add(
            reduced(
                new Plot.Curve(
                    "file " + position, s.voltageVolts(), s.currentMilliAmps(), Plot.Style.LINE)));
      }
      return List.of(cv(curves, "scan rates and b-values: " + Curves.STORED_WITHOUT_FITS));
    }
    Map<Integer, CellSeries> read = new HashMap<>(); // a file may hold several scan rates
    for (CvRun.Curve c : data.voltammograms()) {
      CellSeries s = read.get(c.file());
      if (s == null) {
        s = series.read(c.file());
        read.put(c.file(), s);
      }
      curves.add(
          reduced(
              new Plot.Curve(
                  f("%.3g mV s⁻¹", c.scanRateMillivoltsPerSecond()),
                  Arrays.copyOfRange(s.voltageVolts(), c.firstRecord(), c.lastRecord() + 1),
                  Arrays.copyOfRange(s.currentMilliAmps(), c.firstRecord(), c.lastRecord() + 1),
                  Plot.Style.LINE)));
    }
    List<Plot> plots = new ArrayList<>();
    plots.add(cv(curves, REDUCED));
    if (!data.bValues().isEmpty()) {
      plots.add(bValues(data.bValues()));
    }
    return plots;
  }

  private static Plot cv(List<Plot.Curve> curves, String note) {
    return new Plot("cv", "Cyclic voltammograms", "Potential (V)", "Current (mA)", curves, note);
  }

  /**
   * log|i| against log v at the plateau (0.1 V) and sloping (0.5 V) potentials, each branch with
   * its least-squares line: the slope is the b-value (b ≈ 0.5 diffusion, ≈ 1 capacitive).
   */
  private static Plot bValues(List<ScanRateStudy.BValue> lines) {
    List<Plot.Curve> curves = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (ScanRateStudy.BValue b : lines) {
      String name = f("%.1f V %s", b.potentialVolts(), b.direction().name().toLowerCase());
      curves.add(new Plot.Curve(name, b.logScanRates(), b.logCurrents(), Plot.Style.POINTS));
      curves.add(
          Curves.line(
              name + " fit",
              Arrays.stream(b.logScanRates()).min().orElseThrow(),
              Arrays.stream(b.logScanRates()).max().orElseThrow(),
              b.fit().intercept(),
              b.fit().slope()));
      notes.add(f("%s b = %.3f", name, b.b()));
    }
    return new Plot(
        "b-values",
        "b-values (i = a·v^b)",
        "log₁₀ v (mV s⁻¹)",
        "log₁₀ |i| (mA)",
        curves,
        String.join(", ", notes));
  }
}

package org.cellbook.measurements.plots;

import static org.cellbook.measurements.plots.Curves.f;
import static org.cellbook.measurements.plots.Curves.reduced;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cellbook.analysis.run.XrdRun;
import org.cellbook.analysis.xrd.CarbonXrd;
import org.cellbook.analysis.xrd.CarbonXrdFit;
import org.cellbook.analysis.xrd.DiffractionPattern;
import org.jspecify.annotations.Nullable;

/**
 * The plot of an XRD pattern: the measured counts and, where the analysis made them, its
 * (002)/(100) components on their background and the R value's baseline, drawn from the stored
 * parameters.
 */
public final class XrdPlots {

  /** Points of the fitted curves between the fit's start and its end (60° or the pattern's). */
  private static final int FIT_POINTS = 301;

  private XrdPlots() {}

  /**
   * @param data the run's plot data, null for a run stored without
   */
  public static List<Plot> of(DiffractionPattern pattern, XrdRun.@Nullable PlotData data) {
    List<Plot.Curve> curves = new ArrayList<>();
    curves.add(
        reduced(
            new Plot.Curve(
                "pattern", pattern.twoThetaDegrees(), pattern.counts(), Plot.Style.LINE)));
    List<String> note = new ArrayList<>();
    if (data == null) {
      note.add("the (002)/(100) fit and the R value's baseline: " + Curves.STORED_WITHOUT_FITS);
    } else {
      CarbonXrd.RValue r = data.rValue();
      if (r != null) {
        note.add(
            f(
                "R = B/A = %.0f / %.0f = %.3f (Liu, Xue & Dahn 1996)",
                r.peakCounts(), r.backgroundCounts(), r.r()));
      }
      if (data.fit() != null) {
        curves.addAll(fit(pattern, data.fit()));
        note.add(f("fit R² %.4f", data.fit().rSquared()));
      }
      note.addAll(data.skipped());
      if (r != null) {
        curves.add(
            new Plot.Curve(
                "R-value baseline",
                new double[] {r.baselineLow()[0], r.baselineHigh()[0]},
                new double[] {r.baselineLow()[1], r.baselineHigh()[1]},
                Plot.Style.FIT));
      }
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

  /** The background, each component on it, and their sum. */
  private static List<Plot.Curve> fit(DiffractionPattern pattern, CarbonXrdFit.Result fit) {
    double[] angles = pattern.twoThetaDegrees();
    double end = Math.min(60, angles[angles.length - 1]);
    double[] x = new double[FIT_POINTS];
    for (int k = 0; k < x.length; k++) {
      x[k] = fit.startDegrees() + (end - fit.startDegrees()) * k / (x.length - 1);
    }
    double[] total = Arrays.stream(x).map(fit::backgroundAt).toArray();
    List<Plot.Curve> curves = new ArrayList<>();
    curves.add(new Plot.Curve("background", x, total.clone(), Plot.Style.LINE));
    for (CarbonXrdFit.Component c : fit.components()) {
      curves.add(
          Curves.bandOnBackground(
              f("%s %.2f°", c.name(), c.centreDegrees()),
              x,
              fit::backgroundAt,
              at -> CarbonXrdFit.Result.bandAt(c, at),
              total));
    }
    curves.add(new Plot.Curve("fit", x, total, Plot.Style.FIT));
    return curves;
  }
}

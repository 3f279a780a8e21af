package org.cellbook.analysis.cycling;

import java.util.ArrayList;
import java.util.List;
import org.cellbook.analysis.series.CellSeries;

/**
 * dQ/dV of one half cycle on a uniform voltage grid.
 *
 * <p>Method: Q(V) is accumulated along the half cycle and reduced to its monotone branch (a record
 * is kept only when V goes beyond every earlier V in the half cycle's direction, i.e. Q at the
 * first crossing of each voltage). Q is linearly interpolated at grid voltages spaced {@code
 * binVolts} apart; dQ/dV_k = (Q(V_k+1) − Q(V_k)) / ΔV at the bin centre; then a 7-point quadratic
 * Savitzky–Golay filter (coefficients (−2, 3, 6, 7, 6, 3, −2)/21; Savitzky &amp; Golay, Anal. Chem.
 * 36 (1964) 1627) smooths the interior, the three points at each end are left unsmoothed. Values
 * are magnitudes (mAh V⁻¹) for both directions. Peaks: local maxima of the smoothed curve of at
 * least 10 % of its maximum.
 *
 * @param direction the half cycle's direction
 * @param binVolts grid spacing
 * @param smoothing the smoothing applied, in words
 * @param voltageVolts bin centres
 * @param raw unsmoothed dQ/dV
 * @param smoothed smoothed dQ/dV
 * @param peaks peaks, in grid order
 */
public record DifferentialCapacity(
    CurrentDirection direction,
    double binVolts,
    String smoothing,
    double[] voltageVolts,
    double[] raw,
    double[] smoothed,
    List<Peak> peaks) {

  /** A peak of the smoothed curve. */
  public record Peak(double voltageVolts, double heightMilliAmpHoursPerVolt) {}

  private static final double[] SG7 = {-2, 3, 6, 7, 6, 3, -2};
  static final String SMOOTHING = "Savitzky–Golay, 7 points, quadratic";

  /** Computes dQ/dV of the half cycle with the given bin width (e.g. 0.002–0.005 V). */
  public static DifferentialCapacity of(CellSeries s, HalfCycle half, double binVolts) {
    if (!(binVolts > 0)) {
      throw new IllegalArgumentException("bin width must be > 0 V");
    }
    double sign = half.direction() == CurrentDirection.OXIDATION ? 1 : -1;
    double tol = CyclingAnalysis.restTolerance(s.currentMilliAmps());
    List<CyclingAnalysis.Step> steps =
        CyclingAnalysis.steps(s, half.firstRecord(), half.lastRecord(), tol);
    double[] v = s.voltageVolts();
    int cap = half.lastRecord() - half.firstRecord() + 1;
    double[] x = new double[cap];
    double[] q = new double[cap];
    int n = 0;
    double cum = 0;
    double maxX = Double.NEGATIVE_INFINITY;
    for (CyclingAnalysis.Step st : steps) {
      if (st.direction() != half.direction()) {
        continue;
      }
      for (int i = st.first(); i <= st.last(); i++) {
        cum += CyclingAnalysis.increment(s, st.first(), i);
        double xi = sign * v[i];
        if (xi > maxX) {
          maxX = xi;
          x[n] = xi;
          q[n] = cum;
          n++;
        }
      }
    }
    if (n < 2) {
      return new DifferentialCapacity(
          half.direction(),
          binVolts,
          SMOOTHING,
          new double[0],
          new double[0],
          new double[0],
          List.of());
    }
    double start = Math.ceil(x[0] / binVolts) * binVolts;
    int bins = (int) Math.floor((x[n - 1] - start) / binVolts);
    if (bins < 1) {
      return new DifferentialCapacity(
          half.direction(),
          binVolts,
          SMOOTHING,
          new double[0],
          new double[0],
          new double[0],
          List.of());
    }
    double[] qGrid = new double[bins + 1];
    int j = 0;
    for (int k = 0; k <= bins; k++) {
      double g = start + k * binVolts;
      while (j < n - 2 && x[j + 1] < g) {
        j++;
      }
      double f = (g - x[j]) / (x[j + 1] - x[j]);
      qGrid[k] = q[j] + Math.max(0, Math.min(1, f)) * (q[j + 1] - q[j]);
    }
    double[] centre = new double[bins];
    double[] raw = new double[bins];
    for (int k = 0; k < bins; k++) {
      centre[k] = sign * (start + (k + 0.5) * binVolts);
      raw[k] = (qGrid[k + 1] - qGrid[k]) / binVolts;
    }
    double[] smooth = raw.clone();
    for (int k = 3; k < bins - 3; k++) {
      double acc = 0;
      for (int m = -3; m <= 3; m++) {
        acc += SG7[m + 3] * raw[k + m];
      }
      smooth[k] = acc / 21;
    }
    double max = 0;
    for (double y : smooth) {
      max = Math.max(max, y);
    }
    List<Peak> peaks = new ArrayList<>();
    for (int k = 1; k < bins - 1; k++) {
      if (smooth[k] > smooth[k - 1] && smooth[k] >= smooth[k + 1] && smooth[k] >= 0.1 * max) {
        peaks.add(new Peak(centre[k], smooth[k]));
      }
    }
    return new DifferentialCapacity(
        half.direction(), binVolts, SMOOTHING, centre, raw, smooth, peaks);
  }
}

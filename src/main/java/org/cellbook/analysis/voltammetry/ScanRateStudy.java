package org.cellbook.analysis.voltammetry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cellbook.analysis.kpi.PlausibleRange;
import org.cellbook.analysis.math.LineFit;

/**
 * The same electrode swept at several scan rates: the kinetics analyses of cyclic voltammetry. Each
 * rate contributes its last complete sweep in each direction.
 *
 * <ul>
 *   <li><b>b-value</b> (power law i = a·vᵇ): at a fixed potential, b is the slope of log₁₀|i|
 *       against log₁₀ v over all rates (least squares). b ≈ 1: surface-controlled (capacitive); b ≈
 *       0.5: diffusion-controlled. Augustyn et al., Energy Environ. Sci. 7, 1597 (2014).
 *   <li><b>Capacitive fraction</b> (Dunn): i(V) = k₁(V)·v + k₂(V)·v^½, solved per potential by
 *       least squares over the rates; then Q_cap = ∫k₁ dV and Q_diff = v^−½ ∫k₂ dV over the sweep's
 *       window, and the capacitive share at rate v is Q_cap / (Q_cap + Q_diff). Wang, Polleux, Lim,
 *       Dunn, J. Phys. Chem. C 111, 14925 (2007).
 * </ul>
 */
public final class ScanRateStudy {

  /**
   * i = a·v^b: b is 0.5 for diffusion-limited and 1 for surface-limited charge storage; fits of
   * real data scatter a little beyond.
   */
  public static final PlausibleRange B_VALUE =
      PlausibleRange.of(
          0.4,
          1.1,
          null,
          "b lies between 0.5 (diffusion-limited) and 1 (surface-limited): the currents of one"
              + " scan rate are off (another cycle, an uncompensated IR drop or a wrong scan rate)");

  /** Dunn's k₁v share of the current: a fraction. */
  public static final PlausibleRange CAPACITIVE_FRACTION =
      PlausibleRange.ratio(
          0,
          true,
          1,
          "i = k₁v + k₂v^½ does not describe these currents (a peak that shifts with the scan rate,"
              + " or scan rates too close together)");

  private final List<Voltammogram> byRate;

  public ScanRateStudy(List<Voltammogram> voltammograms) {
    if (voltammograms.size() < 2) {
      throw new IllegalArgumentException("a scan-rate study needs at least two scan rates");
    }
    this.byRate =
        voltammograms.stream()
            .sorted(Comparator.comparingDouble(Voltammogram::scanRateMillivoltsPerSecond))
            .toList();
  }

  /**
   * b-value fit at one potential of the sweeps in one direction.
   *
   * @param logScanRates log₁₀ v (mV s⁻¹) of each rate, the points the line is fitted to
   * @param logCurrents log₁₀ |i| (mA) at the potential, one per rate
   */
  public record BValue(
      double potentialVolts,
      SweepDirection direction,
      double[] logScanRates,
      double[] logCurrents,
      LineFit fit) {
    public double b() {
      return fit.slope();
    }
  }

  public BValue bValue(double volts, SweepDirection direction) {
    double[] logV = new double[byRate.size()];
    double[] logI = new double[byRate.size()];
    for (int k = 0; k < byRate.size(); k++) {
      Voltammogram cv = byRate.get(k);
      Sweep sweep = cv.lastComplete(direction, volts, volts);
      logV[k] = Math.log10(cv.scanRateMillivoltsPerSecond());
      logI[k] = Math.log10(Math.abs(sweep.currentAt(volts)));
    }
    return new BValue(volts, direction, logV, logI, LineFit.of(logV, logI));
  }

  /**
   * k₁ and k₂ at one potential: least squares of i = k₁v + k₂v^½ through the origin (2×2 normal
   * equations), with the residual sum of squares.
   */
  public record DunnCoefficients(
      double potentialVolts, double k1, double k2, double residualSumOfSquares) {}

  public DunnCoefficients dunn(double volts, SweepDirection direction) {
    double s11 = 0;
    double s12 = 0;
    double s22 = 0;
    double b1 = 0;
    double b2 = 0;
    double[] v = new double[byRate.size()];
    double[] i = new double[byRate.size()];
    for (int k = 0; k < byRate.size(); k++) {
      Voltammogram cv = byRate.get(k);
      v[k] = cv.scanRateMillivoltsPerSecond();
      i[k] = Math.abs(cv.lastComplete(direction, volts, volts).currentAt(volts));
      double x1 = v[k];
      double x2 = Math.sqrt(v[k]);
      s11 += x1 * x1;
      s12 += x1 * x2;
      s22 += x2 * x2;
      b1 += x1 * i[k];
      b2 += x2 * i[k];
    }
    double det = s11 * s22 - s12 * s12;
    double k1 = (b1 * s22 - b2 * s12) / det;
    double k2 = (s11 * b2 - s12 * b1) / det;
    double rss = 0;
    for (int k = 0; k < v.length; k++) {
      double r = i[k] - k1 * v[k] - k2 * Math.sqrt(v[k]);
      rss += r * r;
    }
    return new DunnCoefficients(volts, k1, k2, rss);
  }

  /**
   * Capacitive and diffusion charge of one direction at one scan rate (mAh), and the capacitive
   * share, over the potentials every rate's sweep reaches, on the slowest rate's potential grid
   * (trapezoid rule).
   */
  public record CapacitiveShare(
      SweepDirection direction,
      double scanRateMillivoltsPerSecond,
      double capacitiveMilliAmpHours,
      double diffusionMilliAmpHours) {

    public double capacitiveFraction() {
      return capacitiveMilliAmpHours / (capacitiveMilliAmpHours + diffusionMilliAmpHours);
    }
  }

  public CapacitiveShare capacitiveShare(
      SweepDirection direction, double scanRateMillivoltsPerSecond) {
    double[] grid = commonGrid(direction);
    double k1Integral = 0;
    double k2Integral = 0;
    DunnCoefficients previous = dunn(grid[0], direction);
    for (int k = 1; k < grid.length; k++) {
      DunnCoefficients next = dunn(grid[k], direction);
      double dV = grid[k] - grid[k - 1];
      k1Integral += (previous.k1() + next.k1()) / 2 * dV;
      k2Integral += (previous.k2() + next.k2()) / 2 * dV;
      previous = next;
    }
    // ∫k₁ dV [mA/(mV/s)·V] = mA·s·1000 → mAh: × 1000 / 3600.
    double toMilliAmpHours = 1000.0 / 3600.0;
    return new CapacitiveShare(
        direction,
        scanRateMillivoltsPerSecond,
        k1Integral * toMilliAmpHours,
        k2Integral / Math.sqrt(scanRateMillivoltsPerSecond) * toMilliAmpHours);
  }

  /** Capacitive share of a whole cycle (both directions) at one scan rate. */
  public double cycleCapacitiveFraction(double scanRateMillivoltsPerSecond) {
    CapacitiveShare a = capacitiveShare(SweepDirection.ANODIC, scanRateMillivoltsPerSecond);
    CapacitiveShare c = capacitiveShare(SweepDirection.CATHODIC, scanRateMillivoltsPerSecond);
    double cap = a.capacitiveMilliAmpHours() + c.capacitiveMilliAmpHours();
    return cap / (cap + a.diffusionMilliAmpHours() + c.diffusionMilliAmpHours());
  }

  public List<Double> scanRates() {
    return byRate.stream().map(Voltammogram::scanRateMillivoltsPerSecond).toList();
  }

  private double[] commonGrid(SweepDirection direction) {
    double low = Double.NEGATIVE_INFINITY;
    double high = Double.POSITIVE_INFINITY;
    for (Voltammogram cv : byRate) {
      Sweep s = cv.last(direction);
      low = Math.max(low, s.minPotential());
      high = Math.min(high, s.maxPotential());
    }
    Sweep slowest = byRate.getFirst().last(direction);
    List<Double> grid = new ArrayList<>();
    for (double e : slowest.potentialVolts()) {
      if (e >= low && e <= high) {
        grid.add(e);
      }
    }
    return grid.stream().mapToDouble(Double::doubleValue).sorted().distinct().toArray();
  }
}

package org.cellbook.analysis.voltammetry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cellbook.analysis.series.CellSeries;

/**
 * A cyclic voltammogram cut into sweeps at its vertices, with its scan rate.
 *
 * <p>Vertices are where the sign of dE changes (SCIENCE.md, "Cyclic voltammetry"); the record at a
 * vertex ends one sweep and starts the next. The scan rate is the median of |ΔE/Δt| over the
 * records (mV s⁻¹), which ignores the odd uneven step at a vertex.
 */
public record Voltammogram(double scanRateMillivoltsPerSecond, List<Sweep> sweeps) {

  public static Voltammogram of(CellSeries series) {
    double[] e = series.voltageVolts();
    double[] i = series.currentMilliAmps();
    double[] t = series.timeSeconds();
    if (e.length < 3) {
      throw new IllegalArgumentException("a voltammogram needs at least three records");
    }
    double[] rates = new double[e.length - 1];
    int n = 0;
    for (int k = 1; k < e.length; k++) {
      double dt = t[k] - t[k - 1];
      if (dt > 0 && e[k] != e[k - 1]) {
        rates[n++] = Math.abs(e[k] - e[k - 1]) / dt * 1000;
      }
    }
    if (n == 0) {
      throw new IllegalArgumentException("the potential never changes: not a voltammogram");
    }
    double[] sorted = Arrays.copyOf(rates, n);
    Arrays.sort(sorted);
    double scanRate = sorted[n / 2];

    List<Sweep> sweeps = new ArrayList<>();
    int start = 0;
    int sign = 0;
    Sweep.Direction first = null;
    int cycle = 1;
    for (int k = 1; k < e.length; k++) {
      int s = (int) Math.signum(e[k] - e[k - 1]);
      if (s == 0) {
        continue;
      }
      if (sign != 0 && s != sign) {
        Sweep sweep = sweep(e, i, start, k - 1, sign, cycle);
        if (first == null) {
          first = sweep.direction();
        }
        sweeps.add(sweep);
        start = k;
        if (sweep.direction() != first) {
          cycle++;
        }
      }
      sign = s;
    }
    if (sign != 0) {
      sweeps.add(sweep(e, i, start, e.length - 1, sign, cycle));
    }
    return new Voltammogram(scanRate, List.copyOf(sweeps));
  }

  private static Sweep sweep(double[] e, double[] i, int from, int to, int sign, int cycle) {
    return new Sweep(
        sign > 0 ? Sweep.Direction.ANODIC : Sweep.Direction.CATHODIC,
        cycle,
        Arrays.copyOfRange(e, from, to + 1),
        Arrays.copyOfRange(i, from, to + 1));
  }

  /** The last sweep in this direction. */
  public Sweep last(Sweep.Direction direction) {
    for (int k = sweeps.size() - 1; k >= 0; k--) {
      if (sweeps.get(k).direction() == direction) {
        return sweeps.get(k);
      }
    }
    throw new IllegalArgumentException("no " + direction.name().toLowerCase() + " sweep");
  }

  /** The last sweep in this direction that spans [low, high] V: the settled one, not the first. */
  public Sweep lastComplete(Sweep.Direction direction, double lowVolts, double highVolts) {
    for (int k = sweeps.size() - 1; k >= 0; k--) {
      Sweep s = sweeps.get(k);
      if (s.direction() == direction
          && s.minPotential() <= lowVolts
          && s.maxPotential() >= highVolts) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "no %s sweep spans %.4f–%.4f V"
            .formatted(direction.name().toLowerCase(), lowVolts, highVolts));
  }
}

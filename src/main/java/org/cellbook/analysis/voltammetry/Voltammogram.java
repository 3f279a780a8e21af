package org.cellbook.analysis.voltammetry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cellbook.analysis.series.CellSeries;

/**
 * A cyclic voltammogram cut into sweeps at its vertices, with its scan rate.
 *
 * <p>Vertices are where the sign of dE changes for more than the jitter of a measured potential;
 * the record at a vertex ends one sweep. The scan rate is the median of |ΔE/Δt| over the records
 * (mV s⁻¹), which ignores the odd uneven step at a vertex.
 *
 * @param firstRecord the series record its first sweep starts at
 * @param lastRecord the series record its last sweep ends at: its sweeps are records firstRecord to
 *     lastRecord in order
 */
public record Voltammogram(
    double scanRateMillivoltsPerSecond, int firstRecord, int lastRecord, List<Sweep> sweeps) {

  /**
   * Sweeps whose scan rates differ by more than this fraction belong to different scan rates when
   * one file holds a whole scan-rate series.
   */
  static final double SAME_RATE_TOLERANCE = 0.05;

  /** The whole series as one voltammogram at one scan rate. */
  public static Voltammogram of(CellSeries series) {
    return build(series, segments(series), medianRate(series, 0, series.size() - 1));
  }

  /**
   * One voltammogram per scan rate, for a file that holds a scan-rate series (several cycles at 0.1
   * mV s⁻¹, then at 0.2 mV s⁻¹, …, or an EC-Lab CVA whose sequences sweep at 20, 200 and 50 mV
   * s⁻¹): consecutive sweeps whose rates agree within {@value #SAME_RATE_TOLERANCE} form one
   * voltammogram. A run of sweeps in one direction only (the sweep to the final potential of a
   * sequence) is no voltammogram and is left out. A file at a single rate gives a list of one.
   *
   * @throws IllegalArgumentException when no rate has sweeps in both directions
   */
  public static List<Voltammogram> byScanRate(CellSeries series) {
    List<Segment> segments = segments(series);
    List<Voltammogram> out = new ArrayList<>();
    int from = 0;
    for (int k = 1; k <= segments.size(); k++) {
      if (k == segments.size()
          || !sameRate(
              segments.get(k).rateMillivoltsPerSecond,
              segments.get(k - 1).rateMillivoltsPerSecond)) {
        List<Segment> group = segments.subList(from, k);
        if (group.stream().map(Segment::sign).distinct().count() == 2) {
          out.add(
              build(series, group, medianRate(series, group.getFirst().from, group.getLast().to)));
        }
        from = k;
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("no scan rate has both an anodic and a cathodic sweep");
    }
    return List.copyOf(out);
  }

  private static boolean sameRate(double a, double b) {
    return Math.abs(a - b) <= SAME_RATE_TOLERANCE * Math.max(a, b);
  }

  /** Records from..to (inclusive) swept in one direction at one rate. */
  private record Segment(int from, int to, int sign, double rateMillivoltsPerSecond) {}

  /**
   * A reversal of less than this share of the file's potential range is noise (a potentiostatic
   * hold at a vertex or before a sequence, the jitter of a measured potential), not a vertex.
   */
  static final double VERTEX_HYSTERESIS = 0.01;

  /**
   * Cuts at the vertices, where the potential turns back, by more than {@link #VERTEX_HYSTERESIS}
   * of the range; the record at a vertex ends one sweep (its current belongs to the sweep that
   * reached it). A sweep is also cut where the instrument's step changes and the scan rate with it
   * (the next sequence of a CVA that sweeps on in the same direction).
   */
  private static List<Segment> segments(CellSeries series) {
    double[] e = series.voltageVolts();
    if (e.length < 3) {
      throw new IllegalArgumentException("a voltammogram needs at least three records");
    }
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double x : e) {
      min = Math.min(min, x);
      max = Math.max(max, x);
    }
    double hysteresis = VERTEX_HYSTERESIS * (max - min);
    if (!(max > min)) {
      throw new IllegalArgumentException("the potential never changes: not a voltammogram");
    }
    List<Segment> segments = new ArrayList<>();
    int start = 0;
    int sign = 0;
    int extreme = 0;
    for (int k = 1; k < e.length; k++) {
      if (sign == 0) {
        if (Math.abs(e[k] - e[start]) > hysteresis) {
          sign = e[k] > e[start] ? 1 : -1;
          extreme = k;
        }
      } else if ((e[k] - e[extreme]) * sign >= 0) {
        extreme = k;
      } else if (Math.abs(e[k] - e[extreme]) > hysteresis) {
        addSplitAtSteps(series, segments, start, extreme, sign);
        start = extreme + 1;
        sign = -sign;
        extreme = k;
      }
    }
    if (sign == 0) {
      throw new IllegalArgumentException("the potential never changes: not a voltammogram");
    }
    addSplitAtSteps(series, segments, start, e.length - 1, sign);
    return segments;
  }

  /**
   * Where a step change cuts a sweep: the rates on either side differ by more than this factor (a
   * CVA's next sequence), each side over at least {@link #MIN_SWEEP_RECORDS} records. A step change
   * at the same rate (a new cycle number mid-sweep) cuts nothing.
   */
  static final double SEQUENCE_RATE_RATIO = 1.5;

  static final int MIN_SWEEP_RECORDS = 10;

  /** Adds the sweep from..to, cut where the instrument step changes and the scan rate with it. */
  private static void addSplitAtSteps(
      CellSeries series, List<Segment> segments, int from, int to, int sign) {
    int[] step = series.stepIndex();
    int begin = from;
    for (int k = from + 1; k <= to; k++) {
      if (step[k] != step[k - 1]
          && k - begin > MIN_SWEEP_RECORDS
          && to - k + 1 > MIN_SWEEP_RECORDS) {
        double before = medianRate(series, begin, k - 1);
        double after = medianRate(series, k, to);
        if (Math.max(before, after) > SEQUENCE_RATE_RATIO * Math.min(before, after)) {
          segments.add(new Segment(begin, k - 1, sign, before));
          begin = k;
        }
      }
    }
    segments.add(new Segment(begin, to, sign, medianRate(series, begin, to)));
  }

  /**
   * Median of |ΔE/Δt| over records from..to (mV s⁻¹), which ignores the odd uneven step at a
   * vertex; NaN when the potential does not move there.
   */
  private static double medianRate(CellSeries series, int from, int to) {
    double[] e = series.voltageVolts();
    double[] t = series.timeSeconds();
    double[] rates = new double[Math.max(0, to - from)];
    int n = 0;
    for (int k = from + 1; k <= to; k++) {
      double dt = t[k] - t[k - 1];
      if (dt > 0 && e[k] != e[k - 1]) {
        rates[n++] = Math.abs(e[k] - e[k - 1]) / dt * 1000;
      }
    }
    if (n == 0) {
      return Double.NaN;
    }
    double[] sorted = Arrays.copyOf(rates, n);
    Arrays.sort(sorted);
    return sorted[n / 2];
  }

  /** Sweeps numbered into cycles: a cycle starts with each sweep in the first sweep's direction. */
  private static Voltammogram build(CellSeries series, List<Segment> segments, double rate) {
    double[] e = series.voltageVolts();
    double[] i = series.currentMilliAmps();
    int firstSign = segments.getFirst().sign;
    int cycle = 0;
    List<Sweep> sweeps = new ArrayList<>();
    for (Segment s : segments) {
      if (s.sign == firstSign) {
        cycle++;
      }
      sweeps.add(
          new Sweep(
              s.sign > 0 ? SweepDirection.ANODIC : SweepDirection.CATHODIC,
              cycle,
              Arrays.copyOfRange(e, s.from, s.to + 1),
              Arrays.copyOfRange(i, s.from, s.to + 1)));
    }
    return new Voltammogram(
        rate, segments.getFirst().from, segments.getLast().to, List.copyOf(sweeps));
  }

  /** The last sweep in this direction. */
  public Sweep last(SweepDirection direction) {
    for (int k = sweeps.size() - 1; k >= 0; k--) {
      if (sweeps.get(k).direction() == direction) {
        return sweeps.get(k);
      }
    }
    throw new IllegalArgumentException("no " + direction.name().toLowerCase() + " sweep");
  }

  /** The last sweep in this direction that spans [low, high] V: the settled one, not the first. */
  public Sweep lastComplete(SweepDirection direction, double lowVolts, double highVolts) {
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

package org.cellbook.analysis.cycling;

import java.util.ArrayList;
import java.util.List;
import org.cellbook.analysis.series.CellSeries;
import org.jspecify.annotations.Nullable;

/**
 * Capacity against temperature: complete cycles are grouped by their mean temperature (within
 * ±{@value #GROUP_KELVIN} K of the group's first cycle, in file order), and each group's mean
 * reversible capacity is compared with the group nearest to 25 °C. The study's thick electrode: 87,
 * 90, 95, 100, 100 % from −20 to 40 °C.
 *
 * @param groups one per temperature step, in file order
 * @param referenceCelsius temperature of the reference group (nearest to 25 °C)
 */
public record TemperatureSeries(List<Group> groups, double referenceCelsius) {

  static final double GROUP_KELVIN = 2.0;

  /**
   * Cycles at one temperature.
   *
   * @param meanReversibleMilliAmpHours mean Q_rev of its complete cycles
   * @param retentionVsReference mean Q_rev / mean Q_rev of the reference group
   */
  public record Group(
      double temperatureCelsius,
      int firstCycle,
      int lastCycle,
      double meanReversibleMilliAmpHours,
      double retentionVsReference) {}

  /** The series, or null when the file carries no temperature or no complete cycle. */
  public static @Nullable TemperatureSeries of(CellSeries series, CyclingResult result) {
    double[] t = series.temperatureCelsius();
    if (t == null) {
      return null;
    }
    List<double[]> raw = new ArrayList<>(); // temperature, first, last, sum, count
    for (Cycle c : result.cycles()) {
      if (!c.complete() || c.reversibleMilliAmpHours() == null) {
        continue;
      }
      double temperature = mean(t, c.opening().firstRecord(), c.closing().lastRecord());
      double[] last = raw.isEmpty() ? null : raw.getLast();
      if (last == null || Math.abs(temperature - last[0]) > GROUP_KELVIN) {
        raw.add(new double[] {temperature, c.number(), c.number(), c.reversibleMilliAmpHours(), 1});
      } else {
        last[2] = c.number();
        last[3] += c.reversibleMilliAmpHours();
        last[4]++;
      }
    }
    if (raw.isEmpty()) {
      return null;
    }
    double[] reference = raw.getFirst();
    for (double[] g : raw) {
      if (Math.abs(g[0] - 25) < Math.abs(reference[0] - 25)) {
        reference = g;
      }
    }
    double referenceCapacity = reference[3] / reference[4];
    List<Group> groups = new ArrayList<>();
    for (double[] g : raw) {
      double capacity = g[3] / g[4];
      groups.add(new Group(g[0], (int) g[1], (int) g[2], capacity, capacity / referenceCapacity));
    }
    return new TemperatureSeries(List.copyOf(groups), reference[0]);
  }

  private static double mean(double[] values, int from, int to) {
    double sum = 0;
    int n = 0;
    for (int k = Math.max(0, from); k <= to && k < values.length; k++) {
      if (!Double.isNaN(values[k])) {
        sum += values[k];
        n++;
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }
}

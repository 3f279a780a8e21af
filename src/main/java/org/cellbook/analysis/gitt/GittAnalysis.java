package org.cellbook.analysis.gitt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cellbook.analysis.series.CellSeries;

/**
 * Galvanostatic intermittent titration: finds the current pulses and the rests between them and
 * computes, per pulse, τ, ΔE_s, ΔE_t (without the IR jump), the IR drop, the internal resistance
 * and the diffusion coefficient by Weppner–Huggins,
 *
 * <pre>D = 4 / (π τ) · L² · (ΔE_s / ΔE_t)²</pre>
 *
 * valid for τ ≪ L²/D (Weppner &amp; Huggins, J. Electrochem. Soc. 124, 1569 (1977)). A pulse needs
 * a rest before and after it; a pulse at the very end of a file without a following rest is
 * reported nowhere rather than with a guessed ΔE_s.
 */
public final class GittAnalysis {

  /**
   * Currents below this fraction of the pulse current count as rest. Cyclers log a few µA of noise
   * or offset at open circuit, while a galvanostatic pulse holds its current within about 1 %: a
   * tenth of the pulse current tells them apart for pulses from tens of µA to amperes.
   */
  public static final double REST_FRACTION_OF_PULSE = 0.1;

  private GittAnalysis() {}

  public static List<GittPulse> analyze(CellSeries series, DiffusionLength length) {
    double[] t = series.timeSeconds();
    double[] e = series.voltageVolts();
    double[] i = series.currentMilliAmps();
    double restMilliAmps = REST_FRACTION_OF_PULSE * pulseCurrentMilliAmps(i);
    List<int[]> pulses = new ArrayList<>();
    int start = -1;
    for (int k = 0; k < i.length; k++) {
      boolean on = Math.abs(i[k]) > restMilliAmps;
      if (on && start < 0) {
        start = k;
      } else if (!on && start >= 0) {
        pulses.add(new int[] {start, k - 1});
        start = -1;
      }
    }
    double relaxation = medianRelaxation(t, pulses);
    List<GittPulse> result = new ArrayList<>();
    for (int p = 0; p < pulses.size(); p++) {
      int first = pulses.get(p)[0];
      int last = pulses.get(p)[1];
      int nextPulse = p + 1 < pulses.size() ? pulses.get(p + 1)[0] - 1 : i.length - 1;
      if (first == 0 || last + 1 > nextPulse) {
        continue;
      }
      int restAfterEnd = relaxationEnd(t, last + 1, nextPulse, relaxation);
      double before = e[first - 1];
      double after = e[restAfterEnd];
      double tau = t[last] - t[first];
      double mean = 0;
      for (int k = first; k <= last; k++) {
        mean += i[k];
      }
      mean /= last - first + 1;
      double dEs = Math.abs(after - before);
      double dEt = Math.abs(e[last] - e[first]);
      double ir = Math.abs(e[first] - before);
      double ratio = dEs / dEt;
      double d = 4 / (Math.PI * tau) * length.centimetres() * length.centimetres() * ratio * ratio;
      result.add(
          new GittPulse(
              p + 1,
              mean < 0,
              tau,
              mean,
              before,
              after,
              dEs,
              dEt,
              ir,
              ir / Math.abs(mean) * 1000,
              d));
    }
    return List.copyOf(result);
  }

  /**
   * The pulse current |I| (mA): the median over the records above half the largest |I|. Pulses are
   * galvanostatic, so their records sit at one level that the median finds however many rest
   * records the file holds; 0 for a file with no current at all.
   */
  static double pulseCurrentMilliAmps(double[] currentMilliAmps) {
    double max = 0;
    for (double x : currentMilliAmps) {
      max = Math.max(max, Math.abs(x));
    }
    double half = max / 2;
    double[] high =
        Arrays.stream(currentMilliAmps).map(Math::abs).filter(x -> x >= half).sorted().toArray();
    return high.length == 0 ? 0 : high[high.length / 2];
  }

  /**
   * Last record of the relaxation after a pulse: the rest of the usual length (the median time from
   * a pulse's end to the next pulse), so a longer pause in the same rest step, such as the hour
   * between the sodiation and desodiation branches, does not enter ΔE_s.
   */
  private static int relaxationEnd(double[] t, int from, int limit, double relaxationSeconds) {
    int k = from;
    while (k < limit && t[k + 1] <= t[from - 1] + relaxationSeconds + 1e-6) {
      k++;
    }
    return k;
  }

  private static double medianRelaxation(double[] t, List<int[]> pulses) {
    double[] gaps = new double[Math.max(pulses.size() - 1, 0)];
    for (int p = 0; p + 1 < pulses.size(); p++) {
      gaps[p] = t[pulses.get(p + 1)[0] - 1] - t[pulses.get(p)[1]];
    }
    if (gaps.length == 0) {
      return Double.POSITIVE_INFINITY;
    }
    Arrays.sort(gaps);
    return gaps[gaps.length / 2];
  }
}

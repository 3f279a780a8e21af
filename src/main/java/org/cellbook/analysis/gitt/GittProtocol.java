package org.cellbook.analysis.gitt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.cellbook.analysis.series.CellSeries;

/**
 * Whether a record series follows a GITT protocol: repeated current pulses of one current and one
 * duration per direction, each followed by a rest at least as long as the pulse. Cycling with rests
 * between half cycles, pulse-power tests (HPPC: short pulses of several currents between longer
 * constant-current steps, as in Maccor diagnostic cycles) and open-circuit records with a few noise
 * blips are not.
 *
 * <p>Rest is judged against the file's own pulse current, not an absolute threshold: a record is
 * part of a pulse when |I| exceeds {@link #REST_SHARE} of the typical current of current-carrying
 * records.
 *
 * @param pulses the pulses found (of at least {@link #MIN_PULSE_RECORDS} records)
 * @param pulseMilliAmps median |I| of the pulses
 * @param pulseSeconds median pulse duration
 * @param restSeconds median rest after a pulse
 */
public record GittProtocol(
    int pulses, double pulseMilliAmps, double pulseSeconds, double restSeconds) {

  /** A GITT has at least this many pulse/rest pairs. */
  static final int MIN_PULSES = 5;

  /** A pulse spans at least this many records; a shorter run of current is a noise blip. */
  static final int MIN_PULSE_RECORDS = 3;

  /** |I| below this share of the typical current-carrying |I| is rest. */
  static final double REST_SHARE = 0.05;

  /** A pulse matches the protocol when its |I| and duration are within this of the medians. */
  static final double SAME = 0.2;

  /**
   * Share of the pulses that must match: the last pulse of a branch may be cut short by a voltage
   * limit.
   */
  static final double MATCHING_SHARE = 0.8;

  /** One current-carrying run: its records and the rest that follows it (NaN at the file's end). */
  private record Pulse(double milliAmps, boolean positive, double seconds, double restSeconds) {}

  /** The protocol of the series, or empty when it is not a GITT. */
  public static Optional<GittProtocol> of(CellSeries s) {
    double[] t = s.timeSeconds();
    double[] i = s.currentMilliAmps();
    double threshold = REST_SHARE * typicalCurrent(i);
    if (!(threshold > 0)) {
      return Optional.empty();
    }
    List<Pulse> pulses = new ArrayList<>();
    int k = 0;
    while (k < i.length) {
      if (Math.abs(i[k]) <= threshold) {
        k++;
        continue;
      }
      int first = k;
      double sum = 0;
      while (k < i.length && Math.abs(i[k]) > threshold) {
        sum += i[k];
        k++;
      }
      int last = k - 1;
      int next = k;
      while (next < i.length && Math.abs(i[next]) <= threshold) {
        next++;
      }
      if (last - first + 1 >= MIN_PULSE_RECORDS) {
        // a rest runs until the next pulse starts (or the file ends: no full rest known)
        double rest = next < i.length && next > k ? t[next] - t[last] : Double.NaN;
        int n = last - first + 1;
        pulses.add(new Pulse(Math.abs(sum / n), sum > 0, t[last] - t[first], rest));
      }
    }
    if (pulses.size() < MIN_PULSES) {
      return Optional.empty();
    }
    double seconds = median(pulses.stream().mapToDouble(Pulse::seconds).toArray());
    double milliAmps = median(pulses.stream().mapToDouble(Pulse::milliAmps).toArray());
    double chargeCurrent = medianOf(pulses, true);
    double dischargeCurrent = medianOf(pulses, false);
    int matching = 0;
    for (Pulse p : pulses) {
      double own = p.positive() ? chargeCurrent : dischargeCurrent;
      if (near(p.milliAmps(), own) && near(p.seconds(), seconds)) {
        matching++;
      }
    }
    double[] rests =
        pulses.stream().mapToDouble(Pulse::restSeconds).filter(Double::isFinite).toArray();
    double rest = rests.length == 0 ? 0 : median(rests);
    boolean gitt = matching >= MATCHING_SHARE * pulses.size() && seconds > 0 && rest >= seconds;
    return gitt
        ? Optional.of(new GittProtocol(pulses.size(), milliAmps, seconds, rest))
        : Optional.empty();
  }

  private static boolean near(double value, double reference) {
    return Math.abs(value - reference) <= SAME * reference;
  }

  private static double medianOf(List<Pulse> pulses, boolean positive) {
    double[] currents =
        pulses.stream()
            .filter(p -> p.positive() == positive)
            .mapToDouble(Pulse::milliAmps)
            .toArray();
    return currents.length == 0 ? Double.NaN : median(currents);
  }

  /** Median |I| of the records that carry current at all (above 10⁻³ of the largest |I|). */
  private static double typicalCurrent(double[] i) {
    double max = 0;
    for (double x : i) {
      max = Math.max(max, Math.abs(x));
    }
    double floor = max * 1e-3;
    double[] on = Arrays.stream(i).map(Math::abs).filter(x -> x > floor).toArray();
    return on.length == 0 ? 0 : median(on);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}

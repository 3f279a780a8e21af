package org.cellbook.demo;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

/**
 * The cycler CSV layout of the synthetic half-cell reference file the tests analyse: '#' metadata
 * lines, then record, cycle, step, step type, test and step time (s), voltage (V), signed current
 * (mA, negative = sodiation) and the step's unsigned charge (mAh). Keeps the running record, step
 * and time counters.
 */
final class SyntheticCsv {

  static final int POINTS_PER_STEP = 80;

  private final StringBuilder b = new StringBuilder(1 << 20);
  private int record;
  private int step;
  private double time;

  SyntheticCsv(double activeMassMilligrams) {
    b.append("# synthetic: true (Cellbook demo notebook; not measured data)\n");
    b.append("# cell: Na metal | 1 M NaOTf in DEGDME | hard carbon (working electrode)\n");
    b.append(String.format(Locale.ROOT, "# active_mass_mg: %.4f%n", activeMassMilligrams));
    b.append("# voltage_window_V: 0.001-3.0\n");
    b.append("# current_sign: negative = sodiation (discharge), positive = desodiation (charge)\n");
    b.append(
        "record,cycle,step,step_type,test_time_s,step_time_s,voltage_V,current_mA,capacity_mAh\n");
  }

  /** A rest of {@code seconds} at constant voltage, logged every minute. */
  void rest(int cycle, double volts, double seconds) {
    step(cycle, "Rest", 0, uniform(seconds, (int) Math.max(1, seconds / 60)), t -> volts);
  }

  /**
   * A constant-current step passing {@code milliAmpHours} in {@value #POINTS_PER_STEP} records;
   * {@code voltageAtFraction} gives the voltage at each fraction 0…1 of the step. Returns the last
   * voltage.
   */
  double step(
      int cycle,
      String type,
      double milliAmps,
      double milliAmpHours,
      DoubleUnaryOperator voltageAtFraction) {
    double seconds = milliAmpHours / Math.abs(milliAmps) * 3600;
    return step(
        cycle,
        type,
        milliAmps,
        uniform(seconds, POINTS_PER_STEP),
        t -> voltageAtFraction.applyAsDouble(t / seconds));
  }

  /** A step logged at the given step times (s, from 0); returns its last voltage. */
  double step(
      int cycle, String type, double milliAmps, double[] stepTimes, DoubleUnaryOperator voltageAt) {
    step++;
    double v = 0;
    double start = time;
    for (double t : stepTimes) {
      time = start + t;
      v = Math.max(0.001, Math.min(3.0, voltageAt.applyAsDouble(t)));
      record++;
      b.append(
          String.format(
              Locale.ROOT,
              "%d,%d,%d,%s,%.1f,%.1f,%.5f,%.5f,%.6f%n",
              record,
              cycle,
              step,
              type,
              time,
              t,
              v,
              milliAmps,
              Math.abs(milliAmps) * t / 3600));
    }
    return v;
  }

  static double[] uniform(double seconds, int intervals) {
    double[] t = new double[intervals + 1];
    for (int k = 0; k <= intervals; k++) {
      t[k] = seconds * k / intervals;
    }
    return t;
  }

  byte[] bytes() {
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }
}

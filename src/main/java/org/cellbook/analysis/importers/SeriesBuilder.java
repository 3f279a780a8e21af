package org.cellbook.analysis.importers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cellbook.analysis.series.CellSeries;
import org.cellbook.analysis.series.SeriesMetadata;
import org.cellbook.analysis.series.StepType;

/**
 * Collects records in growable primitive arrays and turns the instrument's own step, state and
 * capacity-counter conventions into the normalised {@link CellSeries}.
 */
final class SeriesBuilder {

  /** How the file's capacity counter behaves. */
  enum Counter {
    /** No counter: the series carries no step charge, analyses integrate |I| dt. */
    NONE,
    /**
     * A counter whose magnitude grows within a step and, at each step boundary, either starts again
     * from 0 (LAND, Neware, Maccor at a change of state, EC-Lab's Q charge/discharge at a new half
     * cycle, Arbin and PEC at a new cycle) or carries on from where the previous step ended (LAND's
     * record capacity across two discharge steps of one cycle, Arbin's charge + discharge across
     * the steps of a cycle, Maccor across CC→CV, EC-Lab within a half cycle). Which of the two is
     * decided at every boundary from the step's first value: restarted when it lies nearer 0 than
     * the previous step's last value. Step charge = |counter − that start|.
     */
    RESTARTS_OR_CARRIES_ON,
    /** Signed running total such as EC-Lab's (Q−Qo): step charge = Σ |ΔQ|. */
    SIGNED_RUNNING_TOTAL
  }

  static final int NO_CYCLE = Integer.MIN_VALUE;

  private double[] time;
  private double[] voltage;
  private double[] current;
  private double[] counter;
  private double[] temperature;
  private int[] cycle;
  private int[] stepKey;
  private StepType[] type;
  private int n;
  private boolean anyCycle;
  private boolean anyTemperature;
  final List<String> warnings = new ArrayList<>();

  /**
   * Capacity guess for a text file: its size over the mean length of the sampled lines, plus 5 %,
   * so that the arrays are rarely grown (each growth copies all columns).
   */
  static int expectedRecords(FileSample sample) {
    long bytes = 0;
    int lines = 0;
    for (String l : sample.lines()) {
      bytes += l.length() + 1;
      lines++;
    }
    if (lines < 2 || sample.path() == null) {
      return 1 << 14;
    }
    try {
      long size = java.nio.file.Files.size(sample.path());
      return (int) Math.min(1L << 27, (long) (size / ((double) bytes / lines) * 1.05) + 16);
    } catch (java.io.IOException e) {
      return 1 << 14;
    }
  }

  SeriesBuilder(int expected) {
    int c = Math.max(16, expected);
    time = new double[c];
    voltage = new double[c];
    current = new double[c];
    counter = new double[c];
    temperature = new double[c];
    cycle = new int[c];
    stepKey = new int[c];
    type = new StepType[c];
  }

  int size() {
    return n;
  }

  void add(
      double t,
      double v,
      double iMilliAmps,
      double counterMilliAmpHours,
      int cycleIndex,
      int instrumentStep,
      StepType stepType,
      double temperatureCelsius) {
    ReadLimits.stopIfInterrupted(n);
    if (n == time.length) {
      int c = n + (n >> 1);
      time = Arrays.copyOf(time, c);
      voltage = Arrays.copyOf(voltage, c);
      current = Arrays.copyOf(current, c);
      counter = Arrays.copyOf(counter, c);
      temperature = Arrays.copyOf(temperature, c);
      cycle = Arrays.copyOf(cycle, c);
      stepKey = Arrays.copyOf(stepKey, c);
      type = Arrays.copyOf(type, c);
    }
    time[n] = t;
    voltage[n] = v;
    current[n] = iMilliAmps;
    counter[n] = counterMilliAmpHours;
    cycle[n] = cycleIndex;
    stepKey[n] = instrumentStep;
    type[n] = stepType;
    temperature[n] = temperatureCelsius;
    anyCycle |= cycleIndex != NO_CYCLE;
    anyTemperature |= !Double.isNaN(temperatureCelsius);
    n++;
  }

  /** Scales the voltages already added (e.g. a "Volts" column that holds millivolts). */
  void scaleVoltage(double factor) {
    for (int i = 0; i < n; i++) {
      voltage[i] *= factor;
    }
  }

  double maxAbsVoltage() {
    double m = 0;
    for (int i = 0; i < n; i++) {
      m = Math.max(m, Math.abs(voltage[i]));
    }
    return m;
  }

  /**
   * Current below which a record counts as rest when the file has no step type: 10⁻⁴ of the largest
   * |I| in the file (instrument offsets are typically ≤ 10⁻⁵ of range).
   */
  static double restTolerance(double[] current, int n) {
    double max = 0;
    for (int i = 0; i < n; i++) {
      max = Math.max(max, Math.abs(current[i]));
    }
    return Math.max(max * 1e-4, 1e-12);
  }

  CellSeries build(SeriesMetadata metadata, Counter counterKind) {
    double tol = restTolerance(current, n);
    StepType[] types = type.length == n ? type : Arrays.copyOf(type, n);
    for (int i = 0; i < n; i++) {
      if (types[i] == null) {
        double c = current[i];
        types[i] = c > tol ? StepType.CC_CHARGE : c < -tol ? StepType.CC_DISCHARGE : StepType.REST;
      }
    }
    int[] steps = new int[n];
    int s = 0;
    for (int i = 0; i < n; i++) {
      if (i == 0
          || stepKey[i] != stepKey[i - 1]
          || types[i] != types[i - 1]
          || cycle[i] != cycle[i - 1]) {
        s++;
      }
      steps[i] = s;
    }
    double[] stepCharge = counterKind == Counter.NONE ? null : stepCharge(steps, counterKind);
    if (counterKind == Counter.RESTARTS_OR_CARRIES_ON) {
      warnings.addAll(startsInsideAStep(stepCharge, steps));
    }
    double[] t = trim(time);
    double[] v = trim(voltage);
    double[] c = trim(current);
    int[] cyc = anyCycle ? (cycle.length == n ? cycle : Arrays.copyOf(cycle, n)) : null;
    double[] temp = anyTemperature ? trim(temperature) : null;
    List<String> allWarnings = new ArrayList<>(metadata.warnings());
    allWarnings.addAll(warnings);
    SeriesMetadata md =
        new SeriesMetadata(
            metadata.format(),
            metadata.instrument(),
            metadata.channel(),
            metadata.startTime(),
            metadata.activeMassMilligrams(),
            metadata.comments(),
            metadata.extra(),
            allWarnings);
    return new CellSeries(md, t, v, c, stepCharge, steps, types, cyc, temp);
  }

  /**
   * A first record whose counter already holds more than {@link #TRUNCATED_START_RECORDS} of the
   * step's typical per-record increments: the export begins inside a step (a truncated Maccor or
   * Arbin export), and the first half cycle counts charge passed before the file begins.
   */
  private List<String> startsInsideAStep(double[] stepCharge, int[] steps) {
    int end = 1;
    while (end < n && steps[end] == steps[0]) {
      end++;
    }
    if (end < 3 || stepCharge[0] == 0) {
      return List.of();
    }
    double[] increments = new double[end - 1];
    for (int i = 1; i < end; i++) {
      increments[i - 1] = Math.abs(stepCharge[i] - stepCharge[i - 1]);
    }
    Arrays.sort(increments);
    double typical = increments[increments.length / 2];
    return stepCharge[0] > TRUNCATED_START_RECORDS * typical
        ? List.of(
            String.format(
                java.util.Locale.ROOT,
                "the file starts inside a step: its first record's counter already holds %.4g mAh"
                    + " passed before the file begins, so the first half cycle is not whole",
                stepCharge[0]))
        : List.of();
  }

  static final double TRUNCATED_START_RECORDS = 3;

  /** The column itself when full (no copy), else a trimmed copy. */
  private double[] trim(double[] column) {
    return column.length == n ? column : Arrays.copyOf(column, n);
  }

  private double[] stepCharge(int[] steps, Counter kind) {
    double[] q = new double[n];
    double base = 0;
    double last = 0;
    for (int i = 0; i < n; i++) {
      double raw = counter[i];
      if (Double.isNaN(raw)) {
        raw = last; // blank counter cell: nothing passed since the previous record
      }
      boolean newStep = i == 0 || steps[i] != steps[i - 1];
      switch (kind) {
        case RESTARTS_OR_CARRIES_ON -> {
          if (newStep) {
            // a truncated export's first step keeps what was logged before the file began
            base = i == 0 || Math.abs(raw) <= Math.abs(raw - last) ? 0 : last;
          } else if (base != 0 && Math.abs(raw) < Math.abs(base)) {
            base = 0; // the counter was reset inside the step
          }
          q[i] = Math.abs(raw - base);
        }
        case SIGNED_RUNNING_TOTAL -> {
          double dq = i == 0 ? 0 : Math.abs(raw - last);
          q[i] = newStep ? dq : q[i - 1] + dq;
        }
        case NONE -> throw new IllegalStateException();
      }
      last = raw;
    }
    return q;
  }
}

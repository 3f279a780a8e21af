package org.cellbook.analysis.importers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cellbook.analysis.series.CellSeries;
import org.cellbook.analysis.series.InstrumentStepType;
import org.cellbook.analysis.series.SeriesMetadata;
import org.jspecify.annotations.Nullable;

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

  private static final InstrumentStepType[] TYPES = InstrumentStepType.values();

  // Optional columns (counter, cycle, temperature) are allocated on their first value, the step
  // type is kept as a byte, and build() works in place: 4×10⁶ records fit in a 256 MB heap.
  private double @Nullable [] time;
  private double @Nullable [] voltage;
  private double @Nullable [] current;
  private double @Nullable [] counter;
  private double @Nullable [] temperature;
  private int @Nullable [] cycle;
  private int @Nullable [] stepKey;
  private byte @Nullable [] type; // InstrumentStepType ordinal + 1; 0 = not given
  private int n;
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
    stepKey = new int[c];
    type = new byte[c];
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
      @Nullable InstrumentStepType stepType,
      double temperatureCelsius) {
    ReadLimits.stopIfInterrupted(n);
    if (n == time.length) {
      // an eighth more: the size was estimated from the file, so it is rarely far off, and a
      // half more could take a 4×10⁶-record file past its heap
      grow(n + Math.max(n >> 3, 1024));
    }
    time[n] = t;
    voltage[n] = v;
    current[n] = iMilliAmps;
    stepKey[n] = instrumentStep;
    type[n] = stepType == null ? 0 : (byte) (stepType.ordinal() + 1);
    if (!Double.isNaN(counterMilliAmpHours)) {
      if (counter == null) {
        counter = filled(time.length, Double.NaN);
      }
      counter[n] = counterMilliAmpHours;
    } else if (counter != null) {
      counter[n] = Double.NaN;
    }
    if (cycleIndex != NO_CYCLE) {
      if (cycle == null) {
        cycle = new int[time.length];
        Arrays.fill(cycle, NO_CYCLE);
      }
      cycle[n] = cycleIndex;
    } else if (cycle != null) {
      cycle[n] = NO_CYCLE;
    }
    if (!Double.isNaN(temperatureCelsius)) {
      if (temperature == null) {
        temperature = filled(time.length, Double.NaN);
      }
      temperature[n] = temperatureCelsius;
    } else if (temperature != null) {
      temperature[n] = Double.NaN;
    }
    n++;
  }

  /** Grows every column to {@code capacity}, one at a time so that only one copy is alive. */
  private void grow(int capacity) {
    time = Arrays.copyOf(time, capacity);
    voltage = Arrays.copyOf(voltage, capacity);
    current = Arrays.copyOf(current, capacity);
    stepKey = Arrays.copyOf(stepKey, capacity);
    type = Arrays.copyOf(type, capacity);
    if (counter != null) {
      counter = Arrays.copyOf(counter, capacity);
    }
    if (cycle != null) {
      cycle = Arrays.copyOf(cycle, capacity);
    }
    if (temperature != null) {
      temperature = Arrays.copyOf(temperature, capacity);
    }
  }

  private static double[] filled(int length, double value) {
    double[] a = new double[length];
    Arrays.fill(a, value);
    return a;
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

  /**
   * The series: step types from the current where the file gave none, steps numbered from 1
   * wherever the instrument's step, the type or the cycle changes, step charge from the counter.
   * Works in place on the builder's columns, which it hands over: call it once.
   */
  CellSeries build(SeriesMetadata metadata, Counter counterKind) {
    // trimmed first, while the fewest other columns are alive (each copy is transient)
    double[] t = trim(time);
    time = null;
    double[] v = trim(voltage);
    voltage = null;
    double[] c = trim(current);
    current = null;
    double tol = restTolerance(c, n);
    InstrumentStepType[] types = new InstrumentStepType[n];
    for (int i = 0; i < n; i++) {
      if (type[i] != 0) {
        types[i] = TYPES[type[i] - 1];
      } else {
        double milliAmps = c[i];
        types[i] =
            milliAmps > tol
                ? InstrumentStepType.CC_CHARGE
                : milliAmps < -tol ? InstrumentStepType.CC_DISCHARGE : InstrumentStepType.REST;
      }
    }
    type = null;
    int[] steps = stepKey; // renumbered in place
    stepKey = null;
    int s = 0;
    int previousKey = 0;
    for (int i = 0; i < n; i++) {
      int key = steps[i];
      if (i == 0
          || key != previousKey
          || types[i] != types[i - 1]
          || cycle != null && cycle[i] != cycle[i - 1]) {
        s++;
      }
      previousKey = key;
      steps[i] = s;
    }
    double[] stepCharge = null;
    if (counterKind != Counter.NONE) {
      if (counter == null) {
        counter = filled(n, Double.NaN);
      }
      stepChargeInPlace(steps, counterKind);
      stepCharge = trim(counter);
      counter = null;
      if (counterKind == Counter.RESTARTS_OR_CARRIES_ON) {
        warnings.addAll(startsInsideAStep(stepCharge, steps));
      }
    }
    int[] cyc = cycle == null ? null : cycle.length == n ? cycle : Arrays.copyOf(cycle, n);
    cycle = null;
    double[] temp = temperature == null ? null : trim(temperature);
    temperature = null;
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
    return new CellSeries(
        md,
        t,
        v,
        c,
        stepCharge,
        steps.length == n ? steps : Arrays.copyOf(steps, n),
        types,
        cyc,
        temp);
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

  /** Turns the counter column into step charge, record by record in place. */
  private void stepChargeInPlace(int[] steps, Counter kind) {
    double[] q = counter;
    double base = 0;
    double last = 0;
    for (int i = 0; i < n; i++) {
      double raw = q[i];
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
  }
}

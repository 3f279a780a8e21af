package org.cellbook.analysis.cycling;

import java.util.List;
import java.util.Locale;
import org.cellbook.analysis.series.CellSeries;
import org.jspecify.annotations.Nullable;

/**
 * Which half cycle opens the cycling, decided from the option, the voltage window and the data, and
 * whether the file starts with a partial half cycle that opens nothing.
 *
 * <p>A cycle of an anode half cell is reduction (sodiation) then oxidation; of a cathode half cell
 * or a full cell, charge (oxidation) then discharge. So the opening direction is a property of the
 * cell, not of the file's first record: a cathode that is first discharged from open circuit, or a
 * file whose first step is a −2 µA blip, still opens each cycle with oxidation.
 *
 * @param direction the direction that opens each cycle
 * @param partialStart true when the first half cycle is a partial start (a top-up or a discharge
 *     from open circuit, much smaller than the next ones) that pairs with nothing
 * @param reason why this direction was chosen, in words for the warnings
 */
public record CycleOpening(CurrentDirection direction, boolean partialStart, String reason) {

  /**
   * A first half cycle with less than this share of the next half cycle's charge cannot open the
   * cycling: paired with it, it would give a CE above 1/0.5 = 200 % (or, against the next half of
   * its own direction at the same rate, it is a top-up, not a full half cycle).
   */
  static final double PARTIAL_SHARE = 0.5;

  /**
   * Lowest voltage of a window that only a cathode half cell or a full cell cycles in: a 1.5 V
   * cut-off as read back, with its few mV of overshoot.
   */
  static final double CATHODE_WINDOW_MIN_VOLTS = 1.45;

  /** An anode half cell goes below this vs Na/Na⁺ or Li/Li⁺ ... */
  static final double ANODE_WINDOW_MIN_VOLTS = 0.8;

  /** ... and stays below this. */
  static final double ANODE_WINDOW_MAX_VOLTS = 3.2;

  /** Relative difference of mean currents under which two half cycles count as the same rate. */
  private static final double SAME_RATE = 0.2;

  static CycleOpening choose(CellSeries s, List<HalfCycle> halves, CycleConvention convention) {
    boolean partial = partialStart(halves);
    HalfCycle firstFull = halves.size() > (partial ? 1 : 0) ? halves.get(partial ? 1 : 0) : null;
    Window w = Window.of(s);
    CurrentDirection byWindow = w.opening();
    CurrentDirection chosen =
        switch (convention) {
          case REDUCTION_FIRST -> CurrentDirection.REDUCTION;
          case OXIDATION_FIRST -> CurrentDirection.OXIDATION;
          case AUTO -> byWindow;
        };
    String reason;
    if (convention != CycleConvention.AUTO) {
      reason = name(chosen) + " opens each cycle (chosen)";
      if (byWindow != null && byWindow != chosen) {
        reason +=
            ", although the window "
                + w
                + " is "
                + w.role()
                + "'s, which opens with "
                + name(byWindow);
      }
    } else if (chosen != null) {
      reason = name(chosen) + " opens each cycle: the window " + w + " is that of " + w.role();
    } else {
      chosen = firstFull == null ? CurrentDirection.REDUCTION : firstFull.direction();
      reason =
          name(chosen)
              + " opens each cycle: the first full half cycle's direction (the window "
              + w
              + " does not tell an anode from a cathode)";
    }
    return new CycleOpening(chosen, partial, reason);
  }

  private static String name(CurrentDirection d) {
    return d == CurrentDirection.OXIDATION
        ? "oxidation (charge)"
        : "reduction (discharge, sodiation)";
  }

  /** The voltage range of a file and what it says about the working electrode. */
  private record Window(double minVolts, double maxVolts) {

    static Window of(CellSeries s) {
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (double v : s.voltageVolts()) {
        if (Double.isFinite(v)) {
          min = Math.min(min, v);
          max = Math.max(max, v);
        }
      }
      return new Window(min, max);
    }

    /** Oxidation for a cathode half cell or full cell, reduction for an anode, else null. */
    @Nullable CurrentDirection opening() {
      if (minVolts >= CATHODE_WINDOW_MIN_VOLTS) {
        return CurrentDirection.OXIDATION;
      }
      return minVolts < ANODE_WINDOW_MIN_VOLTS && maxVolts <= ANODE_WINDOW_MAX_VOLTS
          ? CurrentDirection.REDUCTION
          : null;
    }

    String role() {
      return opening() == CurrentDirection.OXIDATION
          ? "a cathode half cell or a full cell"
          : "an anode half cell";
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%.2f–%.2f V", minVolts, maxVolts);
    }
  }

  /**
   * True when the first half cycle holds less than {@link #PARTIAL_SHARE} of the next one, or of
   * the next one of its own direction at the same rate.
   */
  static boolean partialStart(List<HalfCycle> halves) {
    if (halves.size() < 2) {
      return false;
    }
    HalfCycle first = halves.get(0);
    double q = first.capacityMilliAmpHours();
    if (q < PARTIAL_SHARE * halves.get(1).capacityMilliAmpHours()) {
      return true;
    }
    if (halves.size() < 3) {
      return false;
    }
    HalfCycle again = halves.get(2);
    double i0 = first.meanCurrentMilliAmps();
    double i2 = again.meanCurrentMilliAmps();
    boolean sameRate = Math.abs(i0 - i2) <= SAME_RATE * Math.max(i0, i2);
    return sameRate && q < PARTIAL_SHARE * again.capacityMilliAmpHours();
  }
}

package org.cellbook.analysis.kpi;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The physical range of a KPI and the likely cause when a value falls outside it. Ranges are
 * declared once, beside the KPI's definition (e.g. {@code Cycle.COULOMBIC_EFFICIENCY}), and a value
 * outside its range is never shown as a plain result: the analysis lists it as implausible with
 * {@link #explain}.
 *
 * @param min lower bound
 * @param minIncluded whether {@code min} itself is plausible
 * @param max upper bound (always included)
 * @param percent whether the value is a ratio shown in %
 * @param unit the value's unit as shown ("mAh g⁻¹"), null for a plain number or a ratio
 * @param cause the likely cause of a value outside the range, for the person who sees it
 */
public record PlausibleRange(
    double min,
    boolean minIncluded,
    double max,
    boolean percent,
    @Nullable String unit,
    String cause) {

  public PlausibleRange {
    if (!(min <= max) || cause == null || cause.isBlank()) {
      throw new IllegalArgumentException("a range needs min ≤ max and a likely cause");
    }
  }

  /** A ratio shown in % (CE, retention, fractions). */
  public static PlausibleRange ratio(double min, boolean minIncluded, double max, String cause) {
    return new PlausibleRange(min, minIncluded, max, true, null, cause);
  }

  /** A quantity with a unit, both bounds included. */
  public static PlausibleRange of(double min, double max, String unit, String cause) {
    return new PlausibleRange(min, true, max, false, unit, cause);
  }

  /** True for a finite value inside the range. */
  public boolean admits(double value) {
    return Double.isFinite(value) && (minIncluded ? value >= min : value > min) && value <= max;
  }

  /**
   * "ICE 477.8 % is outside (0 %, 105 %]: the first half cycle ...": the value, the range and the
   * likely cause, in one sentence.
   */
  public String explain(String what, double value) {
    return what + " " + show(value) + " is outside " + interval() + ": " + cause;
  }

  /** The range as a person reads it: "(0 %, 105 %]", "[0, 8000 m² g⁻¹]". */
  public String interval() {
    return (minIncluded ? "[" : "(") + show(min) + ", " + show(max) + "]";
  }

  private String show(double x) {
    double v = percent ? 100 * x : x;
    String number;
    if (Double.isInfinite(v)) {
      number = v > 0 ? "∞" : "−∞"; // an open end: "C > 0" reads (0, ∞]
    } else if (Double.isNaN(v)) {
      number = Double.toString(v);
    } else if (Math.abs(v) >= 1000 && Math.abs(v) < 1e7) {
      number = String.format(Locale.ROOT, "%.0f", v);
    } else {
      // 4 significant digits without trailing zeros: 477.8, 0.142, 1e-16
      number = String.format(Locale.ROOT, "%.4g", v).replaceAll("\\.?0+(e|$)", "$1");
    }
    return percent ? number + " %" : unit == null ? number : number + " " + unit;
  }
}

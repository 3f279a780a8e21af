package org.cellbook.base;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Collects field problems while checking a command, then throws them all at once. */
public final class Problems {

  private final List<ValidationException.Problem> found = new ArrayList<>();

  public Problems check(boolean ok, String field, String message) {
    if (!ok) {
      found.add(new ValidationException.Problem(field, message));
    }
    return this;
  }

  /** Adds a problem unless {@code value} is present, finite and strictly positive. */
  public Problems positive(@Nullable Double value, String field, String label) {
    if (value == null) {
      return check(false, field, label + " is required");
    }
    return positiveIfGiven(value, field, label);
  }

  /** Like {@link #positive} but accepts a missing value. */
  public Problems positiveIfGiven(@Nullable Double value, String field, String label) {
    if (value == null) {
      return this;
    }
    if (value.isInfinite()) {
      return check(false, field, label + " must be a finite number");
    }
    return check(value > 0, field, label + " must be greater than zero");
  }

  /**
   * Adds a problem unless {@code value} is missing or a finite number above {@code min} and at most
   * {@code max}: NaN, infinities, zero and negative quantities are refused by name.
   */
  public Problems inRangeIfGiven(
      @Nullable Double value, double min, double max, String field, String label, String unit) {
    return value == null
        ? this
        : check(
            Double.isFinite(value) && value > min && value <= max,
            field,
            "%s must be greater than %s and at most %s%s, not %s"
                .formatted(label, plain(min), plain(max), unit.isEmpty() ? "" : " " + unit, value));
  }

  private static String plain(double x) {
    return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
  }

  public Problems required(@Nullable Object value, String field, String label) {
    boolean present = value != null && !(value instanceof String s && s.isBlank());
    return check(present, field, label + " is required");
  }

  /** The problems found so far, in the order they were found. */
  public List<ValidationException.Problem> found() {
    return List.copyOf(found);
  }

  public void throwIfAny() {
    if (!found.isEmpty()) {
      throw new ValidationException(found);
    }
  }
}

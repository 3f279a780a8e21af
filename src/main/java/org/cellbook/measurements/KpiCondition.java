package org.cellbook.measurements;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cellbook.base.ValidationException;
import org.jspecify.annotations.Nullable;

/**
 * A filter on a stored KPI, written as a lab would type it: {@code ice>0.8}, {@code
 * bet_area_m2_g<=200}. Ratios are stored as fractions (ICE 80 % is 0.8).
 */
public record KpiCondition(String name, String operator, double value) {

  private static final Pattern SYNTAX =
      Pattern.compile(
          "\\s*([a-z][a-z0-9_]*)\\s*(>=|<=|>|<|=)\\s*([-+]?[0-9]*\\.?[0-9]+([eE][-+]?[0-9]+)?)\\s*");

  /** Parses one condition; the error names the text and shows the expected form. */
  public static KpiCondition parse(@Nullable String text) {
    Matcher m = SYNTAX.matcher(text == null ? "" : text);
    if (!m.matches()) {
      throw new ValidationException(
          "kpi",
          "'" + text + "' is not a KPI condition: write name, operator, number, e.g. ice>0.8");
    }
    return new KpiCondition(m.group(1), m.group(2), Double.parseDouble(m.group(3)));
  }

  @Override
  public String toString() {
    return name + operator + value;
  }
}

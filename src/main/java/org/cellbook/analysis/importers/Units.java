package org.cellbook.analysis.importers;

import java.nio.file.Path;
import java.util.Locale;

/** Factors from the units written in headers to the series' units (s, V, mA, mAh). */
final class Units {

  private Units() {}

  static String clean(String unit) {
    return unit.strip()
        .replace('µ', 'u')
        .replace('μ', 'u')
        .toLowerCase(Locale.ROOT)
        .replace("ma.h", "mah")
        .replace("a.h", "ah");
  }

  static double toMilliAmps(String unit, String assumed, Path file, String column)
      throws ImportException {
    String u = clean(unit.isEmpty() ? assumed : unit);
    return switch (u) {
      case "a", "amps", "amp" -> 1000;
      case "ma", "mamps" -> 1;
      case "ua" -> 1e-3;
      case "na" -> 1e-6;
      default -> throw unknown(file, column, unit, "A, mA, uA or nA");
    };
  }

  static double toMilliAmpHours(String unit, String assumed, Path file, String column)
      throws ImportException {
    String u = clean(unit.isEmpty() ? assumed : unit);
    return switch (u) {
      case "ah" -> 1000;
      case "mah" -> 1;
      case "uah" -> 1e-3;
      case "c", "as" -> 1000.0 / 3600.0;
      case "mc", "mas" -> 1.0 / 3600.0;
      default -> throw unknown(file, column, unit, "Ah, mAh, uAh or C");
    };
  }

  static double toVolts(String unit, String assumed, Path file, String column)
      throws ImportException {
    String u = clean(unit.isEmpty() ? assumed : unit);
    return switch (u) {
      case "v", "volts" -> 1;
      case "mv" -> 1e-3;
      default -> throw unknown(file, column, unit, "V or mV");
    };
  }

  static double toSeconds(String unit, String assumed, Path file, String column)
      throws ImportException {
    String u = clean(unit.isEmpty() ? assumed : unit);
    return switch (u) {
      case "s", "sec", "seconds" -> 1;
      case "min", "minutes" -> 60;
      case "h", "hr", "hours", "decimal hours" -> 3600;
      case "ms" -> 1e-3;
      default -> throw unknown(file, column, unit, "s, min or h");
    };
  }

  private static ImportException unknown(Path file, String column, String unit, String expected) {
    return new ImportException(
        file, -1, column, "unit '" + unit + "' is not understood (expected " + expected + ")");
  }

  private static final java.time.format.DateTimeFormatter US_DATE_TIME =
      java.time.format.DateTimeFormatter.ofPattern("M/d/uuuu H:mm:ss[.SSS]", Locale.ROOT);
  private static final java.time.format.DateTimeFormatter ISO_DATE_TIME =
      java.time.format.DateTimeFormatter.ofPattern(
          "uuuu[-][/]MM[-][/]dd H:mm:ss[.SSS]", Locale.ROOT);

  /**
   * Seconds of a local date and time written {@code 05/20/2021 23:36:18}, {@code 2021-05-20
   * 23:36:18} or {@code 2021/05/20 23:36:18} (optionally with milliseconds) since an arbitrary
   * origin, for differences only; NaN when not such a date.
   */
  static double parseDateTimeSeconds(String text) {
    String s = text.strip();
    int firstSeparator = Math.max(s.indexOf('/'), s.indexOf('-'));
    try {
      java.time.LocalDateTime t =
          java.time.LocalDateTime.parse(s, firstSeparator == 4 ? ISO_DATE_TIME : US_DATE_TIME);
      return t.toEpochSecond(java.time.ZoneOffset.UTC) + t.getNano() / 1e9;
    } catch (java.time.format.DateTimeParseException e) {
      return Double.NaN;
    }
  }

  /**
   * Parses a duration written as {@code [D d ]h:mm:ss[.fff]}, {@code D hh:mm:ss}, {@code mm:ss} or
   * a bare number of {@code bareUnitSeconds}. Returns NaN when not a duration.
   */
  static double parseDuration(String text, double bareUnitSeconds, boolean decimalComma) {
    String s = text.strip();
    if (s.isEmpty()) {
      return Double.NaN;
    }
    if (s.indexOf(':') < 0) {
      return FastNumbers.parse(s, decimalComma) * bareUnitSeconds;
    }
    double days = 0;
    int sep = s.indexOf('d');
    if (sep < 0) {
      sep = s.indexOf(' ');
    }
    if (sep > 0 && sep < s.indexOf(':')) {
      days = FastNumbers.parse(s.substring(0, sep), false);
      s = s.substring(sep + 1).strip();
    }
    String[] parts = s.split(":");
    double seconds = 0;
    for (String p : parts) {
      double v = FastNumbers.parse(p, decimalComma);
      if (Double.isNaN(v)) {
        return Double.NaN;
      }
      seconds = seconds * 60 + v;
    }
    if (parts.length == 1) {
      return Double.NaN;
    }
    return days * 86400 + seconds;
  }
}

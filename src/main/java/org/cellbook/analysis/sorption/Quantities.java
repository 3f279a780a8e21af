package org.cellbook.analysis.sorption;

import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import org.cellbook.analysis.importers.ImportException;
import org.jspecify.annotations.Nullable;

/**
 * Numbers and units as sorption instruments write them in headers and column titles: pressure (Pa,
 * kPa, MPa, bar, mbar, atm, torr, mmHg), amount adsorbed (cm³(STP), mmol, mol, per gram or per
 * sample), temperature (K, °C) and mass (g, mg, kg), and numbers with decimal commas or thousands
 * separators ("0,0304(g)", "1,142.0517 m²/g").
 */
final class Quantities {

  /** One torr (= 1 mmHg to 0.15 ppm) in Pa: 101 325 / 760. */
  static final double PASCALS_PER_TORR = 101_325.0 / 760.0;

  private static final java.util.regex.Pattern LEADING_NUMBER =
      java.util.regex.Pattern.compile("[-+]?(?:\\d[\\d.,]*|[.,]\\d+)(?:[eE][-+]?\\d+)?");

  private Quantities() {}

  /**
   * An amount unit: how many mmol one unit is, and whether it is already per gram of sample (else
   * it is the total in the cell and must be divided by the sample mass).
   */
  record AmountUnit(String text, double millimolesPerUnit, boolean perGram) {

    /**
     * This total amount taken per unit of sample mass ({@code gramsPerMassUnit} g: 1e-3 for mg), as
     * AIF writes amounts whose {@code _units_loading} names no mass ("cc" with {@code _units_mass
     * g}).
     */
    AmountUnit perMass(double gramsPerMassUnit) {
      return new AmountUnit(text, millimolesPerUnit / gramsPerMassUnit, true);
    }
  }

  /** Pascals per unit of pressure named in a column title or header field; unknown units fail. */
  static double pascalsPer(String unit, Path file, long line, String column)
      throws ImportException {
    return pascalsPer(unit)
        .orElseThrow(
            () ->
                new ImportException(
                    file,
                    line,
                    column,
                    "pressure unit '"
                        + unit
                        + "' is not one of Pa, kPa, MPa, bar, mbar, atm, torr or mmHg"));
  }

  /** Pascals per unit of pressure, empty for an unknown unit. */
  static OptionalDouble pascalsPer(String unit) {
    String u = unit.strip().toLowerCase(Locale.ROOT).replace(" ", "");
    return switch (u) {
      case "pa" -> OptionalDouble.of(1);
      case "kpa" -> OptionalDouble.of(1e3);
      case "mpa" -> OptionalDouble.of(1e6);
      case "bar" -> OptionalDouble.of(1e5);
      case "mbar", "hpa" -> OptionalDouble.of(100);
      case "atm" -> OptionalDouble.of(101_325);
      case "torr", "mmhg" -> OptionalDouble.of(PASCALS_PER_TORR);
      default -> OptionalDouble.empty();
    };
  }

  /**
   * Parses an amount unit as instruments and AIF/pyGAPS files write it — "cm³/g STP", "ml(STP)
   * g-1", "cm^3(STP) g^-1", "cm³_{STP} g^{-1}", "cc/g", "mmol/g", "mmol g^(-1)", "mol/kg" — or a
   * total with no mass ("cc", "cm3", "mmol": Quantachrome's total cc(STP) in the cell); null for
   * anything else, including amounts per volume of adsorbent ("kmol/m3"), which need the
   * adsorbent's density. A gas volume (cm³, cc, ml) is taken at STP, the only volume a sorption
   * instrument reports. The grammar follows adsorption-file-parser's loading strings: the amount,
   * then the sample either after "/" or as "x-1"; brackets, carets, braces, underscores and quotes
   * are dropped and "STP" may stand anywhere.
   */
  static @Nullable AmountUnit amountUnit(String unit) {
    String u =
        unit.strip()
            .toLowerCase(Locale.ROOT)
            .replace('³', '3')
            .replace('µ', 'u')
            .replaceAll("[\\^{}_'\"]", "")
            .replaceAll("[()\\[\\],]", " ")
            .replace("stp", " ")
            .replaceAll("\\s*/\\s*", "/")
            .replaceAll("\\s+", " ")
            .strip();
    String amount;
    String sample;
    int slash = u.indexOf('/');
    if (slash >= 0) {
      amount = u.substring(0, slash).strip();
      sample = u.substring(slash + 1).strip();
    } else if (u.matches("\\S+ \\S+ ?-1")) {
      amount = u.substring(0, u.indexOf(' '));
      sample = u.substring(u.indexOf(' ') + 1).replace("-1", "").strip();
    } else {
      amount = u;
      sample = "";
    }
    double millimoles =
        switch (amount) {
          case "cm3", "cc", "ml" -> 1 / Isotherm.CM3_STP_PER_MMOL;
          case "umol" -> 1e-3;
          case "mmol" -> 1;
          case "mol" -> 1000;
          default -> Double.NaN;
        };
    if (Double.isNaN(millimoles)) {
      return null;
    }
    if (sample.isEmpty()) {
      return new AmountUnit(unit, millimoles, false);
    }
    double grams = grams(1, sample);
    return Double.isNaN(grams) ? null : new AmountUnit(unit, millimoles / grams, true);
  }

  /** "273.15 K", "77K", "-196 °C", "0 degC" standing in free text. */
  private static final java.util.regex.Pattern TEMPERATURE =
      java.util.regex.Pattern.compile(
          "(?<![\\w.])(-?\\d{1,4}(?:\\.\\d+)?)\\s?(K|°\\s?C|deg\\s?C)(?![A-Za-z0-9])");

  /**
   * The first temperature a line of free text states with its unit (K or °C), in K; null when it
   * states none, or none between 1 and 1000 K.
   */
  static @Nullable Double kelvinInText(String text) {
    Matcher m = TEMPERATURE.matcher(text);
    while (m.find()) {
      double k = kelvin(Double.parseDouble(m.group(1)), m.group(2).startsWith("K") ? "K" : "C");
      if (k >= 1 && k <= 1000) {
        return k;
      }
    }
    return null;
  }

  /** Kelvin from a temperature in K or °C; NaN for an unknown unit. */
  static double kelvin(double value, @Nullable String unit) {
    String u = unit == null ? "k" : unit.strip().toLowerCase(Locale.ROOT).replace("°", "");
    return switch (u) {
      case "k", "" -> value;
      case "c" -> value + 273.15;
      default -> Double.NaN;
    };
  }

  /** Grams from a mass in g, mg or kg; NaN for an unknown unit. */
  static double grams(double value, @Nullable String unit) {
    String u = unit == null ? "g" : unit.strip().toLowerCase(Locale.ROOT);
    return switch (u) {
      case "g", "" -> value;
      case "mg" -> value * 1e-3;
      case "kg" -> value * 1e3;
      default -> Double.NaN;
    };
  }

  /**
   * The first number in the text, read with a decimal comma when the number has a comma and no
   * point ("0,0304(g)" → 0.0304) and with thousands commas when it has both ("1,142.05" → 1142.05);
   * NaN when there is none.
   */
  static double leadingNumber(@Nullable String text) {
    if (text == null) {
      return Double.NaN;
    }
    Matcher m = LEADING_NUMBER.matcher(text);
    if (!m.find()) {
      return Double.NaN;
    }
    String n = m.group();
    n = n.contains(".") ? n.replace(",", "") : n.replace(',', '.');
    try {
      return Double.parseDouble(n);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  /** The text after the number, e.g. "g" for "0.0339 g" or "(g)" → "g"; "" when none. */
  static String unitAfterNumber(String text) {
    Matcher m = LEADING_NUMBER.matcher(text);
    if (!m.find()) {
      return "";
    }
    return text.substring(m.end()).replaceAll("[()\\s]", "");
  }

  /** The unit inside the last pair of parentheses of a column title, "" when none. */
  static String unitInParentheses(String title) {
    int open = title.lastIndexOf('(');
    int close = title.lastIndexOf(')');
    return open >= 0 && close > open ? title.substring(open + 1, close).strip() : "";
  }
}

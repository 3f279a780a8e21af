package org.cellbook.analysis.sorption;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cellbook.analysis.importers.FileSample;
import org.cellbook.analysis.importers.ImportException;
import org.jspecify.annotations.Nullable;

/**
 * Plain isotherm text (CSV or whitespace, e.g. BETSI's csv): a pressure column — relative (p/p₀) or
 * absolute with its unit in the title ("Pressure (kPa)", "Absolute Pressure [mmHg]") — and the
 * amount adsorbed, its unit named in the header: cm³(STP) g⁻¹ ("cm3") or mmol g⁻¹. Wider tables
 * pick the pressure and amount columns by name (a relative pressure before an absolute one). Lines
 * starting with '#', and text lines before the column titles that name no pressure column ("CO2
 * 273.15 K", a sample name), describe the measurement: the adsorptive and temperature come from
 * them and from the column titles. Absolute pressures are divided by the adsorptive's standard p₀
 * at that temperature (METHODS.md §0), with a warning. A desorption branch following the adsorption
 * branch is split off after the highest pressure. When the header is separated by semicolons, as
 * spreadsheets in decimal-comma locales save csv, cells are split at semicolons only and read with
 * a decimal comma ("1,2E-02;5,3").
 */
final class IsothermTextImporter implements IsothermImporter {

  /** "(kPa)", "[mmHg]", "/ bar": a unit in a column title. */
  private static final Pattern UNIT = Pattern.compile("[(\\[]([^)\\]]+)[)\\]]|/\\s*([a-z]+)");

  /** The columns a header line names. */
  private record Columns(int pressure, int amount, double pascals, Quantities.AmountUnit unit) {}

  @Override
  public String formatName() {
    return "Isotherm text (pressure and amount columns)";
  }

  @Override
  public double detect(FileSample sample) {
    if (!sample.isText()) {
      return 0;
    }
    for (String line : sample.lines().stream().limit(20).toList()) {
      String l = line.toLowerCase(Locale.ROOT);
      if (l.contains("relative pressure") || l.contains("p/po") || l.contains("p/p0")) {
        return 0.6;
      }
      if (l.contains("pressure") && pascalsIn(l) > 0 && amountUnit(l) != null) {
        return 0.5;
      }
    }
    return 0;
  }

  @Override
  public SorptionMeasurement read(Path file) throws ImportException {
    TextFile text = TextFile.read(file, StandardCharsets.ISO_8859_1);
    SorptionMeasurementBuilder points = new SorptionMeasurementBuilder(file, formatName(), "line");
    Columns columns = null;
    Boolean semicolons = null;
    for (int k = 0; k < text.lines().size(); k++) {
      String line = text.lines().get(k).strip();
      if (line.startsWith("#")) {
        points.describedBy(line);
        continue;
      }
      if (line.isEmpty()) {
        continue;
      }
      if (semicolons == null) {
        semicolons = line.indexOf(';') >= 0;
      }
      String[] parts = line.split(semicolons ? "\\s*;\\s*" : "\\s*[,;\\t]\\s*|\\s+");
      int x = columns == null ? 0 : columns.pressure();
      int a = columns == null ? 1 : columns.amount();
      Double p = parts.length > Math.max(x, a) ? number(parts[x], semicolons) : null;
      Double n = parts.length > Math.max(x, a) ? number(parts[a], semicolons) : null;
      if (p != null && n != null) {
        if (columns == null) {
          throw new ImportException(
              file,
              "no header line naming the amount's unit (cm3(STP)/g or mmol/g) before line "
                  + (k + 1));
        }
        double perGram = points.perGram(n, columns.unit(), k + 1, null);
        if (columns.pascals() == 0) {
          points.addRelative(
              SorptionMeasurementBuilder.Branch.UNSPLIT, p, Double.NaN, perGram, k + 1);
        } else {
          points.addAbsolute(
              SorptionMeasurementBuilder.Branch.UNSPLIT,
              p * columns.pascals(),
              Double.NaN,
              perGram,
              k + 1);
        }
        continue;
      }
      if (columns != null || points.hasPoints()) {
        if (parts.length <= Math.max(x, a) && text.isCutLine(k)) {
          points.warn("line " + (k + 1) + " is incomplete (file cut?): left out");
          continue;
        }
        throw new ImportException(
            file, k + 1, null, "'" + line + "' is not a pressure and an amount");
      }
      points.describedBy(line);
      String header = line.toLowerCase(Locale.ROOT);
      if (!header.contains("pressure") && !header.contains("p/p")) {
        continue; // a line of text above the column titles ("CO2 273.15 K")
      }
      columns = columns(header, semicolons, file, k + 1);
    }
    if (columns == null) {
      throw new ImportException(
          file, "no header line naming the amount's unit (cm3(STP)/g or mmol/g)");
    }
    return points.build();
  }

  /**
   * The pressure and amount columns of a title line: by name in wider tables, else the first two; a
   * relative pressure where the pressure's title says so, else an absolute one in the unit its
   * title names.
   */
  private static Columns columns(String header, boolean semicolons, Path file, long line)
      throws ImportException {
    int pressure = 0;
    int amount = 1;
    String pressureTitle = header;
    String amountTitle = header;
    String[] names = header.split(semicolons ? "\\s*;\\s*" : "\\s*[,;\\t]\\s*");
    if (names.length > 2) {
      pressure = indexOf(names, "relative", "p/p");
      if (pressure < 0) {
        pressure = indexOf(names, "pressure");
      }
      int mmol = indexOf(names, "mmol");
      amount = mmol >= 0 ? mmol : indexOf(names, "cm3", "cm³", "cc");
      if (pressure < 0 || amount < 0) {
        throw new ImportException(
            file,
            line,
            null,
            "cannot tell the pressure and amount columns apart in '" + header + "'");
      }
      pressureTitle = names[pressure];
      amountTitle = names[amount];
    } else if (names.length == 2) {
      pressureTitle = names[0];
      amountTitle = names[1];
    }
    Quantities.AmountUnit unit = amountUnit(amountTitle);
    if (unit == null) {
      throw new ImportException(
          file,
          line,
          null,
          "the header does not say whether the amount is in cm3(STP)/g or mmol/g");
    }
    boolean relative = pressureTitle.contains("relative") || pressureTitle.contains("p/p");
    double pascals = relative ? 0 : pascalsIn(pressureTitle);
    if (!relative && !(pascals > 0)) {
      throw new ImportException(
          file,
          line,
          null,
          "the pressure column is neither p/p0 nor a pressure in Pa, kPa, MPa, bar, mbar, atm,"
              + " torr or mmHg");
    }
    return new Columns(pressure, amount, pascals, unit);
  }

  /** Pa per unit of the first pressure unit a title names, NaN when it names none. */
  private static double pascalsIn(String title) {
    Matcher m = UNIT.matcher(title);
    while (m.find()) {
      String unit = m.group(1) != null ? m.group(1) : m.group(2);
      OptionalDouble pascals = Quantities.pascalsPer(unit);
      if (pascals.isPresent()) {
        return pascals.getAsDouble();
      }
    }
    return Double.NaN;
  }

  /** The amount's unit a title names: mmol/g, or cm³(STP)/g ("cm3", "cm³", "cc"); null for none. */
  private static Quantities.AmountUnit amountUnit(String title) {
    return Quantities.amountUnit(
        title.contains("mmol")
            ? "mmol/g"
            : title.contains("cm3") || title.contains("cm³") || title.contains("cc")
                ? "cm3/g"
                : "");
  }

  private static int indexOf(String[] names, String... fragments) {
    for (int k = 0; k < names.length; k++) {
      for (String f : fragments) {
        if (names[k].contains(f)) {
          return k;
        }
      }
    }
    return -1;
  }

  /** A number; with a decimal comma when the file is semicolon-separated ("1.234,5" is none). */
  private static @Nullable Double number(String text, boolean decimalComma) {
    if (decimalComma && text.indexOf(',') >= 0) {
      if (text.indexOf('.') >= 0) {
        return null;
      }
      text = text.replace(',', '.');
    }
    try {
      return Double.valueOf(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}

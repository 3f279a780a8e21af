package org.cellbook.analysis.sorption;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.cellbook.analysis.importers.FileSample;
import org.cellbook.analysis.importers.ImportException;

/**
 * Plain isotherm text (CSV or whitespace, e.g. BETSI's csv): relative pressure p/p₀ and amount
 * adsorbed, with a header naming the amount's unit — cm³(STP) g⁻¹ ("cm3") or mmol g⁻¹. Wider tables
 * pick the relative-pressure and amount columns by name. Lines starting with '#' are comments. A
 * desorption branch following the adsorption branch is split off after the highest pressure. The
 * adsorptive and temperature come from the comments and column titles ("# CO2 273.15 K"). When the
 * header is separated by semicolons, as spreadsheets in decimal-comma locales save csv, cells are
 * split at semicolons only and read with a decimal comma ("1,2E-02;5,3").
 */
final class IsothermTextImporter implements IsothermImporter {

  @Override
  public String formatName() {
    return "Isotherm text (p/p0 and amount columns)";
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
    }
    return 0;
  }

  @Override
  public SorptionMeasurement read(Path file) throws ImportException {
    TextFile text = TextFile.read(file, StandardCharsets.ISO_8859_1);
    MeasurementBuilder points = new MeasurementBuilder(file, formatName(), "line");
    Quantities.AmountUnit unit = null;
    int xColumn = 0;
    int nColumn = 1;
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
      if (parts.length < Math.max(xColumn, nColumn) + 1) {
        if (text.isCutLine(k)) {
          points.warn("line " + (k + 1) + " is incomplete (file cut?): left out");
          continue;
        }
        throw new ImportException(file, k + 1, null, "expected p/p0 and an amount");
      }
      Double x = number(parts[xColumn], semicolons);
      Double n = number(parts[nColumn], semicolons);
      if (x != null && n != null) {
        if (unit == null) {
          throw new ImportException(
              file,
              "no header line naming the amount's unit (cm3(STP)/g or mmol/g) before line "
                  + (k + 1));
        }
        points.addRelative(
            MeasurementBuilder.Branch.UNSPLIT,
            x,
            Double.NaN,
            points.perGram(n, unit, k + 1, null),
            k + 1);
        continue;
      }
      if (unit != null || points.hasPoints()) {
        throw new ImportException(file, k + 1, null, "'" + line + "' is not two numbers");
      }
      points.describedBy(line);
      String header = line.toLowerCase(Locale.ROOT);
      // Wider tables (absolute and relative pressure, amount in two units): pick by name.
      String[] names = header.split(semicolons ? "\\s*;\\s*" : "\\s*[,;\\t]\\s*");
      if (names.length > 2) {
        xColumn = indexOf(names, "relative", "p/p");
        int mmol = indexOf(names, "mmol");
        nColumn = mmol >= 0 ? mmol : indexOf(names, "cm3", "cm³", "cc");
        if (xColumn < 0 || nColumn < 0) {
          throw new ImportException(
              file,
              k + 1,
              null,
              "cannot tell the relative-pressure and amount columns apart in '" + line + "'");
        }
        header = names[nColumn];
      }
      unit =
          Quantities.amountUnit(
              header.contains("mmol")
                  ? "mmol/g"
                  : header.contains("cm3") || header.contains("cm³") || header.contains("cc")
                      ? "cm3/g"
                      : "");
      if (unit == null) {
        throw new ImportException(
            file,
            k + 1,
            null,
            "the header does not say whether the amount is in cm3(STP)/g or mmol/g");
      }
    }
    if (unit == null) {
      throw new ImportException(
          file, "no header line naming the amount's unit (cm3(STP)/g or mmol/g)");
    }
    return points.build();
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
  private static Double number(String text, boolean decimalComma) {
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

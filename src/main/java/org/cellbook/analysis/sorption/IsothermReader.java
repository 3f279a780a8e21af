package org.cellbook.analysis.sorption;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Plain two-column isotherm text (CSV or whitespace): relative pressure p/p₀ and amount adsorbed,
 * with a header naming the amount's unit — cm³(STP) g⁻¹ ("cm3") or mmol g⁻¹. Lines starting with
 * '#' are comments. Adsorption branch only: a point whose pressure falls below the previous one
 * starts the desorption branch, which is left out.
 */
public final class IsothermReader {

  /** A file that cannot be read as an isotherm; the message names the file and line. */
  public static final class IsothermException extends Exception {
    IsothermException(String message) {
      super(message);
    }
  }

  private IsothermReader() {}

  public static Isotherm read(Path file, String adsorbate) throws IsothermException {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IsothermException(file.getFileName() + ": cannot read: " + e.getMessage());
    }
    double toMmol = Double.NaN;
    int xColumn = 0;
    int nColumn = 1;
    List<double[]> points = new ArrayList<>();
    for (int k = 0; k < lines.size(); k++) {
      String line = lines.get(k).replace("\uFEFF", "").strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\\s*[,;\\t]\\s*|\\s+");
      if (parts.length < Math.max(2, Math.max(xColumn, nColumn) + 1)) {
        throw new IsothermException(
            file.getFileName() + ", line " + (k + 1) + ": expected p/p0 and an amount");
      }
      Double x = number(parts[xColumn]);
      Double n = number(parts[nColumn]);
      if (x == null || n == null) {
        if (points.isEmpty() && Double.isNaN(toMmol)) {
          String header = line.toLowerCase(Locale.ROOT);
          // Wider tables (absolute and relative pressure, amount in two units): pick by name.
          String[] names = header.split("\\s*[,;\\t]\\s*");
          if (names.length > 2) {
            xColumn = indexOf(names, "relative", "p/p");
            int mmol = indexOf(names, "mmol");
            nColumn = mmol >= 0 ? mmol : indexOf(names, "cm3", "cm³", "cc");
            if (xColumn < 0 || nColumn < 0) {
              throw new IsothermException(
                  file.getFileName()
                      + ", line "
                      + (k + 1)
                      + ": cannot tell the relative-pressure and amount columns apart in '"
                      + line
                      + "'");
            }
            header = names[nColumn];
          }
          toMmol =
              header.contains("mmol")
                  ? 1.0
                  : header.contains("cm3") || header.contains("cm³") || header.contains("cc")
                      ? 1 / Isotherm.CM3_STP_PER_MMOL
                      : Double.NaN;
          if (Double.isNaN(toMmol)) {
            throw new IsothermException(
                file.getFileName()
                    + ", line "
                    + (k + 1)
                    + ": the header does not say whether the amount is in cm3(STP)/g or mmol/g");
          }
          continue;
        }
        throw new IsothermException(
            file.getFileName() + ", line " + (k + 1) + ": '" + line + "' is not two numbers");
      }
      if (!points.isEmpty() && x < points.getLast()[0]) {
        break; // desorption branch
      }
      points.add(new double[] {x, n});
    }
    if (Double.isNaN(toMmol)) {
      throw new IsothermException(
          file.getFileName() + ": no header line naming the amount's unit (cm3(STP)/g or mmol/g)");
    }
    if (points.size() < 3) {
      throw new IsothermException(file.getFileName() + ": fewer than three adsorption points");
    }
    double[] x = new double[points.size()];
    double[] n = new double[points.size()];
    for (int k = 0; k < x.length; k++) {
      x[k] = points.get(k)[0];
      n[k] = points.get(k)[1] * toMmol;
    }
    return new Isotherm(adsorbate, x, n);
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

  private static Double number(String text) {
    try {
      return Double.valueOf(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}

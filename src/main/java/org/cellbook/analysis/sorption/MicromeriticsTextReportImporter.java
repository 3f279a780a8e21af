package org.cellbook.analysis.sorption;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cellbook.analysis.importers.FileSample;
import org.cellbook.analysis.importers.ImportException;
import org.cellbook.analysis.importers.TextDecoding;
import org.jspecify.annotations.Nullable;

/**
 * Micromeritics reports exported as text (TriStar II, Gemini VII / MicroActive, ASAP "report" saved
 * as .txt): pages of a fixed-width printed report, UTF-16 with a byte-order mark in newer software
 * and windows-1252 in older. Every page repeats a header of "Label: value" pairs ({@code Sample:},
 * {@code Analysis Adsorptive:}, {@code Analysis Bath Temp.:}, {@code Sample Mass:}, in MicroActive
 * also {@code Sat. pressure:}) under a line naming the instrument and the page. The section {@code
 * Isotherm Tabular Report} holds the isotherm: column titles stacked over three or four lines
 * ({@code Relative Pressure (p/p°)}, {@code Absolute Pressure (kPa | mmHg)}, {@code Quantity
 * Adsorbed (cm³/g STP | mmol/g)}, {@code Elapsed Time (h:min)}, {@code Saturation Pressure (…)}), a
 * line of dashes, then one row per point until a blank line; adsorption and desorption follow each
 * other and are split after the highest pressure. Rows that only record a p₀ measurement have the
 * other cells blank (MicroActive) or printed as Windows NaN ("1.#QNAN", TriStar) and are skipped.
 *
 * <p>Layout learnt from two public exports: a TriStar II 3020 V1.02 report in
 * naitsok/analysis-scripts (MIT) and a Gemini VII 2390 / MicroActive 3.00 report in
 * cheminfo/isotherm-analysis (MIT); both are test resources. Relative pressure is taken as the
 * instrument computed it; without that column the absolute pressure and the saturation pressure
 * (per row, else the header's) give it.
 */
final class MicromeriticsTextReportImporter implements IsothermImporter {

  private static final String TABLE = "Isotherm Tabular Report";

  /** Reports are tens to hundreds of kB; a larger file is not searched for the table. */
  private static final long MAX_REPORT_BYTES = 32L << 20;

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Pattern FIELD =
      Pattern.compile(
          "(?i)\\b(sample|analysis adsorptive|analysis bath temp\\.?|sample mass|sat\\. pressure):"
              + "\\s+(.+?)(?=\\s{2,}|$)");
  private static final Pattern PAGE = Pattern.compile("(?i)\\bpage\\s+\\d+");
  private static final Pattern DASHES = Pattern.compile("^\\s*-{3,}\\s*$");

  /** How the Microsoft C runtime prints NaN and infinities: 1.#QNAN, 1.#QNB, -1.#IND, 1.#INF. */
  private static final Pattern WINDOWS_NAN = Pattern.compile("[-+]?\\d\\.#[A-Z]+\\d*");

  private static final Pattern NUMBER =
      Pattern.compile("[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?");

  @Override
  public String formatName() {
    return "Micromeritics report text (.txt)";
  }

  /**
   * The table title in the head of the file; in a long report whose head is Micromeritics report
   * pages (the page header's "Analysis adsorptive:") but other sections, the whole file is
   * searched: a report may print summary, options and log pages before the isotherm.
   */
  @Override
  public double detect(FileSample sample) {
    byte[] head = sample.head();
    String text = TextDecoding.utf16(head, head.length);
    if (text == null && sample.isText()) {
      text = String.join("\n", sample.lines(WINDOWS_1252));
    }
    if (text == null) {
      return 0;
    }
    if (text.contains(TABLE)) {
      return 0.9;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (!lower.contains("micromeritics") || !lower.contains("analysis adsorptive:")) {
      return 0;
    }
    try {
      if (Files.size(sample.path()) <= head.length
          || Files.size(sample.path()) > MAX_REPORT_BYTES) {
        return 0;
      }
      return TextFile.read(sample.path(), WINDOWS_1252).lines().stream()
              .anyMatch(l -> l.contains(TABLE))
          ? 0.9
          : 0;
    } catch (IOException | ImportException e) {
      return 0;
    }
  }

  @Override
  public SorptionMeasurement read(Path file) throws ImportException {
    TextFile text = TextFile.read(file, WINDOWS_1252);
    List<String> lines = text.lines();
    SorptionMeasurementBuilder points = new SorptionMeasurementBuilder(file, formatName(), "line");
    int tables = 0;
    boolean header = false;
    for (int k = 0; k < lines.size(); k++) {
      if (lines.get(k).contains(TABLE)) {
        if (!header) {
          readHeader(lines.subList(0, k), points);
          header = true;
        }
        k = readTable(file, text, k, points);
        tables++;
      }
    }
    if (tables == 0) {
      throw new ImportException(file, "no '" + TABLE + "' section: the report has no isotherm");
    }
    return points.build();
  }

  /**
   * Reads one tabular section starting at its title line; returns the index of the line that ends
   * it.
   */
  private int readTable(Path file, TextFile text, int titleLine, SorptionMeasurementBuilder points)
      throws ImportException {
    List<String> lines = text.lines();
    int k = titleLine + 1;
    while (k < lines.size() && lines.get(k).isBlank()) {
      k++;
    }
    List<String> titleLines = new ArrayList<>();
    int firstTitle = k;
    while (k < lines.size()
        && !lines.get(k).isBlank()
        && !DASHES.matcher(lines.get(k)).matches()
        && !startsWithValue(lines.get(k))) {
      titleLines.add(lines.get(k));
      k++;
    }
    if (titleLines.isEmpty()) {
      throw new ImportException(
          file, titleLine + 1, TABLE, "no column titles (Relative Pressure, Quantity Adsorbed…)");
    }
    if (k < lines.size() && DASHES.matcher(lines.get(k)).matches()) {
      k++;
    }
    StackedColumns columns = StackedColumns.of(titleLines);
    int relative = columns.find("relative pressure");
    int absolute = columns.find("absolute pressure");
    int amount = columns.find("quantity adsorbed");
    int saturation = columns.find("saturation pressure");
    if (amount < 0 || (relative < 0 && absolute < 0)) {
      throw new ImportException(
          file,
          firstTitle + 1,
          null,
          "the isotherm table needs a Quantity Adsorbed column and a Relative or Absolute Pressure"
              + " column; its columns are "
              + String.join(", ", columns.titles()));
    }
    String amountTitle = columns.titles().get(amount);
    Quantities.AmountUnit unit = Quantities.amountUnit(Quantities.unitInParentheses(amountTitle));
    if (unit == null) {
      throw new ImportException(
          file, firstTitle + 1, amountTitle, "the quantity's unit is not cm³/g STP or mmol/g");
    }
    int pressure = relative >= 0 ? relative : absolute;
    String pressureTitle = columns.titles().get(pressure);
    double pascals =
        relative >= 0
            ? 1
            : Quantities.pascalsPer(
                Quantities.unitInParentheses(pressureTitle), file, firstTitle + 1, pressureTitle);
    String saturationTitle = saturation < 0 ? null : columns.titles().get(saturation);
    double p0Pascals =
        saturation < 0
            ? Double.NaN
            : Quantities.pascalsPer(
                Quantities.unitInParentheses(saturationTitle),
                file,
                firstTitle + 1,
                saturationTitle);
    boolean rows = false;
    for (; k < lines.size(); k++) {
      String line = lines.get(k);
      if (line.isBlank()) {
        if (rows) {
          return k;
        }
        continue;
      }
      rows = true;
      long number = k + 1;
      if (text.isCutLine(k)) {
        // a row cut by a failed copy may end inside a number: never read it
        points.warn("line " + number + " is incomplete (file cut?): left out");
        continue;
      }
      String[] cells;
      try {
        cells = columns.cells(line);
      } catch (IllegalArgumentException e) {
        throw new ImportException(file, number, null, e.getMessage() + ": '" + line.strip() + "'");
      }
      String p = cells[pressure];
      String n = cells[amount];
      if (p == null && n == null) {
        continue; // a p0 measured between points
      }
      if (isWindowsNaN(p) || isWindowsNaN(n)) {
        if (!isWindowsNaN(p) || !isWindowsNaN(n)) {
          points.warn(
              "line "
                  + number
                  + ": "
                  + (isWindowsNaN(p) ? pressureTitle : amountTitle)
                  + " is not a number ("
                  + (isWindowsNaN(p) ? p : n)
                  + "): point left out");
        }
        continue; // TriStar prints the p0-only row as 1.#QNAN
      }
      if (p == null || n == null) {
        throw new ImportException(
            file,
            number,
            p == null ? pressureTitle : amountTitle,
            "the row has no value in this column: '" + line.strip() + "'");
      }
      double x = value(file, number, pressureTitle, p);
      double q = value(file, number, amountTitle, n);
      String s = saturation < 0 ? null : cells[saturation];
      double p0 =
          s == null || isWindowsNaN(s)
              ? Double.NaN
              : value(file, number, saturationTitle, s) * p0Pascals;
      double perGram = points.perGram(q, unit, number, amountTitle);
      if (relative >= 0) {
        points.addRelative(SorptionMeasurementBuilder.Branch.UNSPLIT, x, p0, perGram, number);
      } else {
        points.addAbsolute(
            SorptionMeasurementBuilder.Branch.UNSPLIT, x * pascals, p0, perGram, number);
      }
    }
    return k;
  }

  /** A numeric cell; anything else is an error naming line and column. */
  private static double value(Path file, long line, String column, String cell)
      throws ImportException {
    if (NUMBER.matcher(cell).matches()) {
      return Double.parseDouble(cell);
    }
    throw new ImportException(file, line, column, "'" + cell + "' is not a number");
  }

  private static boolean isWindowsNaN(@Nullable String cell) {
    return cell != null && WINDOWS_NAN.matcher(cell).matches();
  }

  private static boolean startsWithValue(String line) {
    String s = line.strip();
    return !s.isEmpty()
        && (Character.isDigit(s.charAt(0))
            || s.charAt(0) == '-' && s.length() > 1 && Character.isDigit(s.charAt(1)));
  }

  /**
   * The page header above the first table: the instrument line (the one naming the page) and the
   * "Label: value" fields.
   */
  private static void readHeader(List<String> lines, SorptionMeasurementBuilder points) {
    MicromeriticsHeader header = new MicromeriticsHeader(points);
    boolean instrument = false;
    for (String line : lines) {
      if (!instrument && PAGE.matcher(line).find()) {
        List<String> parts = new ArrayList<>();
        for (String part : line.strip().split("\\s{2,}")) {
          String p = part.toLowerCase(Locale.ROOT);
          if (p.startsWith("unit") || p.startsWith("port") || p.startsWith("serial")) {
            continue;
          }
          if (p.startsWith("page")) {
            break;
          }
          parts.add(part);
        }
        if (!parts.isEmpty()) {
          points.instrument("Micromeritics " + String.join(", ", parts.reversed()));
          instrument = true;
        }
      }
      Matcher m = FIELD.matcher(line);
      while (m.find()) {
        header.offer(m.group(1) + ":", m.group(2).strip());
      }
    }
  }
}

package org.cellbook.analysis.sorption;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.cellbook.analysis.importers.FileSample;
import org.cellbook.analysis.importers.ImportException;
import org.jspecify.annotations.Nullable;

/**
 * Micromeritics isotherm columns saved as delimited text (.csv): one title row, then one row per
 * point. The titles are Micromeritics' own ({@code Relative Pressure (p/p°)}, {@code Quantity
 * Adsorbed (cm³/g STP)}; also {@code Absolute Pressure (unit)}, {@code Saturation Pressure (unit)},
 * {@code Elapsed Time}) and come in column groups, one per branch, side by side: the first group is
 * the adsorption branch, the second the desorption branch from the highest pressure down, and the
 * shorter group ends in empty cells. Windows writes the file in windows-1252 with the list
 * separator and decimal mark of the user's locale: the public sample uses semicolons and decimal
 * commas ({@code 4,29539E-05;4,972917807;0,991502875;323,2827177}); a comma-separated file has
 * decimal points.
 *
 * <p>Layout learnt from the public sample {@code testFiles/micrometrics.csv} of
 * cheminfo/isotherm-analysis (MIT; a test resource here) and that project's reading of it (first
 * column pair adsorption, second desorption). The sample's desorption group starts with the
 * adsorption group's last point, the turning point: it is kept in the adsorption branch only, as
 * the other importers do. The file carries no header, so sample mass, adsorptive, temperature and
 * p₀ are unknown unless a Saturation Pressure column gives p₀ or a title names them.
 */
final class MicromeriticsIsothermCsvImporter implements IsothermImporter {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /**
   * A number with at most one decimal mark: a point, or with a semicolon or tab separator also a
   * comma ("1.234,5" with a thousands separator is refused rather than guessed).
   */
  private static final Pattern POINT_NUMBER =
      Pattern.compile("[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?");

  private static final Pattern MARK_NUMBER =
      Pattern.compile("[-+]?(?:\\d+[.,]?\\d*|[.,]\\d+)(?:[eE][-+]?\\d+)?");

  private enum Kind {
    RELATIVE,
    ABSOLUTE,
    QUANTITY,
    SATURATION,
    OTHER
  }

  /** One point of a group as read: p/p° or absolute pressure, quantity, p₀ (NaN: none). */
  private record Row(double pressure, double quantity, double p0, long line) {}

  /** One branch's columns (−1: absent). */
  private record Group(int relative, int absolute, int quantity, int saturation) {

    int pressure() {
      return relative >= 0 ? relative : absolute;
    }
  }

  @Override
  public String formatName() {
    return "Micromeritics isotherm columns (.csv)";
  }

  /**
   * Only when the first line is a title row in Micromeritics' words that uses Micromeritics'
   * "p/p°", has two column groups, or gives absolute pressures only: a single {@code Relative
   * Pressure (P/Po), Quantity Adsorbed} pair (BETSI's csv, plain exports) stays with the plain-text
   * importer.
   */
  @Override
  public double detect(FileSample sample) {
    if (!sample.isText()) {
      return 0;
    }
    String title =
        sample.lines(WINDOWS_1252).stream().filter(l -> !l.isBlank()).findFirst().orElse("");
    String lower = title.toLowerCase(Locale.ROOT);
    if (!lower.contains("quantity adsorbed")) {
      return 0;
    }
    if (lower.contains("p/p°")) {
      return 0.85; // even with a column missing, so that the error says which
    }
    List<Group> groups = groups(split(title, separator(title)));
    boolean absoluteOnly = groups.size() == 1 && groups.getFirst().relative() < 0;
    return groups.size() >= 2 || absoluteOnly ? 0.85 : 0;
  }

  @Override
  public SorptionMeasurement read(Path file) throws ImportException {
    TextFile text = TextFile.read(file, WINDOWS_1252);
    List<String> lines = text.lines();
    int titleLine = 0;
    while (titleLine < lines.size() && lines.get(titleLine).isBlank()) {
      titleLine++;
    }
    if (titleLine == lines.size()) {
      throw new ImportException(file, "the file is empty: no column titles, no points");
    }
    String titleText = lines.get(titleLine);
    char separator = separator(titleText);
    String[] titles = split(titleText, separator);
    for (String t : titles) {
      if (kind(t) == Kind.QUANTITY
          && Quantities.amountUnit(Quantities.unitInParentheses(t)) == null) {
        throw new ImportException(
            file, titleLine + 1, t, "the quantity's unit is not cm³/g STP or mmol/g");
      }
    }
    List<Group> groups = groups(titles);
    if (groups.isEmpty()) {
      throw new ImportException(
          file,
          titleLine + 1,
          null,
          "the title row needs a Quantity Adsorbed column after a Relative or Absolute Pressure"
              + " column; its columns are "
              + String.join(", ", titles));
    }
    if (groups.size() > 2) {
      throw new ImportException(
          file,
          titleLine + 1,
          null,
          groups.size()
              + " column groups (pressure and quantity): one adsorption and one desorption group"
              + " are read; is this an overlay of several isotherms?");
    }
    Pattern number = separator == ',' ? POINT_NUMBER : MARK_NUMBER;
    SorptionMeasurementBuilder points =
        new SorptionMeasurementBuilder(file, formatName(), "line").describedBy(titleText);
    List<List<Row>> rows = new ArrayList<>();
    groups.forEach(g -> rows.add(new ArrayList<>()));
    for (int k = titleLine + 1; k < lines.size(); k++) {
      String line = lines.get(k);
      if (line.isBlank()) {
        continue;
      }
      long lineNumber = k + 1;
      if (text.isCutLine(k)) {
        points.warn("line " + lineNumber + " is incomplete (file cut?): left out");
        continue;
      }
      String[] cells = split(line, separator);
      if (cells.length > titles.length) {
        throw new ImportException(
            file,
            lineNumber,
            null,
            SorptionMeasurementBuilder.f(
                "%d cells on a line under %d column titles: '%s'",
                cells.length, titles.length, line.strip()));
      }
      for (int g = 0; g < groups.size(); g++) {
        Row point = point(file, lineNumber, titles, cells, groups.get(g), number);
        if (point != null) {
          rows.get(g).add(point);
        }
      }
    }
    addGroups(file, titleLine + 1, titles, groups, rows, points);
    return points.build();
  }

  /**
   * Hands the groups' points to the builder: one group is split after its highest pressure; with
   * two, the first is the adsorption branch and the second the desorption branch, each checked to
   * run the way its branch is measured.
   */
  private static void addGroups(
      Path file,
      long titleLine,
      String[] titles,
      List<Group> groups,
      List<List<Row>> rows,
      SorptionMeasurementBuilder points)
      throws ImportException {
    if (groups.size() == 1) {
      add(
          titleLine,
          titles,
          groups.getFirst(),
          rows.getFirst(),
          SorptionMeasurementBuilder.Branch.UNSPLIT,
          points);
      return;
    }
    List<Row> ads = rows.get(0);
    List<Row> des = rows.get(1);
    requireDirection(file, ads, true, "first", "adsorption");
    requireDirection(file, des, false, "second", "desorption");
    if (!ads.isEmpty()
        && !des.isEmpty()
        && ads.getLast().pressure() == des.getFirst().pressure()
        && ads.getLast().quantity() == des.getFirst().quantity()) {
      // the turning point, printed at the end of one group and the start of the other
      des = des.subList(1, des.size());
    }
    add(
        titleLine,
        titles,
        groups.get(0),
        ads,
        SorptionMeasurementBuilder.Branch.ADSORPTION,
        points);
    add(
        titleLine,
        titles,
        groups.get(1),
        des,
        SorptionMeasurementBuilder.Branch.DESORPTION,
        points);
  }

  /**
   * A second group that rises in pressure is another adsorption run (an overlay), not the
   * desorption branch: reading it as one would put the wrong points into the analyses.
   */
  private static void requireDirection(
      Path file, List<Row> group, boolean rising, String which, String branch)
      throws ImportException {
    if (group.size() < 2) {
      return;
    }
    double first = group.getFirst().pressure();
    double last = group.getLast().pressure();
    if (rising ? last < first : last > first) {
      throw new ImportException(
          file,
          group.getFirst().line(),
          null,
          SorptionMeasurementBuilder.f(
              "the %s column group %s in pressure (%.6g to %.6g, lines %d–%d), so it is not the"
                  + " %s branch this layout puts there",
              which,
              rising ? "falls" : "rises",
              first,
              last,
              group.getFirst().line(),
              group.getLast().line(),
              branch));
    }
  }

  private static void add(
      long titleLine,
      String[] titles,
      Group group,
      List<Row> rows,
      SorptionMeasurementBuilder.Branch branch,
      SorptionMeasurementBuilder points)
      throws ImportException {
    Quantities.AmountUnit unit =
        Quantities.amountUnit(Quantities.unitInParentheses(titles[group.quantity()]));
    double pascals =
        group.relative() >= 0
            ? 1
            : Quantities.pascalsPer(
                Quantities.unitInParentheses(titles[group.absolute()]),
                points.file(),
                titleLine,
                titles[group.absolute()]);
    double p0Pascals =
        group.saturation() < 0
            ? Double.NaN
            : Quantities.pascalsPer(
                Quantities.unitInParentheses(titles[group.saturation()]),
                points.file(),
                titleLine,
                titles[group.saturation()]);
    for (Row row : rows) {
      double perGram = points.perGram(row.quantity(), unit, row.line(), titles[group.quantity()]);
      double p0 = row.p0() * p0Pascals; // NaN stays NaN: no p₀ in the row
      if (group.relative() >= 0) {
        points.addRelative(branch, row.pressure(), p0, perGram, row.line());
      } else {
        points.addAbsolute(branch, row.pressure() * pascals, p0, perGram, row.line());
      }
    }
  }

  /** The group's point on a line, null when its cells are blank (the shorter group has ended). */
  private static @Nullable Row point(
      Path file, long line, String[] titles, String[] cells, Group group, Pattern number)
      throws ImportException {
    String p = cell(cells, group.pressure());
    String n = cell(cells, group.quantity());
    if (p.isEmpty() && n.isEmpty()) {
      return null;
    }
    if (p.isEmpty() || n.isEmpty()) {
      int missing = p.isEmpty() ? group.pressure() : group.quantity();
      throw new ImportException(
          file, line, titles[missing], "the cell is empty but its pair in the same group is not");
    }
    String s = group.saturation() < 0 ? "" : cell(cells, group.saturation());
    return new Row(
        value(file, line, titles[group.pressure()], p, number),
        value(file, line, titles[group.quantity()], n, number),
        s.isEmpty() ? Double.NaN : value(file, line, titles[group.saturation()], s, number),
        line);
  }

  private static String cell(String[] cells, int column) {
    return column < cells.length ? cells[column] : "";
  }

  private static double value(Path file, long line, String column, String cell, Pattern number)
      throws ImportException {
    if (!number.matcher(cell).matches()) {
      throw new ImportException(file, line, column, "'" + cell + "' is not a number");
    }
    return Double.parseDouble(cell.replace(',', '.'));
  }

  /**
   * The column groups of a title row: a group starts at a pressure column once the group before it
   * has its quantity; a pressure without a quantity (two relative pressures in a row), or a
   * quantity without a pressure, makes the row unreadable (empty list). Quantities in an unknown
   * unit are not counted.
   */
  private static List<Group> groups(String[] titles) {
    List<Group> groups = new ArrayList<>();
    int relative = -1;
    int absolute = -1;
    int quantity = -1;
    int saturation = -1;
    for (int c = 0; c <= titles.length; c++) {
      Kind kind = c == titles.length ? Kind.OTHER : kind(titles[c]);
      boolean pressure = kind == Kind.RELATIVE || kind == Kind.ABSOLUTE;
      if (c == titles.length || pressure && quantity >= 0) {
        if (quantity >= 0 && (relative >= 0 || absolute >= 0)) {
          groups.add(new Group(relative, absolute, quantity, saturation));
        } else if (relative >= 0 || absolute >= 0 || quantity >= 0) {
          return List.of();
        }
        relative = absolute = quantity = saturation = -1;
      }
      if (kind == Kind.RELATIVE && relative >= 0 || kind == Kind.ABSOLUTE && absolute >= 0) {
        return List.of(); // a second pressure of one kind before any quantity: a column is missing
      }
      switch (kind) {
        case RELATIVE -> relative = c;
        case ABSOLUTE -> absolute = c;
        case QUANTITY -> {
          if (quantity < 0
              && Quantities.amountUnit(Quantities.unitInParentheses(titles[c])) != null) {
            quantity = c;
          }
        }
        case SATURATION -> saturation = saturation < 0 ? c : saturation;
        case OTHER -> {
          // elapsed time and the like: not needed
        }
      }
    }
    return groups;
  }

  private static Kind kind(String title) {
    String t = title.toLowerCase(Locale.ROOT);
    if (t.startsWith("relative pressure")) {
      return Kind.RELATIVE;
    }
    if (t.startsWith("absolute pressure")) {
      return Kind.ABSOLUTE;
    }
    if (t.startsWith("quantity adsorbed")) {
      return Kind.QUANTITY;
    }
    if (t.startsWith("saturation pressure")) {
      return Kind.SATURATION;
    }
    return Kind.OTHER;
  }

  /** The list separator: semicolon or tab when the title row has one, else comma. */
  private static char separator(String titleRow) {
    if (titleRow.indexOf(';') >= 0) {
      return ';';
    }
    return titleRow.indexOf('\t') >= 0 ? '\t' : ',';
  }

  /** Cells of a line, stripped and unquoted ("…" as Excel writes a title with the separator). */
  private static String[] split(String line, char separator) {
    String[] cells = line.split(Pattern.quote(String.valueOf(separator)), -1);
    int n = cells.length;
    while (n > 0 && cells[n - 1].isBlank()) {
      n--;
    }
    String[] out = new String[n];
    for (int k = 0; k < n; k++) {
      String c = cells[k].strip();
      if (c.length() >= 2 && c.startsWith("\"") && c.endsWith("\"")) {
        c = c.substring(1, c.length() - 1).replace("\"\"", "\"").strip();
      }
      out[k] = c;
    }
    return out;
  }
}

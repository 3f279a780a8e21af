package org.cellbook.analysis.sorption;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cellbook.analysis.importers.FileSample;
import org.cellbook.analysis.importers.ImportException;
import org.jspecify.annotations.Nullable;

/**
 * Adsorption Information File (AIF; Evans et al., Adsorption 27, 2021), a CIF dialect: one {@code
 * data_} block of {@code _tag value} items ({@code _exptl_adsorptive}, {@code _exptl_temperature},
 * {@code _exptl_sample_mass} or {@code _adsnt_sample_mass}, {@code _units_pressure}, {@code
 * _units_loading}…) and {@code loop_} tables: {@code _adsorp_pressure}, {@code _adsorp_p0}, {@code
 * _adsorp_amount} for adsorption and {@code _desorp_*} for desorption. CIF quoting (quotes closed
 * only before whitespace), {@code ;} text fields, {@code #} comments, rows spanning lines and
 * standard uncertainties ("1.23(4)") are handled.
 *
 * <p>Units: amounts are per mass of sample, in {@code _units_loading} when it names the mass
 * ("mmol/g", "cm^3(STP) g^-1") and else per {@code _units_mass} ("cc" with {@code _units_mass g} is
 * cm³(STP) g⁻¹, already divided by the sample mass); pressures in {@code _units_pressure} (Pa to
 * torr, or "relative" for p/p₀).
 */
final class AifImporter implements IsothermImporter {

  private static final List<String> AMOUNT_SUFFIXES =
      List.of("_amount", "_amount_excess", "_amount_absolute", "_amount_net");

  /** A CIF token with the line it starts on; quoted tokens are never tags or keywords. */
  private record Token(String text, int line, boolean quoted) {

    boolean isTag() {
      return !quoted && text.startsWith("_");
    }

    boolean isKeyword() {
      String t = text.toLowerCase(Locale.ROOT);
      return !quoted
          && (t.equals("loop_")
              || t.startsWith("data_")
              || t.startsWith("save_")
              || t.equals("stop_"));
    }
  }

  /** A {@code loop_} table: column tags (lower case) and values row by row. */
  private record Loop(List<String> tags, List<Token> values, int line) {

    int column(String tag) {
      return tags.indexOf(tag);
    }

    int rows() {
      return values.size() / tags.size();
    }

    Token cell(int row, int column) {
      return values.get(row * tags.size() + column);
    }
  }

  @Override
  public String formatName() {
    return "AIF (Adsorption Information File)";
  }

  @Override
  public double detect(FileSample sample) {
    if (!sample.isText()) {
      return 0;
    }
    boolean block = false;
    boolean branch = false;
    for (String line : sample.lines()) {
      String t = line.strip().toLowerCase(Locale.ROOT);
      block |= t.startsWith("data_") || t.startsWith("_units_") || t.startsWith("_exptl_");
      branch |= t.startsWith("_adsorp_") || t.startsWith("_desorp_");
    }
    return branch ? (block ? 0.95 : 0.7) : 0;
  }

  @Override
  public SorptionMeasurement read(Path file) throws ImportException {
    TextFile text = TextFile.read(file, StandardCharsets.ISO_8859_1);
    SorptionMeasurementBuilder points = new SorptionMeasurementBuilder(file, formatName(), "line");
    List<Token> tokens = tokenize(text.lines(), file);
    Map<String, String> items = new HashMap<>();
    List<Loop> loops = new ArrayList<>();
    boolean inBlock = false;
    for (int i = 0; i < tokens.size(); ) {
      Token t = tokens.get(i);
      if (t.isKeyword() && t.text().toLowerCase(Locale.ROOT).startsWith("data_")) {
        if (inBlock) {
          points.warn(
              "a second data block starts at line " + t.line() + ": only the first one is read");
          break;
        }
        inBlock = true;
        i++;
      } else if (t.isKeyword() && t.text().equalsIgnoreCase("loop_")) {
        List<String> tags = new ArrayList<>();
        List<Token> values = new ArrayList<>();
        for (i++; i < tokens.size() && tokens.get(i).isTag(); i++) {
          tags.add(tokens.get(i).text().toLowerCase(Locale.ROOT));
        }
        for (; i < tokens.size() && !tokens.get(i).isTag() && !tokens.get(i).isKeyword(); i++) {
          values.add(tokens.get(i));
        }
        loops.add(completeRows(new Loop(tags, values, t.line()), i == tokens.size(), points));
      } else if (t.isTag()) {
        Token value = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
        boolean hasValue = value != null && !value.isTag() && !value.isKeyword();
        items.put(t.text().toLowerCase(Locale.ROOT), hasValue ? value.text() : null);
        i += hasValue ? 2 : 1;
      } else {
        throw new ImportException(
            file,
            t.line(),
            null,
            "'" + t.text() + "' stands outside a loop_ (expected a _tag, loop_ or data_)");
      }
    }

    points
        .adsorbate(first(items, "_exptl_adsorptive", "_exptl_adsorptive_name"))
        .instrument(items.get("_exptl_instrument"))
        .sampleName(
            first(
                items,
                "_adsnt_sample_id",
                "_sample_id",
                "_adsnt_material_id",
                "_sample_material_id"));
    double gramsPerMassUnit = Quantities.grams(1, items.get("_units_mass"));
    if (Double.isNaN(gramsPerMassUnit)) {
      throw new ImportException(
          file,
          -1,
          "_units_mass",
          "mass unit '" + items.get("_units_mass") + "' is not one of g, mg or kg");
    }
    String massText = first(items, "_exptl_sample_mass", "_adsnt_sample_mass");
    if (massText != null) {
      points.sampleMassGrams(number(massText, file, "_exptl_sample_mass") * gramsPerMassUnit);
    }
    String temperatureText = items.get("_exptl_temperature");
    if (temperatureText != null) {
      points.temperatureKelvin(
          Quantities.kelvin(
              number(temperatureText, file, "_exptl_temperature"),
              items.get("_units_temperature")));
    }
    double pascals = pressureUnit(items, file);
    if (items.get("_exptl_p0") != null && pascals > 0) {
      points.saturationPressurePascals(number(items.get("_exptl_p0"), file, "_exptl_p0") * pascals);
    }
    Quantities.AmountUnit unit = amountUnit(items, gramsPerMassUnit, points);

    Loop adsorption = branchLoop(loops, "_adsorp");
    if (adsorption == null) {
      throw new ImportException(
          file,
          "no loop_ with _adsorp_pressure and _adsorp_amount: the file has no adsorption data");
    }
    addRows(
        adsorption, "_adsorp", SorptionMeasurementBuilder.Branch.ADSORPTION, pascals, unit, points);
    Loop desorption = branchLoop(loops, "_desorp");
    if (desorption != null) {
      addRows(
          desorption,
          "_desorp",
          SorptionMeasurementBuilder.Branch.DESORPTION,
          pascals,
          unit,
          points);
    }
    return points.build();
  }

  /**
   * Pascals per unit of {@code _units_pressure}, or 0 when the pressures are relative ("relative",
   * "p/p0", as pyGAPS writes them for a relative-pressure isotherm; "relative%" is refused).
   */
  private static double pressureUnit(Map<String, String> items, Path file) throws ImportException {
    String unit = items.get("_units_pressure");
    if (unit == null) {
      throw new ImportException(file, -1, "_units_pressure", "the pressure unit is missing");
    }
    String u = unit.strip().toLowerCase(Locale.ROOT).replace(" ", "");
    if (u.equals("relative") || u.equals("p/p0") || u.equals("p/po")) {
      return 0;
    }
    return Quantities.pascalsPer(unit, file, -1, "_units_pressure");
  }

  /**
   * The unit of {@code _adsorp_amount} per gram of sample. AIF amounts are specific: a {@code
   * _units_loading} that names no sample mass ("cc", "mmol", as raw2aif writes Quantachrome's
   * "Volume @ STP" after dividing it by the sample weight) is per {@code _units_mass} of sample,
   * never a total to divide by the mass again (AIF dictionary d546195: {@code _units_mass} is the
   * unit of the sample mass the amounts refer to; adsorption-file-parser's unit grammar reads the
   * same strings as amount per material).
   */
  private static Quantities.AmountUnit amountUnit(
      Map<String, String> items, double gramsPerMassUnit, SorptionMeasurementBuilder points)
      throws ImportException {
    String loading = items.get("_units_loading");
    if (loading == null) {
      throw new ImportException(points.file(), -1, "_units_loading", "the amount unit is missing");
    }
    Quantities.AmountUnit unit = Quantities.amountUnit(loading);
    if (unit == null) {
      throw new ImportException(
          points.file(),
          -1,
          "_units_loading",
          "amount unit '"
              + loading
              + "' is not an amount per mass of sample (cm3(STP), mmol or mol per g, mg or kg),"
              + " nor an amount per _units_mass");
    }
    if (unit.perGram()) {
      return unit;
    }
    String mass = items.get("_units_mass") == null ? "g" : items.get("_units_mass").strip();
    points.warn(
        "amounts in '%s' read per %s of sample: AIF amounts are per _units_mass (a gas volume at STP)"
            .formatted(loading.strip(), mass));
    return unit.perMass(gramsPerMassUnit);
  }

  /** The loop holding a branch's pressure and amount columns, null when the file has none. */
  private static @Nullable Loop branchLoop(List<Loop> loops, String prefix) {
    for (Loop l : loops) {
      if (l.column(prefix + "_pressure") >= 0 && amountColumn(l, prefix) >= 0) {
        return l;
      }
    }
    return null;
  }

  private static int amountColumn(Loop loop, String prefix) {
    for (String suffix : AMOUNT_SUFFIXES) {
      int c = loop.column(prefix + suffix);
      if (c >= 0) {
        return c;
      }
    }
    return -1;
  }

  /** Adds a branch's rows; {@code pascalsPerUnit} is 0 when the pressures are p/p₀. */
  private static void addRows(
      Loop loop,
      String prefix,
      SorptionMeasurementBuilder.Branch branch,
      double pascalsPerUnit,
      Quantities.AmountUnit unit,
      SorptionMeasurementBuilder points)
      throws ImportException {
    int pressure = loop.column(prefix + "_pressure");
    int p0 = loop.column(prefix + "_p0");
    int amount = amountColumn(loop, prefix);
    if (!loop.tags().get(amount).equals(prefix + "_amount")) {
      points.warn("amounts read from " + loop.tags().get(amount));
    }
    for (int r = 0; r < loop.rows(); r++) {
      Token first = loop.cell(r, 0);
      double p = value(loop.cell(r, pressure), loop, pressure, points.file());
      double pZero = p0 < 0 ? Double.NaN : value(loop.cell(r, p0), loop, p0, points.file());
      double n = value(loop.cell(r, amount), loop, amount, points.file());
      double perGram = points.perGram(n, unit, first.line(), loop.tags().get(amount));
      if (pascalsPerUnit == 0) {
        points.addRelative(branch, p, Double.NaN, perGram, first.line());
      } else {
        points.addAbsolute(
            branch, p * pascalsPerUnit, pZero * pascalsPerUnit, perGram, first.line());
      }
    }
  }

  /**
   * A loop whose values do not fill its last row: at the end of the file it is a cut file (the
   * incomplete row is left out with a warning), inside the file a broken table.
   */
  private static Loop completeRows(
      Loop loop, boolean atEndOfFile, SorptionMeasurementBuilder points) throws ImportException {
    if (loop.tags().isEmpty()) {
      throw new ImportException(points.file(), loop.line(), null, "loop_ without column tags");
    }
    int extra = loop.values().size() % loop.tags().size();
    if (extra == 0) {
      return loop;
    }
    Token last = loop.values().getLast();
    if (!atEndOfFile) {
      throw new ImportException(
          points.file(),
          last.line(),
          null,
          SorptionMeasurementBuilder.f(
              "the loop_ of line %d has %d values, not a multiple of its %d columns",
              loop.line(), loop.values().size(), loop.tags().size()));
    }
    points.warn(
        SorptionMeasurementBuilder.f(
            "the file ends inside a row of the loop_ of line %d (line %d has %d of %d values; file cut?): that row is left out",
            loop.line(), last.line(), extra, loop.tags().size()));
    return new Loop(
        loop.tags(), loop.values().subList(0, loop.values().size() - extra), loop.line());
  }

  private static double value(Token token, Loop loop, int column, Path file)
      throws ImportException {
    String t = token.text();
    int uncertainty = t.indexOf('(');
    try {
      return Double.parseDouble(uncertainty > 0 ? t.substring(0, uncertainty) : t);
    } catch (NumberFormatException e) {
      throw new ImportException(
          file, token.line(), loop.tags().get(column), "'" + t + "' is not a number");
    }
  }

  private static double number(String text, Path file, String tag) throws ImportException {
    double v = Quantities.leadingNumber(text);
    if (Double.isNaN(v)) {
      throw new ImportException(file, -1, tag, "'" + text + "' is not a number");
    }
    return v;
  }

  private static @Nullable String first(Map<String, String> items, String... tags) {
    for (String tag : tags) {
      if (items.get(tag) != null) {
        return items.get(tag);
      }
    }
    return null;
  }

  /** Splits CIF text into tokens: whitespace-separated, quoted, or ';'-delimited text fields. */
  private static List<Token> tokenize(List<String> lines, Path file) throws ImportException {
    List<Token> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith(";")) {
        int start = i;
        StringBuilder field = new StringBuilder(line.substring(1));
        while (++i < lines.size() && !lines.get(i).startsWith(";")) {
          field.append('\n').append(lines.get(i));
        }
        if (i == lines.size()) {
          throw new ImportException(
              file, start + 1, null, "the ';' text field is never closed (file cut?)");
        }
        out.add(new Token(field.toString().strip(), start + 1, true));
        continue;
      }
      int c = 0;
      while (c < line.length()) {
        char ch = line.charAt(c);
        if (Character.isWhitespace(ch)) {
          c++;
        } else if (ch == '#') {
          break;
        } else if (ch == '\'' || ch == '"') {
          // CIF: a quote closes a value only when whitespace or the line end follows it
          int end = c + 1;
          while (end < line.length()
              && !(line.charAt(end) == ch
                  && (end + 1 == line.length() || Character.isWhitespace(line.charAt(end + 1))))) {
            end++;
          }
          if (end == line.length()) {
            throw new ImportException(file, i + 1, null, "a quoted value is never closed");
          }
          out.add(new Token(line.substring(c + 1, end), i + 1, true));
          c = end + 1;
        } else {
          int end = c;
          while (end < line.length() && !Character.isWhitespace(line.charAt(end))) {
            end++;
          }
          out.add(new Token(line.substring(c, end), i + 1, false));
          c = end;
        }
      }
    }
    return out;
  }
}

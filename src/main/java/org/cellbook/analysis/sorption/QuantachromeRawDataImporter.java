package org.cellbook.analysis.sorption;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cellbook.analysis.importers.FileSample;
import org.cellbook.analysis.importers.ImportException;

/**
 * Quantachrome / Anton Paar ASiQwin and NovaWin "Raw Analysis Data" text (windows-1252): a header
 * of "Label: value" pairs laid out in fixed-width columns ({@code Sample Weight}, {@code Analysis
 * gas}, {@code Bath temp.}, {@code Instrument}), then a table titled {@code Press P0 Volume @ STP
 * …} (NovaWin: {@code P/Po Po Volume @ STP}) with a units line under it. The loading is the
 * <em>total</em> cc(STP) in the cell, divided here by the sample weight. Adsorption and desorption
 * follow each other in one table and are split after the highest pressure.
 */
final class QuantachromeRawDataImporter implements IsothermImporter {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** A decimal number, so that a damaged header value ("+", "1e") is not taken for one. */
  static final String NUMBER = "[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?";

  private static final Pattern SAMPLE_WEIGHT =
      Pattern.compile("(?i)sample weight:\\s*(" + NUMBER + ")\\s*([a-z]*)");
  private static final Pattern BATH_TEMPERATURE =
      Pattern.compile("(?i)bath temp\\.?:\\s*(" + NUMBER + ")\\s*(°?[a-z]*)");
  private static final Pattern ANALYSIS_GAS =
      Pattern.compile("(?i)analysis gas:\\s*(.+?)(?=\\s{2,}|$)");
  private static final Pattern INSTRUMENT =
      Pattern.compile("(?i)instrument:\\s*(.+?)(?=\\s{2,}|$)");
  private static final Pattern SAMPLE_ID =
      Pattern.compile("(?i)sample id:\\s*(.+?)(?=\\s{2,}|filename:|$)");
  private static final Pattern COLUMN = Pattern.compile("\\S+(?: \\S+)*");

  /** A column title or unit and where it sits on its line. */
  private record Cell(String text, int start, int end) {
    double centre() {
      return (start + end) / 2.0;
    }
  }

  @Override
  public String formatName() {
    return "Quantachrome Raw Analysis Data (ASiQwin/NovaWin)";
  }

  @Override
  public double detect(FileSample sample) {
    if (!sample.isText()) {
      return 0;
    }
    String head = String.join("\n", sample.lines(WINDOWS_1252)).toLowerCase(Locale.ROOT);
    if (head.contains("data reduction parameters")) {
      return 0; // an Isotherm report (QuantachromeIsothermReportImporter), not the raw data
    }
    boolean table = head.contains("volume @ stp");
    if (head.contains("quantachrome") && table) {
      return 0.95;
    }
    return table && head.contains("analysis gas:") ? 0.9 : 0;
  }

  @Override
  public SorptionMeasurement read(Path file) throws ImportException {
    TextFile text = TextFile.read(file, WINDOWS_1252);
    List<String> lines = text.lines();
    SorptionMeasurementBuilder points = new SorptionMeasurementBuilder(file, formatName(), "line");
    int header = -1;
    for (int k = 0; k < lines.size() && header < 0; k++) {
      String line = lines.get(k);
      if (line.toLowerCase(Locale.ROOT).contains("volume @ stp")) {
        header = k;
      } else {
        readHeaderLine(line, points);
      }
    }
    if (header < 0) {
      throw new ImportException(file, "no data table: the 'Volume @ STP' column title is missing");
    }
    List<Cell> titles = cells(lines.get(header));
    int unitsLine = header + 1;
    while (unitsLine < lines.size() && lines.get(unitsLine).isBlank()) {
      unitsLine++;
    }
    String[] units = new String[titles.size()];
    if (unitsLine < lines.size() && !startsWithNumber(lines.get(unitsLine))) {
      for (Cell u : cells(lines.get(unitsLine))) {
        units[nearest(titles, u)] = u.text();
      }
    } else {
      unitsLine--;
    }
    int pressure = -1;
    int p0 = -1;
    int relative = -1;
    int amount = -1;
    for (int c = 0; c < titles.size(); c++) {
      switch (titles.get(c).text().toLowerCase(Locale.ROOT)) {
        case "press", "pressure" -> pressure = c;
        case "p0", "po" -> p0 = c;
        case "p/p0", "p/po" -> relative = c;
        case "volume @ stp" -> amount = c;
        default -> {
          // time, tolerance, equilibration: not needed
        }
      }
    }
    int titleLine = header + 1;
    if (amount < 0 || relative < 0 && (pressure < 0 || p0 < 0)) {
      throw new ImportException(
          file,
          titleLine,
          null,
          "the table needs a Volume @ STP column and either P/Po or both Press and P0");
    }
    Quantities.AmountUnit unit = Quantities.amountUnit(unitOf(units, amount));
    if (unit == null) {
      throw new ImportException(
          file,
          unitsLine + 1,
          "Volume @ STP",
          "unit '" + units[amount] + "' is not cc (total) or cc/g");
    }
    double pascals =
        relative >= 0
            ? 1
            : Quantities.pascalsPer(unitOf(units, pressure), file, titleLine, "Press");
    double p0Pascals =
        p0 < 0 || relative >= 0 && units[p0] == null
            ? Double.NaN
            : Quantities.pascalsPer(unitOf(units, p0), file, titleLine, "P0");
    for (int k = unitsLine + 1; k < lines.size(); k++) {
      String line = lines.get(k);
      if (line.isBlank()) {
        continue;
      }
      String[] fields = line.strip().split("\\s+");
      double[] v = new double[fields.length];
      boolean numeric = fields.length == titles.size();
      for (int c = 0; c < fields.length && numeric; c++) {
        v[c] = Quantities.leadingNumber(fields[c]);
        numeric = !Double.isNaN(v[c]) && fields[c].matches("[-+0-9.eE]+");
      }
      if (!numeric) {
        if (text.isCutLine(k)) {
          points.warn("line " + (k + 1) + " is incomplete (file cut?): left out");
          continue;
        }
        throw new ImportException(
            file,
            k + 1,
            null,
            SorptionMeasurementBuilder.f(
                "expected %d numbers (%s), found '%s'",
                titles.size(),
                String.join(", ", titles.stream().map(Cell::text).toList()),
                line.strip()));
      }
      double n = points.perGram(v[amount], unit, k + 1, "Volume @ STP");
      double p0Value = p0 < 0 ? Double.NaN : v[p0] * p0Pascals;
      if (relative >= 0) {
        points.addRelative(
            SorptionMeasurementBuilder.Branch.UNSPLIT, v[relative], p0Value, n, k + 1);
      } else {
        points.addAbsolute(
            SorptionMeasurementBuilder.Branch.UNSPLIT, v[pressure] * pascals, p0Value, n, k + 1);
      }
    }
    return points.build();
  }

  private static String unitOf(String[] units, int column) {
    return units[column] == null ? "" : units[column];
  }

  /** Sample weight, analysis gas, bath temperature, instrument and sample id of a header line. */
  static void readHeaderLine(String line, SorptionMeasurementBuilder points) {
    Matcher m = SAMPLE_WEIGHT.matcher(line);
    if (m.find()) {
      points.sampleMassGrams(Quantities.grams(Double.parseDouble(m.group(1)), m.group(2)));
    }
    m = BATH_TEMPERATURE.matcher(line);
    if (m.find()) {
      points.temperatureKelvin(Quantities.kelvin(Double.parseDouble(m.group(1)), m.group(2)));
    }
    m = ANALYSIS_GAS.matcher(line);
    if (m.find()) {
      points.adsorbate(m.group(1));
    }
    m = INSTRUMENT.matcher(line);
    if (m.find()) {
      points.instrument(m.group(1));
    }
    m = SAMPLE_ID.matcher(line);
    if (m.find()) {
      points.sampleName(m.group(1));
    }
  }

  /** Column titles or units: runs of text separated by two or more spaces. */
  private static List<Cell> cells(String line) {
    List<Cell> out = new ArrayList<>();
    Matcher m = COLUMN.matcher(line);
    while (m.find()) {
      out.add(new Cell(m.group(), m.start(), m.end()));
    }
    return out;
  }

  /** The title whose centre is closest to the unit's: units sit under their column. */
  private static int nearest(List<Cell> titles, Cell unit) {
    int best = 0;
    for (int c = 1; c < titles.size(); c++) {
      if (Math.abs(titles.get(c).centre() - unit.centre())
          < Math.abs(titles.get(best).centre() - unit.centre())) {
        best = c;
      }
    }
    return best;
  }

  private static boolean startsWithNumber(String line) {
    return line.strip().matches("[-+]?[0-9.].*");
  }
}

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
 * Quantachrome / Anton Paar "Isotherm" report text (ASiQwin, QuadraWin; windows-1252): the same
 * header of "Label: value" pairs as the Raw Analysis Data export ({@code Sample weight}, {@code
 * Analysis gas}, {@code Bath Temp}, {@code Instrument}), then a {@code Data Reduction Parameters}
 * block ({@code Adsorbate Nitrogen Temperature 77.350K}, molecular weight, cross section, liquid
 * density) and a table whose titles are stacked over lines — {@code Relative / Pressure} and {@code
 * Volume @ STP} over its unit {@code cc/g} — with one row per point: adsorption, then desorption
 * from the highest pressure down, split here after the highest pressure. The volume is per gram
 * (cc/g); a table in total cc is divided by the sample weight.
 *
 * <p>Layout learnt from two public exports: a QuadraWin 5.05 report (BF001, DUT-13) in
 * AIF-development-team/adsorptioninformationformat (MIT), shipped there with its Raw Analysis Data
 * counterpart, and an ASiQwin 3.0 report (RE-306) in Bondoki/NOMADOasisPlugin (MIT); all are test
 * resources. No NovaWin export of this report was found (NovaWin's Raw Analysis Data, with a P/Po
 * column, is read by {@link QuantachromeRawDataImporter}).
 */
final class QuantachromeIsothermReportImporter implements IsothermImporter {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final String REDUCTION = "data reduction parameters";
  private static final Pattern ADSORBATE =
      Pattern.compile("(?i)^\\s*adsorbate\\s+(.+?)(?=\\s{2,}|$)");
  private static final Pattern TEMPERATURE =
      Pattern.compile(
          "(?i)\\btemperature\\s+(" + QuantachromeRawDataImporter.NUMBER + ")\\s*(°?[a-z]*)");
  private static final Pattern NUMBER = Pattern.compile(QuantachromeRawDataImporter.NUMBER);

  @Override
  public String formatName() {
    return "Quantachrome Isotherm report (ASiQwin/QuadraWin)";
  }

  @Override
  public double detect(FileSample sample) {
    if (!sample.isText()) {
      return 0;
    }
    String head = String.join("\n", sample.lines(WINDOWS_1252)).toLowerCase(Locale.ROOT);
    if (!head.contains(REDUCTION)) {
      return 0;
    }
    return head.contains("quantachrome") ? 0.97 : head.contains("volume @ stp") ? 0.9 : 0;
  }

  @Override
  public SorptionMeasurement read(Path file) throws ImportException {
    TextFile text = TextFile.read(file, WINDOWS_1252);
    List<String> lines = text.lines();
    SorptionMeasurementBuilder points = new SorptionMeasurementBuilder(file, formatName(), "line");
    int reduction = -1;
    for (int k = 0; k < lines.size() && reduction < 0; k++) {
      if (lines.get(k).toLowerCase(Locale.ROOT).contains(REDUCTION)) {
        reduction = k;
      } else {
        QuantachromeRawDataImporter.readHeaderLine(lines.get(k), points);
      }
    }
    if (reduction < 0) {
      throw new ImportException(
          file, "no 'Data Reduction Parameters' block: not an isotherm report");
    }
    int titles = -1;
    String reductionAdsorbate = null;
    double reductionKelvin = Double.NaN;
    for (int k = reduction + 1; k < lines.size() && titles < 0; k++) {
      String line = lines.get(k);
      if (line.toLowerCase(Locale.ROOT).contains("volume @ stp")) {
        titles = k;
        continue;
      }
      Matcher m = ADSORBATE.matcher(line);
      if (m.find()) {
        reductionAdsorbate = m.group(1);
      }
      m = TEMPERATURE.matcher(line);
      if (m.find()) {
        reductionKelvin = Quantities.kelvin(Double.parseDouble(m.group(1)), m.group(2));
      }
    }
    // the header's analysis gas and bath temperature describe the measurement; the reduction
    // block's adsorbate and temperature are what the software assumed, used when the header is
    // silent
    if (points.adsorbate() == null && reductionAdsorbate != null) {
      points.adsorbate(reductionAdsorbate);
    }
    if (!points.hasTemperature() && !Double.isNaN(reductionKelvin)) {
      points.temperatureKelvin(reductionKelvin);
    }
    if (titles < 0) {
      throw new ImportException(
          file, reduction + 1, null, "no data table: the 'Volume @ STP' column title is missing");
    }
    // the title line itself, even when it starts with a digit
    List<String> titleLines = new ArrayList<>(List.of(lines.get(titles)));
    int k = titles + 1;
    while (k < lines.size() && !startsWithNumber(lines.get(k))) {
      if (!lines.get(k).isBlank()) {
        titleLines.add(lines.get(k));
      }
      k++;
    }
    StackedColumns columns = StackedColumns.of(titleLines);
    int relative = columns.find("relative", "p/po", "p/p0");
    int amount = columns.find("volume @ stp");
    if (relative < 0) {
      throw new ImportException(
          file,
          titles + 1,
          null,
          "the table has no Relative Pressure (P/Po) column; its columns are "
              + String.join(", ", columns.titles()));
    }
    String amountTitle = columns.titles().get(amount);
    String unitText = amountTitle.substring("volume @ stp".length()).strip();
    Quantities.AmountUnit unit = Quantities.amountUnit(unitText);
    if (unit == null) {
      throw new ImportException(
          file,
          titles + 1,
          "Volume @ STP",
          "unit '" + unitText + "' is not cc/g or cc (total, divided by the sample weight)");
    }
    for (; k < lines.size(); k++) {
      String line = lines.get(k);
      if (line.isBlank()) {
        continue;
      }
      long number = k + 1;
      if (text.isCutLine(k)) {
        points.warn("line " + number + " is incomplete (file cut?): left out");
        continue;
      }
      String[] fields = line.strip().split("\\s+");
      boolean numeric = fields.length == columns.size();
      for (int c = 0; c < fields.length && numeric; c++) {
        numeric = NUMBER.matcher(fields[c]).matches();
      }
      if (!numeric) {
        throw new ImportException(
            file,
            number,
            null,
            SorptionMeasurementBuilder.f(
                "expected %d numbers (%s), found '%s'",
                columns.size(), String.join(", ", columns.titles()), line.strip()));
      }
      double x = Double.parseDouble(fields[relative]);
      double n = points.perGram(Double.parseDouble(fields[amount]), unit, number, "Volume @ STP");
      points.addRelative(SorptionMeasurementBuilder.Branch.UNSPLIT, x, Double.NaN, n, number);
    }
    return points.build();
  }

  private static boolean startsWithNumber(String line) {
    return line.strip().matches("[-+]?[0-9.].*");
  }
}

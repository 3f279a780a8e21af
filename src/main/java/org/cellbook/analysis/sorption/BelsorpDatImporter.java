package org.cellbook.analysis.sorption;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.cellbook.analysis.importers.FileSample;
import org.cellbook.analysis.importers.ImportException;
import org.cellbook.analysis.importers.TextDecoding;

/**
 * MicrotracBEL BELSORP {@code .DAT}: sections under {@code ====} rules holding tab-separated {@code
 * "Label:"<TAB>value} pairs ({@code Adsorptive}, {@code Meas. Temp./K}, {@code Sample weight/g},
 * {@code Comment1}, {@code Instrument S/N}), then an {@code Adsorption data} and a {@code
 * Desorption data} block: a {@code "No." "Pe/kPa" "P0/kPa" "Vd/ml" "V/ml(STP) g-1"} title row, one
 * row per point and a closing row of zeros. English exports are windows-1252; Japanese ones are
 * Shift_JIS with full-width labels ("吸着データ", "試料重量／g"), normalised here (NFKC) before matching.
 */
final class BelsorpDatImporter implements IsothermImporter {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Charset SHIFT_JIS = Charset.forName("Shift_JIS");

  @Override
  public String formatName() {
    return "MicrotracBEL BELSORP .DAT";
  }

  @Override
  public double detect(FileSample sample) {
    if (!sample.isText()) {
      return 0;
    }
    boolean rule = false;
    boolean title = false;
    for (String line : sample.lines()) {
      rule |= line.startsWith("====");
      String t = line.replace("\"", "");
      title |= t.startsWith("No.\t") && (t.contains("Pe/") || t.contains("P0/"));
    }
    return rule && title ? 0.9 : 0;
  }

  @Override
  public SorptionMeasurement read(Path file) throws ImportException {
    List<String> lines = lines(file);
    SorptionMeasurementBuilder points = new SorptionMeasurementBuilder(file, formatName(), "line");
    String section = "";
    String model = null;
    String serial = null;
    int blocks = 0;
    for (int k = 0; k < lines.size(); k++) {
      String line = lines.get(k);
      if (line.isBlank() || line.startsWith("====")) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (fields.length == 1) {
        section = line.strip().toLowerCase(Locale.ROOT);
        int belsorp = line.indexOf("BELSORP");
        if (belsorp >= 0) {
          model = line.substring(belsorp).strip();
        }
        continue;
      }
      String label = unquote(fields[0]).toLowerCase(Locale.ROOT);
      if (label.equals("no.")) {
        SorptionMeasurementBuilder.Branch branch =
            section.contains("desorption") || section.contains("脱着")
                ? SorptionMeasurementBuilder.Branch.DESORPTION
                : section.contains("adsorption") || section.contains("吸着")
                    ? SorptionMeasurementBuilder.Branch.ADSORPTION
                    : blocks == 0
                        ? SorptionMeasurementBuilder.Branch.ADSORPTION
                        : SorptionMeasurementBuilder.Branch.DESORPTION;
        blocks++;
        k = readBlock(lines, k, fields, branch, points);
        continue;
      }
      String value = unquote(fields[1]);
      if (label.startsWith("sample weight") || label.startsWith("試料重量")) {
        points.sampleMassGrams(
            Quantities.grams(Quantities.leadingNumber(value), unitOf(label, "g")));
      } else if (label.startsWith("adsorptive") || label.startsWith("吸着質名称")) {
        points.adsorbate(value);
      } else if (label.startsWith("meas. temp")
          || label.startsWith("adsorption temperature")
          || label.startsWith("吸着温度")) {
        points.temperatureKelvin(
            Quantities.kelvin(Quantities.leadingNumber(value), unitOf(label, "K")));
      } else if (label.startsWith("comment1") || label.startsWith("コメント1")) {
        points.sampleName(value);
      } else if (label.contains("s/n") || label.startsWith("serial number")) {
        serial = value;
      }
    }
    if (blocks == 0) {
      throw new ImportException(
          file, "no \"No.\" data block: the file has no 'Adsorption data' table");
    }
    points.instrument(
        (model == null ? "MicrotracBEL BELSORP" : "MicrotracBEL " + model)
            + (serial == null ? "" : " S/N " + serial));
    return points.build();
  }

  /**
   * Reads the rows of one data block up to its closing row of zeros; returns the index of that row.
   * A block the file ends inside is kept with a warning (a cut file).
   */
  private static int readBlock(
      List<String> lines,
      int titleRow,
      String[] titles,
      SorptionMeasurementBuilder.Branch branch,
      SorptionMeasurementBuilder points)
      throws ImportException {
    Path file = points.file();
    int pressure = -1;
    int p0 = -1;
    int relative = -1;
    int amount = -1;
    String pressureUnit = "";
    String p0Unit = "";
    String amountUnit = "";
    for (int c = 0; c < titles.length; c++) {
      String t = unquote(titles[c]).replace(" ", "").toLowerCase(Locale.ROOT);
      if (t.startsWith("pe/")) {
        pressure = c;
        pressureUnit = t.substring(3);
      } else if (t.startsWith("p0/")) {
        p0 = c;
        p0Unit = t.substring(3);
      } else if (t.startsWith("p/p0")) {
        relative = c;
      } else if (t.startsWith("v/")
          || t.startsWith("va/")
          || t.startsWith("n/")
          || t.startsWith("na/")) {
        amount = c;
        amountUnit = unquote(titles[c]).substring(unquote(titles[c]).indexOf('/') + 1);
      }
    }
    if (amount < 0 || (relative < 0 && pressure < 0)) {
      throw new ImportException(
          file, titleRow + 1, null, "the data block has no Pe (or p/p0) and V columns");
    }
    String block =
        branch == SorptionMeasurementBuilder.Branch.ADSORPTION ? "adsorption" : "desorption";
    Quantities.AmountUnit unit = Quantities.amountUnit(amountUnit);
    if (unit == null) {
      throw new ImportException(
          file, titleRow + 1, unquote(titles[amount]), "amount unit '" + amountUnit + "' unknown");
    }
    double pascals =
        relative >= 0 ? 1 : Quantities.pascalsPer(pressureUnit, file, titleRow + 1, "Pe");
    double p0Pascals =
        p0 < 0 ? Double.NaN : Quantities.pascalsPer(p0Unit, file, titleRow + 1, "P0");
    for (int k = titleRow + 1; k < lines.size(); k++) {
      String[] f = lines.get(k).strip().split("\t");
      if (f.length > 0 && f[0].strip().equals("0")) {
        return k;
      }
      if (f.length != titles.length) {
        if (k == lines.size() - 1) {
          points.warn(
              SorptionMeasurementBuilder.f("line %d is incomplete (file cut?): left out", k + 1));
          break;
        }
        throw new ImportException(
            file,
            k + 1,
            null,
            SorptionMeasurementBuilder.f(
                "expected %d tab-separated values, found %d", titles.length, f.length));
      }
      double n = number(f[amount], file, k + 1, titles[amount]);
      double perGram = points.perGram(n, unit, k + 1, unquote(titles[amount]));
      double p0Value = p0 < 0 ? Double.NaN : number(f[p0], file, k + 1, titles[p0]) * p0Pascals;
      if (relative >= 0) {
        points.addRelative(
            branch, number(f[relative], file, k + 1, titles[relative]), p0Value, perGram, k + 1);
      } else {
        points.addAbsolute(
            branch,
            number(f[pressure], file, k + 1, titles[pressure]) * pascals,
            p0Value,
            perGram,
            k + 1);
      }
    }
    points.warn(
        "the file ends inside the "
            + block
            + " data block (no closing row of zeros; file cut?): its rows so far are kept");
    return lines.size();
  }

  private static double number(String text, Path file, long line, String column)
      throws ImportException {
    try {
      return Double.parseDouble(text.strip());
    } catch (NumberFormatException e) {
      throw new ImportException(
          file, line, unquote(column), "'" + text.strip() + "' is not a number");
    }
  }

  /**
   * Lines decoded as UTF-8, else Shift_JIS when that reveals Japanese labels, else windows-1252.
   */
  private static List<String> lines(Path file) throws ImportException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ImportException(file, "cannot read the file: " + e.getMessage());
    }
    String japanese = TextDecoding.decode(bytes, 0, bytes.length, SHIFT_JIS);
    String text =
        japanese.contains("吸着")
            ? japanese
            : TextDecoding.decode(bytes, 0, bytes.length, WINDOWS_1252);
    return Normalizer.normalize(text, Normalizer.Form.NFKC).lines().toList();
  }

  private static String unquote(String s) {
    String t = s.strip();
    if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
      t = t.substring(1, t.length() - 1);
    }
    return t.strip();
  }

  /** The unit after the '/' of a label such as "sample weight/g:", else the default. */
  private static String unitOf(String label, String otherwise) {
    int slash = label.lastIndexOf('/');
    return slash < 0 ? otherwise : label.substring(slash + 1).replace(":", "").strip();
  }
}

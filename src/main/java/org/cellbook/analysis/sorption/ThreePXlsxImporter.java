package org.cellbook.analysis.sorption;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.cellbook.analysis.importers.FileSample;
import org.cellbook.analysis.importers.ImportException;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * 3P Instruments report {@code .xlsx}: a {@code Summary} (or {@code Info}) sheet of label/value
 * rows ({@code Sample}, {@code Adsorbate}, {@code Sample Weight} as "0,0304(g)" with a decimal
 * comma) and an {@code Isotherm} sheet with the columns {@code ID, p (kPa), p/p0, V (cm³/g STP), p0
 * (kPa), Time}: adsorption rows, a {@code ---} separator row, then desorption rows. Relative
 * pressure is taken as the instrument computed it.
 */
final class ThreePXlsxImporter implements IsothermImporter {

  @Override
  public String formatName() {
    return "3P Instruments report (.xlsx)";
  }

  @Override
  public double detect(FileSample sample) {
    if (!sample.isZip()) {
      return 0;
    }
    try (ReadableWorkbook wb = new ReadableWorkbook(sample.path().toFile())) {
      List<String> names = wb.getSheets().map(Sheet::getName).toList();
      return names.contains("Isotherm") && (names.contains("Summary") || names.contains("Info"))
          ? 0.9
          : 0;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  @Override
  public SorptionMeasurement read(Path file) throws ImportException {
    SorptionMeasurementBuilder points = new SorptionMeasurementBuilder(file, formatName(), "row");
    points.instrument("3P Instruments");
    try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
      Optional<Sheet> info = wb.findSheet("Summary").or(() -> wb.findSheet("Info"));
      if (info.isPresent()) {
        readInfo(info.get(), points);
      }
      Sheet isotherm =
          wb.findSheet("Isotherm")
              .orElseThrow(() -> new ImportException(file, "no 'Isotherm' sheet"));
      readIsotherm(isotherm, points);
    } catch (IOException | RuntimeException e) {
      throw new ImportException(
          file, "not a readable .xlsx workbook (cut or damaged?): " + e.getMessage(), e);
    }
    return points.build();
  }

  private static void readInfo(Sheet sheet, SorptionMeasurementBuilder points) throws IOException {
    for (Row row : sheet.read()) {
      String label = text(row, 0).strip().toLowerCase(Locale.ROOT).replace(":", "");
      String value = text(row, 1).strip();
      switch (label) {
        case "sample" -> points.sampleName(value);
        case "adsorbate", "adsorptive" -> points.adsorbate(value);
        case "sample weight", "sample mass" ->
            points.sampleMassGrams(
                Quantities.grams(
                    Quantities.leadingNumber(value), Quantities.unitAfterNumber(value)));
        default -> {
          // results (BET area, t-plot…) are recomputed, not read
        }
      }
    }
  }

  private static void readIsotherm(Sheet sheet, SorptionMeasurementBuilder points)
      throws IOException, ImportException {
    Path file = points.file();
    try (Stream<Row> rows = sheet.openStream()) {
      Iterator<Row> it = rows.iterator();
      Row header = null;
      while (it.hasNext() && header == null) {
        Row r = it.next();
        if (text(r, 0).strip().equalsIgnoreCase("ID")) {
          header = r;
        }
      }
      if (header == null) {
        throw new ImportException(file, "the Isotherm sheet has no 'ID' title row");
      }
      int relative = -1;
      int amount = -1;
      int p0 = -1;
      for (int c = 0; c < header.getCellCount(); c++) {
        String t = text(header, c).strip().toLowerCase(Locale.ROOT);
        if (t.equals("p/p0")) {
          relative = c;
        } else if (t.startsWith("p0 (")) {
          p0 = c;
        } else if (t.startsWith("v (") || t.startsWith("n (")) {
          amount = c;
        }
      }
      if (relative < 0 || amount < 0) {
        throw new ImportException(
            file, header.getRowNum(), null, "the Isotherm sheet lacks the p/p0 or V columns");
      }
      String amountTitle = text(header, amount);
      Quantities.AmountUnit unit = Quantities.amountUnit(Quantities.unitInParentheses(amountTitle));
      if (unit == null) {
        throw new ImportException(
            file, header.getRowNum(), amountTitle, "the amount's unit is not cm³/g STP or mmol/g");
      }
      double p0Pascals =
          p0 < 0
              ? Double.NaN
              : Quantities.pascalsPer(
                  Quantities.unitInParentheses(text(header, p0)),
                  file,
                  header.getRowNum(),
                  text(header, p0));
      SorptionMeasurementBuilder.Branch branch = SorptionMeasurementBuilder.Branch.ADSORPTION;
      while (it.hasNext()) {
        Row r = it.next();
        String first = text(r, 0).strip();
        if (first.startsWith("---")) {
          branch = SorptionMeasurementBuilder.Branch.DESORPTION;
          continue;
        }
        double x = number(r, relative);
        double n = number(r, amount);
        if (Double.isNaN(x) && Double.isNaN(n) && first.isEmpty()) {
          continue;
        }
        if (Double.isNaN(x) || Double.isNaN(n)) {
          throw new ImportException(
              file,
              r.getRowNum(),
              Double.isNaN(x) ? "p/p0" : amountTitle,
              "'" + text(r, Double.isNaN(x) ? relative : amount) + "' is not a number");
        }
        points.addRelative(
            branch,
            x,
            p0 < 0 ? Double.NaN : number(r, p0) * p0Pascals,
            points.perGram(n, unit, r.getRowNum(), amountTitle),
            r.getRowNum());
      }
    }
  }

  private static String text(Row row, int c) {
    if (c >= row.getCellCount() || row.getCell(c) == null) {
      return "";
    }
    Cell cell = row.getCell(c);
    if (cell.getType() == CellType.STRING) {
      return cell.getText();
    }
    return cell.getRawValue() == null ? "" : cell.getRawValue();
  }

  /** A numeric cell, or a text cell holding a number with a decimal comma; NaN otherwise. */
  private static double number(Row row, int c) {
    if (c >= row.getCellCount() || row.getCell(c) == null) {
      return Double.NaN;
    }
    Cell cell = row.getCell(c);
    return switch (cell.getType()) {
      case NUMBER -> Double.parseDouble(cell.getRawValue());
      case STRING ->
          cell.getText().strip().matches("[-+]?[0-9]+([.,][0-9]*)?([eE][-+]?[0-9]+)?")
              ? Quantities.leadingNumber(cell.getText())
              : Double.NaN;
      default -> Double.NaN;
    };
  }
}

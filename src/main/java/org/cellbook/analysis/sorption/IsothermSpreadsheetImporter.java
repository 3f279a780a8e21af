package org.cellbook.analysis.sorption;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.cellbook.analysis.importers.FileSample;
import org.cellbook.analysis.importers.ImportException;
import org.cellbook.analysis.importers.ReadLimits;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * An isotherm table in a spreadsheet (.xlsx or .xls), as instrument software exports it "to Excel"
 * (ASiQwin/NovaWin, MicroActive) or as a lab keeps it: on the first sheet that has one, a title row
 * naming a relative-pressure column ("P/Po", "p/p0", "Relative Pressure") and an amount column
 * whose title states its unit ("Volume @ STP (cc/g)", "Quantity Adsorbed (cm³/g STP)", "n
 * (mmol/g)"); then one row per point until the first empty row. Adsorption and desorption are split
 * after the highest pressure. The adsorptive and temperature come from the cells above and in the
 * title row, read row by row ("Analysis gas: | CO2", "Bath temp.: | 273.15 K"). No vendor layout
 * beyond those titles is assumed; 3P workbooks have their own importer.
 */
final class IsothermSpreadsheetImporter implements IsothermImporter {

  /**
   * .xls is read whole; isotherm workbooks are kilobytes, a cycler's .xls is not opened to look.
   */
  private static final long MAX_XLS_BYTES = 5_000_000;

  private static final int HEADER_ROWS = 40;

  @Override
  public String formatName() {
    return "Isotherm spreadsheet (.xlsx/.xls with p/p0 and amount columns)";
  }

  /** The title row and the columns it names. */
  private record Header(Sheet sheet, int row, int relative, int amount, String amountTitle) {}

  @Override
  public double detect(FileSample sample) {
    try {
      if (sample.isZip()) {
        // Streamed, first rows only: a cycler workbook of 10⁶ rows costs no more than a small one.
        try (ReadableWorkbook wb = new ReadableWorkbook(sample.path().toFile())) {
          for (org.dhatim.fastexcel.reader.Sheet sheet : wb.getSheets().toList()) {
            try (var rows = sheet.openStream()) {
              if (rows.limit(HEADER_ROWS).anyMatch(r -> titleColumns(cells(r)) != null)) {
                return 0.7;
              }
            }
          }
        }
      } else if (sample.isOle2() && Files.size(sample.path()) <= MAX_XLS_BYTES) {
        try (Workbook wb = ReadLimits.openWithPoi(sample.path())) {
          return header(wb) == null ? 0 : 0.7;
        }
      }
    } catch (IOException | RuntimeException e) {
      return 0;
    }
    return 0;
  }

  private static List<String> cells(org.dhatim.fastexcel.reader.Row row) {
    List<String> out = new ArrayList<>();
    for (int c = 0; c < row.getCellCount(); c++) {
      out.add(row.getCellAsString(c).orElse("").strip());
    }
    return out;
  }

  @Override
  public SorptionMeasurement read(Path file) throws ImportException {
    SorptionMeasurementBuilder points = new SorptionMeasurementBuilder(file, formatName(), "row");
    try (Workbook wb = ReadLimits.openWithPoi(file)) {
      Header h = header(wb);
      if (h == null) {
        throw new ImportException(
            file,
            "no sheet has a title row naming a relative-pressure column (P/Po) and an amount"
                + " column with its unit (cc/g, cm³/g STP or mmol/g)");
      }
      for (int r = 0; r <= h.row(); r++) {
        Row row = h.sheet().getRow(r);
        StringBuilder line = new StringBuilder();
        for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
          line.append(text(row, c)).append(' ');
        }
        points.describedBy(line.toString());
      }
      Quantities.AmountUnit unit = unitOf(h.amountTitle());
      for (int r = h.row() + 1; r <= h.sheet().getLastRowNum(); r++) {
        Row row = h.sheet().getRow(r);
        String x = text(row, h.relative());
        String n = text(row, h.amount());
        if (x.isBlank() && n.isBlank()) {
          break;
        }
        Double relative = number(row, h.relative());
        Double amount = number(row, h.amount());
        if (relative == null || amount == null) {
          throw new ImportException(
              file,
              r + 1,
              relative == null ? "P/Po" : h.amountTitle(),
              "'" + (relative == null ? x : n) + "' is not a number");
        }
        points.addRelative(
            SorptionMeasurementBuilder.Branch.UNSPLIT,
            relative,
            Double.NaN,
            points.perGram(amount, unit, r + 1, h.amountTitle()),
            r + 1);
      }
    } catch (IOException | RuntimeException e) {
      throw new ImportException(
          file, "not a readable spreadsheet (cut or damaged?): " + e.getMessage(), e);
    }
    return points.build();
  }

  private static @Nullable Header header(Workbook wb) {
    for (Sheet sheet : wb) {
      for (int r = 0; r <= Math.min(sheet.getLastRowNum(), HEADER_ROWS - 1); r++) {
        Row row = sheet.getRow(r);
        if (row == null) {
          continue;
        }
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
          cells.add(text(row, c));
        }
        int[] columns = titleColumns(cells);
        if (columns != null) {
          return new Header(sheet, r, columns[0], columns[1], cells.get(columns[1]));
        }
      }
    }
    return null;
  }

  /** The relative-pressure and amount columns a title row names, or null when it is not one. */
  private static int @Nullable [] titleColumns(List<String> cells) {
    int relative = -1;
    int amount = -1;
    for (int c = 0; c < cells.size(); c++) {
      String t = cells.get(c);
      String l = t.toLowerCase(Locale.ROOT).replace(" ", "");
      if (relative < 0
          && (l.equals("p/po")
              || l.equals("p/p0")
              || l.equals("p/p°")
              || l.startsWith("relativepressure"))) {
        relative = c;
      } else if (amount < 0 && unitOf(t) != null) {
        amount = c;
      }
    }
    return relative >= 0 && amount >= 0 ? new int[] {relative, amount} : null;
  }

  /** The amount unit a column title states, or null for a title that is not an amount. */
  private static Quantities.@Nullable AmountUnit unitOf(String title) {
    String t = title.toLowerCase(Locale.ROOT);
    if (!(t.contains("volume")
        || t.contains("quantity")
        || t.contains("amount")
        || t.startsWith("n ")
        || t.startsWith("v "))) {
      return null;
    }
    return t.contains("mmol")
        ? Quantities.amountUnit("mmol/g")
        : t.contains("cc/g") || t.contains("cm3/g") || t.contains("cm³/g") || t.contains("cm^3/g")
            ? Quantities.amountUnit("cm3/g")
            : null;
  }

  private static String text(@Nullable Row row, int c) {
    Cell cell = row == null ? null : row.getCell(c);
    // one formatter per cell: POI's is not thread-safe, and a static one would load POI (and its
    // logging) whenever the importers are listed
    return cell == null ? "" : new DataFormatter(Locale.ROOT).formatCellValue(cell).strip();
  }

  private static @Nullable Double number(@Nullable Row row, int c) {
    Cell cell = row == null ? null : row.getCell(c);
    if (cell == null) {
      return null;
    }
    if (cell.getCellType() == CellType.NUMERIC) {
      return cell.getNumericCellValue();
    }
    String t = text(row, c).replace(',', '.');
    try {
      return Double.valueOf(t);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}

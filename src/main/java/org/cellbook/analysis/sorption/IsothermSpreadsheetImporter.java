package org.cellbook.analysis.sorption;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.cellbook.analysis.importers.FileSample;
import org.cellbook.analysis.importers.ImportException;

/**
 * An isotherm table in a spreadsheet (.xlsx or .xls), as instrument software exports it "to Excel"
 * (ASiQwin/NovaWin, MicroActive) or as a lab keeps it: on the first sheet that has one, a title row
 * naming a relative-pressure column ("P/Po", "p/p0", "Relative Pressure") and an amount column
 * whose title states its unit ("Volume @ STP (cc/g)", "Quantity Adsorbed (cm³/g STP)", "n
 * (mmol/g)"); then one row per point until the first empty row. Adsorption and desorption are split
 * after the highest pressure. No vendor layout beyond those titles is assumed; 3P workbooks have
 * their own importer.
 */
final class IsothermSpreadsheetImporter implements IsothermImporter {

  /** Isotherm workbooks are kilobytes; cycler workbooks of 10⁶ rows are not opened to look. */
  private static final long MAX_BYTES = 5_000_000;

  private static final int HEADER_ROWS = 40;

  @Override
  public String formatName() {
    return "Isotherm spreadsheet (.xlsx/.xls with p/p0 and amount columns)";
  }

  /** The title row and the columns it names. */
  private record Header(Sheet sheet, int row, int relative, int amount, String amountTitle) {}

  @Override
  public double detect(FileSample sample) {
    if (!(sample.isZip() || sample.isOle2())) {
      return 0;
    }
    try {
      if (Files.size(sample.path()) > MAX_BYTES) {
        return 0;
      }
      try (Workbook wb = WorkbookFactory.create(sample.path().toFile(), null, true)) {
        return header(wb) == null ? 0 : 0.7;
      }
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  @Override
  public SorptionMeasurement read(Path file) throws ImportException {
    MeasurementBuilder points = new MeasurementBuilder(file, formatName(), "row");
    try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
      Header h = header(wb);
      if (h == null) {
        throw new ImportException(
            file,
            "no sheet has a title row naming a relative-pressure column (P/Po) and an amount"
                + " column with its unit (cc/g, cm³/g STP or mmol/g)");
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
            MeasurementBuilder.Branch.UNSPLIT,
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

  private static Header header(Workbook wb) {
    for (Sheet sheet : wb) {
      for (int r = 0; r <= Math.min(sheet.getLastRowNum(), HEADER_ROWS - 1); r++) {
        Row row = sheet.getRow(r);
        if (row == null) {
          continue;
        }
        int relative = -1;
        int amount = -1;
        for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
          String t = text(row, c);
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
        if (relative >= 0 && amount >= 0) {
          return new Header(sheet, r, relative, amount, text(row, amount));
        }
      }
    }
    return null;
  }

  /** The amount unit a column title states, or null for a title that is not an amount. */
  private static Quantities.AmountUnit unitOf(String title) {
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

  private static final DataFormatter FORMAT = new DataFormatter(Locale.ROOT);

  private static String text(Row row, int c) {
    Cell cell = row == null ? null : row.getCell(c);
    return cell == null ? "" : FORMAT.formatCellValue(cell).strip();
  }

  private static Double number(Row row, int c) {
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

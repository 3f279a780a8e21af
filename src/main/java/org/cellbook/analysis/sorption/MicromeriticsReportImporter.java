package org.cellbook.analysis.sorption;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
 * Micromeritics report exports in BIFF {@code .xls} (MicroActive, TriStar, ASAP, 3Flex): report
 * sections side by side in column groups; the {@code Isotherm Tabular Report} group has, two rows
 * below its title, the columns {@code Relative Pressure (p/p°)}, {@code Absolute Pressure (mmHg |
 * kPa | mbar)}, {@code Quantity Adsorbed (cm³/g STP | mmol/g)}, {@code Elapsed Time}, {@code
 * Saturation Pressure (…)}, adsorption then desorption, with rows holding only a p₀ measurement in
 * between. The sample, adsorptive, bath temperature and mass are "Label:" cells at the top, the
 * software in the second row. Relative pressure is taken as the instrument computed it.
 */
final class MicromeriticsReportImporter implements IsothermImporter {

  private static final String TABLE = "Isotherm Tabular Report";

  @Override
  public String formatName() {
    return "Micromeritics report (.xls/.xlsx)";
  }

  /**
   * BIFF keeps its shared strings near the start of the workbook stream, as 8-bit or UTF-16LE text:
   * finding the table title there avoids loading a large cycler workbook just to say no.
   */
  @Override
  public double detect(FileSample sample) {
    if (sample.isZip()) {
      return xlsxHasTable(sample.path()) ? 0.9 : 0;
    }
    if (!sample.isOle2()) {
      return 0;
    }
    String latin1 = new String(sample.head(), StandardCharsets.ISO_8859_1);
    String utf16 = new String(sample.head(), StandardCharsets.UTF_16LE);
    return latin1.contains(TABLE) || utf16.contains(TABLE) ? 0.9 : 0;
  }

  @Override
  public SorptionMeasurement read(Path file) throws ImportException {
    // Reports are a few hundred rows: the whole workbook is read, .xls or .xlsx alike.
    try (Workbook workbook = ReadLimits.openWithPoi(file)) {
      for (Sheet sheet : workbook) {
        int[] title = find(sheet);
        if (title != null) {
          return read(file, sheet, title[0], title[1]);
        }
      }
      throw new ImportException(file, "no '" + TABLE + "' section in any sheet");
    } catch (IOException | RuntimeException e) {
      throw new ImportException(
          file, "not a readable .xls/.xlsx workbook (cut or damaged?): " + e.getMessage(), e);
    }
  }

  /** True when an .xlsx has the report's table title in the first rows of a sheet (streamed). */
  private static boolean xlsxHasTable(Path file) {
    try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
      for (org.dhatim.fastexcel.reader.Sheet sheet : wb.getSheets().toList()) {
        try (var rows = sheet.openStream()) {
          if (rows.limit(40)
              .anyMatch(
                  r ->
                      r.stream()
                          .anyMatch(
                              c ->
                                  c != null
                                      && c.getType() == org.dhatim.fastexcel.reader.CellType.STRING
                                      && c.asString().contains(TABLE)))) {
            return true;
          }
        }
      }
      return false;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private SorptionMeasurement read(Path file, Sheet sheet, int titleRow, int titleColumn)
      throws ImportException {
    SorptionMeasurementBuilder points = new SorptionMeasurementBuilder(file, formatName(), "row");
    DataFormatter formatter = new DataFormatter(Locale.ROOT);
    readHeader(sheet, titleRow, formatter, points);
    int headerRow = -1;
    for (int r = titleRow + 1; r <= titleRow + 4 && headerRow < 0; r++) {
      if (text(sheet, r, titleColumn, formatter).toLowerCase(Locale.ROOT).contains("pressure")
          || text(sheet, r, titleColumn, formatter)
              .toLowerCase(Locale.ROOT)
              .startsWith("quantity")) {
        headerRow = r;
      }
    }
    if (headerRow < 0) {
      throw new ImportException(
          file,
          titleRow + 1,
          TABLE,
          "no column titles (Relative Pressure, Quantity Adsorbed…) below");
    }
    int relative = -1;
    int absolute = -1;
    int amount = -1;
    int saturation = -1;
    for (int c = titleColumn; ; c++) {
      String t = text(sheet, headerRow, c, formatter).toLowerCase(Locale.ROOT);
      if (t.startsWith("relative pressure")) {
        relative = c;
      } else if (t.startsWith("absolute pressure")) {
        absolute = c;
      } else if (t.startsWith("quantity adsorbed")) {
        amount = c;
      } else if (t.startsWith("saturation pressure")) {
        saturation = c;
      } else if (!t.startsWith("elapsed time")) {
        break;
      }
    }
    if (amount < 0 || (relative < 0 && absolute < 0)) {
      throw new ImportException(
          file, headerRow + 1, null, "the tabular report lacks a pressure or quantity column");
    }
    String amountTitle = text(sheet, headerRow, amount, formatter);
    Quantities.AmountUnit unit = Quantities.amountUnit(Quantities.unitInParentheses(amountTitle));
    if (unit == null) {
      throw new ImportException(
          file, headerRow + 1, amountTitle, "the quantity's unit is not cm³/g STP or mmol/g");
    }
    int pressureColumn = relative >= 0 ? relative : absolute;
    String pressureTitle = text(sheet, headerRow, pressureColumn, formatter);
    double pascals =
        relative >= 0
            ? 1
            : Quantities.pascalsPer(
                Quantities.unitInParentheses(pressureTitle), file, headerRow + 1, pressureTitle);
    String saturationTitle = saturation < 0 ? "" : text(sheet, headerRow, saturation, formatter);
    double p0Pascals =
        saturation < 0
            ? Double.NaN
            : Quantities.pascalsPer(
                Quantities.unitInParentheses(saturationTitle),
                file,
                headerRow + 1,
                saturationTitle);
    for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
      Cell pressure = cell(sheet, r, pressureColumn);
      Cell quantity = cell(sheet, r, amount);
      if (blank(pressure) && blank(quantity)) {
        continue; // a p0 measurement between points, or the end of the table
      }
      if (!numeric(pressure) || !numeric(quantity)) {
        Cell bad = numeric(pressure) ? quantity : pressure;
        if (!blank(pressure) && !numeric(pressure) && blank(quantity)) {
          break; // text under the table: another report below
        }
        throw new ImportException(
            file,
            r + 1,
            bad == pressure ? pressureTitle : amountTitle,
            "'" + formatter.formatCellValue(bad) + "' is not a number");
      }
      double n = points.perGram(quantity.getNumericCellValue(), unit, r + 1, amountTitle);
      Cell p0 = saturation < 0 ? null : cell(sheet, r, saturation);
      double p0Value = numeric(p0) ? p0.getNumericCellValue() * p0Pascals : Double.NaN;
      if (relative >= 0) {
        points.addRelative(
            SorptionMeasurementBuilder.Branch.UNSPLIT,
            pressure.getNumericCellValue(),
            p0Value,
            n,
            r + 1);
      } else {
        points.addAbsolute(
            SorptionMeasurementBuilder.Branch.UNSPLIT,
            pressure.getNumericCellValue() * pascals,
            p0Value,
            n,
            r + 1);
      }
    }
    return points.build();
  }

  /** "Sample:", "Analysis adsorptive:", "Analysis bath temp.:", "Sample mass:" above the table. */
  private static void readHeader(
      Sheet sheet, int lastRow, DataFormatter formatter, SorptionMeasurementBuilder points) {
    String software = text(sheet, 1, 0, formatter);
    points.instrument(software.isBlank() ? null : "Micromeritics " + software);
    MicromeriticsHeader header = new MicromeriticsHeader(points);
    for (int r = 0; r < lastRow; r++) {
      Row row = sheet.getRow(r);
      if (row == null) {
        continue;
      }
      for (int c = 0; c < row.getLastCellNum(); c++) {
        header.offer(text(sheet, r, c, formatter), text(sheet, r, c + 1, formatter).strip());
      }
    }
  }

  /** Row and column of the table's title cell, or null. */
  private static int @Nullable [] find(Sheet sheet) {
    for (Row row : sheet) {
      for (Cell c : row) {
        if (c.getCellType() == CellType.STRING && c.getStringCellValue().strip().equals(TABLE)) {
          return new int[] {row.getRowNum(), c.getColumnIndex()};
        }
      }
    }
    return null;
  }

  private static @Nullable Cell cell(Sheet sheet, int r, int c) {
    Row row = sheet.getRow(r);
    return row == null ? null : row.getCell(c);
  }

  private static String text(Sheet sheet, int r, int c, DataFormatter formatter) {
    Cell cell = cell(sheet, r, c);
    return cell == null ? "" : formatter.formatCellValue(cell);
  }

  private static boolean blank(@Nullable Cell c) {
    return c == null
        || c.getCellType() == CellType.BLANK
        || (c.getCellType() == CellType.STRING && c.getStringCellValue().isBlank());
  }

  private static boolean numeric(@Nullable Cell c) {
    return c != null && c.getCellType() == CellType.NUMERIC;
  }
}

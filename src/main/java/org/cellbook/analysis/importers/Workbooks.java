package org.cellbook.analysis.importers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jspecify.annotations.Nullable;

/**
 * Spreadsheet access for the importers: xlsx is streamed with fastexcel-reader (constant memory per
 * row), BIFF .xls (at most 65,536 rows a sheet) is loaded with Apache POI HSSF.
 */
final class Workbooks {

  static final int PREVIEW_ROWS = 40;

  private Workbooks() {}

  /** Sheet names and the first rows of every sheet, as text. */
  record Preview(List<String> sheetNames, List<List<List<String>>> firstRows) {
    static final Preview EMPTY = new Preview(List.of(), List.of());

    /** Index of the first sheet whose name contains the text (case-insensitive), or -1. */
    int sheetContaining(String part) {
      String p = part.toLowerCase(Locale.ROOT);
      for (int i = 0; i < sheetNames.size(); i++) {
        if (sheetNames.get(i).toLowerCase(Locale.ROOT).contains(p)) {
          return i;
        }
      }
      return -1;
    }

    /** True when any of the first rows of any sheet has a cell equal to the text (ignore case). */
    boolean anyCellEquals(String text) {
      for (List<List<String>> sheet : firstRows) {
        for (List<String> row : sheet) {
          for (String c : row) {
            if (c.trim().equalsIgnoreCase(text)) {
              return true;
            }
          }
        }
      }
      return false;
    }
  }

  static Preview preview(Path file, boolean biff) {
    try {
      return biff ? previewXls(file) : previewXlsx(file);
    } catch (IOException | RuntimeException e) {
      return Preview.EMPTY;
    }
  }

  private static Preview previewXlsx(Path file) throws IOException {
    List<String> names = new ArrayList<>();
    List<List<List<String>>> rows = new ArrayList<>();
    try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
      for (Sheet sheet : wb.getSheets().toList()) {
        names.add(Objects.requireNonNullElse(sheet.getName(), "")); // a damaged workbook.xml
        List<List<String>> first = new ArrayList<>();
        try (Stream<Row> s = sheet.openStream()) {
          Iterator<Row> it = s.iterator();
          while (it.hasNext() && first.size() < PREVIEW_ROWS) {
            Row r = it.next();
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < r.getCellCount(); c++) {
              cells.add(cellText(r.getCell(c)));
            }
            first.add(cells);
          }
        }
        rows.add(first);
      }
    }
    return new Preview(names, rows);
  }

  private static Preview previewXls(Path file) throws IOException {
    List<String> names = new ArrayList<>();
    List<List<List<String>>> rows = new ArrayList<>();
    try (org.apache.poi.ss.usermodel.Workbook wb = ReadLimits.openWithPoi(file)) {
      DataFormatter f = new DataFormatter();
      for (int i = 0; i < wb.getNumberOfSheets(); i++) {
        org.apache.poi.ss.usermodel.Sheet sheet = wb.getSheetAt(i);
        names.add(sheet.getSheetName());
        List<List<String>> first = new ArrayList<>();
        for (int r = 0; r <= Math.min(sheet.getLastRowNum(), PREVIEW_ROWS - 1); r++) {
          List<String> cells = new ArrayList<>();
          org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
          if (row != null) {
            for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
              org.apache.poi.ss.usermodel.Cell cell = row.getCell(c);
              cells.add(cell == null ? "" : f.formatCellValue(cell));
            }
          }
          first.add(cells);
        }
        rows.add(first);
      }
    }
    return new Preview(names, rows);
  }

  /** One sheet of a workbook: its name, and its rows as a table opened on demand. */
  record SheetTable(String name, Opener opener) {
    RecordTable open() throws IOException {
      return opener.open();
    }
  }

  /** Opens one sheet as a table. */
  interface Opener {
    RecordTable open() throws IOException;
  }

  /** What an importer does with the sheets of a workbook. */
  interface SheetsReader<T> {
    T read(List<SheetTable> sheets) throws IOException, ImportException;
  }

  /**
   * Opens a workbook — xlsx streamed, BIFF .xls (an OLE2 file) loaded by POI — and hands its sheets
   * to the reader; an unreadable workbook is an import error naming the file.
   */
  static <T> T read(Path file, boolean biff, SheetsReader<T> reader) throws ImportException {
    try {
      if (biff) {
        try (org.apache.poi.ss.usermodel.Workbook wb = ReadLimits.openWithPoi(file)) {
          List<SheetTable> sheets = new ArrayList<>();
          for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            org.apache.poi.ss.usermodel.Sheet sheet = wb.getSheetAt(i);
            sheets.add(new SheetTable(sheet.getSheetName(), () -> new XlsTable(sheet)));
          }
          return reader.read(sheets);
        }
      }
      try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
        List<SheetTable> sheets = new ArrayList<>();
        for (Sheet sheet : wb.getSheets().toList()) {
          sheets.add(
              new SheetTable(
                  Objects.requireNonNullElse(sheet.getName(), ""), () -> new XlsxTable(wb, sheet)));
        }
        return reader.read(sheets);
      }
    } catch (IOException | RuntimeException e) {
      throw new ImportException(file, "cannot read the workbook: " + e.getMessage(), e);
    }
  }

  /** The current row of a table as text, one string per field. */
  static String[] cells(RecordTable table) {
    String[] cells = new String[table.fieldCount()];
    for (int c = 0; c < cells.length; c++) {
      cells[c] = table.text(c);
    }
    return cells;
  }

  static String cellText(@Nullable Cell cell) {
    if (cell == null) {
      return "";
    }
    String raw = cell.getRawValue();
    if (cell.getType() == org.dhatim.fastexcel.reader.CellType.STRING) {
      return cell.getText();
    }
    return raw == null ? "" : raw;
  }

  /** A streamed xlsx sheet. */
  static final class XlsxTable implements RecordTable {
    private final ReadableWorkbook workbook;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;
    private Row row;

    XlsxTable(ReadableWorkbook workbook, Sheet sheet) throws IOException {
      this.workbook = workbook;
      this.stream = sheet.openStream();
      this.rows = stream.iterator();
    }

    @Override
    public boolean next() {
      while (rows.hasNext()) {
        row = rows.next();
        for (int c = 0; c < row.getCellCount(); c++) {
          if (!isBlank(c)) {
            return true;
          }
        }
      }
      return false;
    }

    @Override
    public int fieldCount() {
      return row.getCellCount();
    }

    @Override
    public boolean isBlank(int column) {
      if (column >= row.getCellCount()) {
        return true;
      }
      Cell c = row.getCell(column);
      if (c == null || c.getType() == org.dhatim.fastexcel.reader.CellType.EMPTY) {
        return true;
      }
      String raw = c.getRawValue();
      return raw == null || raw.isBlank();
    }

    @Override
    public double number(int column) {
      if (column >= row.getCellCount()) {
        return Double.NaN;
      }
      Cell c = row.getCell(column);
      if (c == null) {
        return Double.NaN;
      }
      return switch (c.getType()) {
        case NUMBER -> FastNumbers.parse(c.getRawValue(), false);
        case STRING -> FastNumbers.parse(c.getText(), false);
        default -> Double.NaN;
      };
    }

    @Override
    public String text(int column) {
      return column >= row.getCellCount() ? "" : cellText(row.getCell(column));
    }

    @Override
    public long rowNumber() {
      return row.getRowNum();
    }

    @Override
    public void close() throws IOException {
      stream.close();
    }

    ReadableWorkbook workbook() {
      return workbook;
    }
  }

  /** A BIFF (.xls) sheet loaded by POI. */
  static final class XlsTable implements RecordTable {
    private final org.apache.poi.ss.usermodel.Sheet sheet;
    private final DataFormatter formatter = new DataFormatter();
    private int r = -1;
    private org.apache.poi.ss.usermodel.Row row;

    XlsTable(org.apache.poi.ss.usermodel.Sheet sheet) {
      this.sheet = sheet;
    }

    @Override
    public boolean next() {
      while (++r <= sheet.getLastRowNum()) {
        row = sheet.getRow(r);
        if (row != null) {
          for (int c = 0; c < fieldCount(); c++) {
            if (!isBlank(c)) {
              return true;
            }
          }
        }
      }
      return false;
    }

    @Override
    public int fieldCount() {
      return Math.max(0, row.getLastCellNum());
    }

    @Override
    public boolean isBlank(int column) {
      org.apache.poi.ss.usermodel.Cell c = row.getCell(column);
      return c == null
          || c.getCellType() == CellType.BLANK
          || (c.getCellType() == CellType.STRING && c.getStringCellValue().isBlank());
    }

    @Override
    public double number(int column) {
      org.apache.poi.ss.usermodel.Cell c = row.getCell(column);
      if (c == null) {
        return Double.NaN;
      }
      return switch (c.getCellType()) {
        case NUMERIC -> c.getNumericCellValue();
        case STRING -> FastNumbers.parse(c.getStringCellValue(), false);
        case FORMULA ->
            c.getCachedFormulaResultType() == CellType.NUMERIC
                ? c.getNumericCellValue()
                : Double.NaN;
        default -> Double.NaN;
      };
    }

    @Override
    public String text(int column) {
      org.apache.poi.ss.usermodel.Cell c = row.getCell(column);
      return c == null ? "" : formatter.formatCellValue(c);
    }

    @Override
    public long rowNumber() {
      return r + 1L;
    }

    @Override
    public void close() {}
  }
}

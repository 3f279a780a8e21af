package org.cellbook.analysis.importers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cellbook.analysis.series.CellSeries;
import org.cellbook.analysis.series.SeriesMetadata;
import org.jspecify.annotations.Nullable;

/**
 * LAND (Wuhan LAND / LANHE CT2001A, CT3001A) exports: the classic xlsx and BIFF .xls workbooks with
 * Record/Step/Cycle sheets, the newer LANHE workbook (µA, µAh, a "DefaultGroup" data sheet) and the
 * tab-separated text export, with English or Chinese headers. Layout assumptions are in {@code
 * data/echem/land/LAND.md}. The binary {@code .cex} is refused with advice to export.
 *
 * <p>Sheets and columns are found by their headers, never by position. Current is signed (negative
 * on discharge); the capacity counter is unsigned and resets at every step.
 */
public final class LandImporter implements CyclerImporter {

  static final String[] RECORD = {"Record", "记录序号", "数据序号", "序号"};
  static final String[] TEST_TIME = {"TestTime", "测试时间", "总时间", "累计时间"};
  static final String[] CURRENT = {"Current", "电流"};
  static final String[] VOLTAGE = {"Voltage", "电压"};
  static final String[] CAPACITY = {"Capacity", "容量"};
  static final String[] SPE_CAP = {"SpeCap", "比容量"};
  static final String[] CYCLE = {"Cycle-Index", "Cycle", "循环序号", "循环号", "循环"};
  static final String[] STEP = {"Step-Index", "Step", "工步序号", "工步号", "步骤序号", "工步", "步骤"};
  static final String[] STATE = {"Step-State", "Mode", "工步状态", "步骤状态", "工步类型", "状态", "工作模式"};
  static final String[] TEMPERATURE = {"AuxTemp", "温度"};

  private static final Pattern ACTIVE_MASS =
      Pattern.compile(
          "(?i)(?:active\\s*material|active\\s*mass|活性物质(?:质量)?)\\D*?([0-9]+(?:[.,][0-9]+)?)\\s*(mg|g)\\b");
  private static final Charset GB18030 = Charset.forName("GB18030");

  @Override
  public String formatName() {
    return "LAND";
  }

  @Override
  public double detect(FileSample sample) {
    if (sample.extension().equals("cex") && !sample.isText()) {
      return 0.9;
    }
    if (sample.isZip() || sample.isOle2()) {
      Workbooks.Preview p = sample.spreadsheet();
      boolean namedSheet =
          p.sheetContaining("record") >= 0
              || p.sheetContaining("defaultgroup") >= 0
              || p.sheetContaining("记录") >= 0;
      boolean header = p.anyCellEquals("Record") || p.anyCellEquals("记录序号");
      boolean landColumns =
          p.anyCellEquals("Current/mA")
              || p.anyCellEquals("Current/uA")
              || p.anyCellEquals("电流/mA")
              || p.anyCellEquals("Voltage/V");
      if (header && landColumns) {
        return namedSheet ? 0.95 : 0.8;
      }
      return 0;
    }
    List<String> lines = sample.isText() ? sample.lines(GB18030) : List.of();
    for (String line : lines.subList(0, Math.min(20, lines.size()))) {
      if (line.indexOf('\t') < 0) {
        continue;
      }
      Header h = new Header(line.split("\t", -1));
      if (h.find(RECORD) == 0 && h.find(CURRENT) > 0 && h.find(VOLTAGE) > 0) {
        boolean landish = h.find(STATE) > 0 || h.find("SpeCap") > 0 || h.find("Cycle-Index") > 0;
        return landish ? 0.95 : 0.5;
      }
    }
    return 0;
  }

  @Override
  public CellSeries parse(Path file, ImportOptions options) throws ImportException {
    FileSample sample;
    try {
      sample = FileSample.of(file);
    } catch (IOException e) {
      throw new ImportException(file, "cannot open the file: " + e.getMessage());
    }
    if (sample.extension().equals("cex") && !sample.isText()) {
      throw new ImportException(
          file,
          "LAND .cex files use LAND's proprietary binary format and cannot be read directly. Open"
              + " the file in LANDdt (or LAND Monitor), export it as Excel (.xlsx/.xls) or text"
              + " (.txt), and import that export.");
    }
    if (sample.isZip() || sample.isOle2()) {
      return parseWorkbook(file, sample.isOle2());
    }
    return parseText(file, sample, options.charset().orElse(GB18030));
  }

  private CellSeries parseText(Path file, FileSample sample, Charset fallback)
      throws ImportException {
    try (InputStream in = Files.newInputStream(file)) {
      TextTable table = new TextTable(in, (byte) '\t', fallback);
      List<String> comments = new ArrayList<>();
      Header header = null;
      while (table.readLine()) {
        String line = table.lineText();
        Header h = new Header(line.split("\t", -1));
        if (h.find(RECORD) >= 0 && h.find(VOLTAGE) >= 0 && h.find(CURRENT) >= 0) {
          header = h;
          break;
        }
        if (!line.isBlank()) {
          comments.add(line.strip());
        }
      }
      if (header == null) {
        throw new ImportException(
            file, -1, null, "no LAND column row (Record, Voltage, Current) found");
      }
      SeriesBuilder builder = new SeriesBuilder(SeriesBuilder.expectedRecords(sample));
      TableLayout layout = layout(header, file);
      layout.readAll(table, builder, file, false);
      return finish(builder, layout, "LAND .txt", massFrom(List.of(comments)), comments);
    } catch (IOException e) {
      throw new ImportException(file, "cannot read the file: " + e.getMessage());
    }
  }

  /** LAND's own per-cycle sheet: Cycle, CapC (charge) and CapD (discharge). */
  private static final String[] CYCLE_SHEET_CYCLE = {"Cycle", "循环序号", "循环号"};

  private static final String[] CYCLE_SHEET_CHARGE = {"CapC", "充电容量"};
  private static final String[] CYCLE_SHEET_DISCHARGE = {"CapD", "放电容量"};

  /**
   * A workbook, xlsx or BIFF .xls: the record sheets, the information sheet (active mass) and the
   * cycle sheet, whose capacities are checked against the records'.
   */
  private CellSeries parseWorkbook(Path file, boolean biff) throws ImportException {
    return Workbooks.read(
        file,
        biff,
        sheets -> {
          List<String> names = sheets.stream().map(Workbooks.SheetTable::name).toList();
          List<Workbooks.SheetTable> data = dataSheets(names, sheets);
          List<List<String>> infoRows = new ArrayList<>();
          List<CycleSheetCheck.Row> cycleSheet = new ArrayList<>();
          for (Workbooks.SheetTable s : sheets) {
            if (data.contains(s)) {
              continue;
            }
            if (isInfoSheet(s.name())) {
              infoRows.addAll(rowsOf(s.open(), 50));
            } else if (isCycleSheet(s.name()) && cycleSheet.isEmpty()) {
              try (RecordTable t = s.open()) {
                cycleSheet.addAll(
                    CycleSheetCheck.read(
                        t, CYCLE_SHEET_CYCLE, CYCLE_SHEET_CHARGE, CYCLE_SHEET_DISCHARGE, file));
              }
            }
          }
          SeriesBuilder builder = new SeriesBuilder(1 << 14);
          TableLayout layout = null;
          boolean named = data.size() < sheets.size() || isNamedDataSheet(names.getFirst());
          for (Workbooks.SheetTable s : data) {
            TableLayout before = layout;
            try (RecordTable table = s.open()) {
              layout = readSheet(table, s.name(), builder, file, infoRows, layout);
            }
            if (!named && layout != before) {
              // sheets not named Record/DefaultGroup are per channel: read the first one only
              builder.warnings.add(
                  "read sheet '" + s.name() + "' only; other sheets may hold other channels");
              break;
            }
          }
          if (layout == null) {
            throw new ImportException(
                file,
                -1,
                null,
                "no sheet with LAND record columns (Record, Voltage, Current) found");
          }
          String format =
              biff
                  ? "LAND .xls (BIFF)"
                  : data.stream()
                          .anyMatch(s -> s.name().toLowerCase(Locale.ROOT).contains("defaultgroup"))
                      ? "LAND/LANHE .xlsx (DefaultGroup)"
                      : "LAND .xlsx (Record/Step/Cycle)";
          return CycleSheetCheck.check(
              finish(builder, layout, format, massFrom(infoRows), List.of()), cycleSheet);
        });
  }

  /**
   * Data sheets: those named Record/DefaultGroup/记录 (a long test is split over several), else every
   * sheet, of which the headers decide.
   */
  private static <S> List<S> dataSheets(List<String> names, List<S> sheets) {
    List<S> named = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      if (isNamedDataSheet(names.get(i))) {
        named.add(sheets.get(i));
      }
    }
    return named.isEmpty() ? sheets : named;
  }

  private static boolean isNamedDataSheet(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.contains("record") || n.contains("defaultgroup") || n.contains("记录");
  }

  private static boolean isCycleSheet(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.contains("cycle") || n.contains("循环");
  }

  private static boolean isInfoSheet(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.contains("information") || n.contains("info") || n.contains("信息");
  }

  /**
   * Skips the rows above the column row (collecting them as possible metadata) and reads the
   * records of one sheet. Returns the layout, or the previous one when the sheet has no LAND column
   * row.
   */
  private TableLayout readSheet(
      RecordTable table,
      String sheetName,
      SeriesBuilder builder,
      Path file,
      List<List<String>> infoRows,
      TableLayout previous)
      throws ImportException, IOException {
    int scanned = 0;
    while (table.next() && scanned++ < 200) {
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < table.fieldCount(); c++) {
        cells.add(table.text(c));
      }
      Header h = new Header(cells.toArray(String[]::new));
      if (h.find(RECORD) >= 0 && h.find(VOLTAGE) >= 0 && h.find(CURRENT) >= 0) {
        TableLayout layout = layout(h, file);
        layout.readAll(table, builder, file, false);
        return layout;
      }
      infoRows.add(cells);
    }
    return previous;
  }

  private static List<List<String>> rowsOf(RecordTable table, int max) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    while (rows.size() < max && table.next()) {
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < table.fieldCount(); c++) {
        cells.add(table.text(c));
      }
      rows.add(cells);
    }
    table.close();
    return rows;
  }

  static TableLayout layout(Header h, Path file) throws ImportException {
    TableLayout l = new TableLayout(h);
    l.time = require(h, TEST_TIME, "TestTime", file);
    String timeUnit = h.unit(l.time);
    l.timeFactor = timeUnit.isEmpty() ? 1 : Units.toSeconds(timeUnit, "s", file, h.raw(l.time));
    l.voltage = require(h, VOLTAGE, "Voltage", file);
    l.voltageFactor = Units.toVolts(h.unit(l.voltage), "V", file, h.raw(l.voltage));
    l.current = require(h, CURRENT, "Current", file);
    l.currentFactor = Units.toMilliAmps(h.unit(l.current), "mA", file, h.raw(l.current));
    l.counter = h.find(CAPACITY);
    if (l.counter >= 0) {
      l.counterFactor = Units.toMilliAmpHours(h.unit(l.counter), "mAh", file, h.raw(l.counter));
    }
    l.specificCapacity = h.find(SPE_CAP);
    l.cycle = h.find(CYCLE);
    l.step = h.find(STEP);
    l.state = h.find(STATE);
    return l;
  }

  private static int require(Header h, String[] names, String label, Path file)
      throws ImportException {
    int i = h.find(names);
    if (i < 0) {
      throw new ImportException(
          file, -1, label, "column is missing (header: " + String.join(", ", h.rawNames()) + ")");
    }
    return i;
  }

  static @Nullable Double massFrom(List<? extends List<String>> rows) {
    for (List<String> row : rows) {
      Matcher m = ACTIVE_MASS.matcher(String.join(" ", row));
      if (m.find()) {
        double v = Double.parseDouble(m.group(1).replace(',', '.'));
        return m.group(2).equalsIgnoreCase("g") ? v * 1000 : v;
      }
    }
    return null;
  }

  private static CellSeries finish(
      SeriesBuilder builder,
      TableLayout layout,
      String format,
      @Nullable Double mass,
      List<String> comments) {
    List<String> warnings = new ArrayList<>();
    Map<String, String> extra = new HashMap<>();
    if (mass == null && !Double.isNaN(layout.inferredMassMilligrams)) {
      mass = Math.round(layout.inferredMassMilligrams * 1e6) / 1e6;
      warnings.add("active mass " + mass + " mg inferred from Capacity / SpeCap");
    }
    SeriesBuilder.Counter counter =
        layout.counter >= 0
            ? SeriesBuilder.Counter.RESTARTS_OR_CARRIES_ON
            : SeriesBuilder.Counter.NONE;
    return builder.build(
        new SeriesMetadata(format, "LAND", null, null, mass, comments, extra, warnings), counter);
  }
}

package org.cellbook.analysis.importers;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cellbook.analysis.series.CellSeries;
import org.cellbook.analysis.series.SeriesMetadata;
import org.jspecify.annotations.Nullable;

/**
 * Neware BTSDA flat record export, CSV, xlsx or BIFF .xls: one column row with {@code Cycle Index,
 * Step Index, Step Type, Cumulative Time, Current(A), Voltage(V), Capacity(Ah), ...} (BTS 8), or
 * the BTS 7 workbook's {@code Detail_*} sheet ({@code Record Index, Status, Cycle, Step, Cur(mA),
 * Voltage(V), CapaCity(mAh), Relative Time, Absolute Time}). Units are read from the headers (A/Ah
 * or mA/mAh); the capacity counter resets at every step. The nested three-header-line CSV layout is
 * read from its record rows.
 */
public final class NewareExportImporter implements CyclerImporter {

  /** Rows of a sheet searched for its column row. */
  private static final int HEADER_ROWS = 50;

  @Override
  public String formatName() {
    return "Neware export";
  }

  private static boolean isColumnRow(Header h) {
    return h.find("Step Type", "Status") >= 0
        && h.find("Current", "Cur") >= 0
        && h.find("Voltage") >= 0;
  }

  @Override
  public double detect(FileSample sample) {
    if (sample.isZip() || sample.isOle2()) {
      Workbooks.Preview p = sample.spreadsheet();
      boolean bts8 = p.anyCellEquals("Step Type") && p.anyCellEquals("Cycle Index");
      // BTS 7 .xls: Detail_*/Statis_*/Cycle_* sheets, records with Record Index and Status
      boolean bts7 =
          p.anyCellEquals("Record Index")
              && p.anyCellEquals("Status")
              && (p.anyCellEquals("Cur(mA)") || p.anyCellEquals("Current(mA)"));
      return bts8 || bts7 ? 0.85 : 0;
    }
    if (!sample.isText()) {
      return 0;
    }
    for (String line : sample.lines().subList(0, Math.min(5, sample.lines().size()))) {
      Header h = new Header(DelimitedText.splitHeader(line, ","));
      if (isColumnRow(h) && h.find("Cycle Index", "Step Index") >= 0) {
        return 0.9;
      }
    }
    return isNested(sample.lines()) ? 0.9 : 0;
  }

  @Override
  public CellSeries parse(Path file, ImportOptions options) throws ImportException {
    FileSample sample = DelimitedText.sample(file);
    SeriesBuilder builder = new SeriesBuilder(SeriesBuilder.expectedRecords(sample));
    TableLayout layout;
    List<CycleSheetCheck.Row> cycleSheet = new ArrayList<>();
    boolean workbook = sample.isZip() || sample.isOle2();
    if (workbook) {
      layout =
          Workbooks.read(
              file,
              sample.isOle2(),
              sheets -> {
                cycleSheet.addAll(readCycleSheet(sheets, file));
                return readRecordSheet(sheets, builder, file);
              });
      if (layout == null) {
        throw new ImportException(file, "no Neware record sheet (Step Type, Current, Voltage)");
      }
    } else {
      if (isNested(sample.lines())) {
        return parseNested(file, sample, options);
      }
      DelimitedText.Opened o =
          DelimitedText.open(
              file,
              (byte) ',',
              options.charset().orElse(Charset.forName("GB18030")),
              5,
              NewareExportImporter::isColumnRow);
      layout = layout(o.header(), file);
      try (TextTable t = o.table()) {
        layout.readAll(t, builder, file, false);
      } catch (IOException e) {
        throw new ImportException(file, "cannot read the file: " + e.getMessage());
      }
    }
    CellSeries series =
        builder.build(
            new SeriesMetadata(
                sample.isZip()
                    ? "Neware BTSDA .xlsx"
                    : sample.isOle2() ? "Neware BTSDA .xls" : "Neware BTSDA .csv",
                "Neware",
                null,
                null,
                null,
                List.of(),
                Map.of(),
                List.of()),
            layout.counter >= 0
                ? SeriesBuilder.Counter.RESTARTS_OR_CARRIES_ON
                : SeriesBuilder.Counter.NONE);
    return CycleSheetCheck.check(series, cycleSheet);
  }

  /** BTS 7's per-cycle sheet ({@code Cycle_*}): the cycle and its charge and discharge capacity. */
  private static List<CycleSheetCheck.Row> readCycleSheet(
      List<Workbooks.SheetTable> sheets, Path file) throws IOException, ImportException {
    for (Workbooks.SheetTable sheet : sheets) {
      if (sheet.name().toLowerCase(java.util.Locale.ROOT).startsWith("cycle")) {
        try (RecordTable t = sheet.open()) {
          return CycleSheetCheck.read(
              t,
              new String[] {"ToTal of Cycle", "Cycle"},
              new String[] {"Capacity of charge", "Chg. Cap."},
              new String[] {"Capacity of discharge", "DChg. Cap."},
              file);
        }
      }
    }
    return List.of();
  }

  /**
   * Reads the first sheet whose column row (within its first rows) is a record header: BTS 8's
   * record sheet, or BTS 7's {@code Detail_*} sheet (the Statis and Cycle sheets have no Voltage
   * column).
   */
  private static @Nullable TableLayout readRecordSheet(
      List<Workbooks.SheetTable> sheets, SeriesBuilder builder, Path file)
      throws IOException, ImportException {
    for (Workbooks.SheetTable sheet : sheets) {
      try (RecordTable t = sheet.open()) {
        for (int row = 0; row < HEADER_ROWS && t.next(); row++) {
          Header h = new Header(Workbooks.cells(t));
          if (isColumnRow(h)) {
            TableLayout layout = layout(h, file);
            layout.readAll(t, builder, file, false);
            return layout;
          }
        }
      }
    }
    return null;
  }

  /**
   * The nested BTSDA layout: three column rows (cycle, step, record); cycle rows have column A set,
   * step rows column B, record rows neither.
   */
  private static boolean isNested(List<String> lines) {
    return lines.size() >= 3
        && lines.get(0).startsWith("Cycle Index,")
        && lines.get(1).startsWith(",Step Index,")
        && lines.get(2).startsWith(",,");
  }

  private CellSeries parseNested(Path file, FileSample sample, ImportOptions options)
      throws ImportException {
    DelimitedText.Opened o =
        DelimitedText.open(
            file,
            (byte) ',',
            options.charset().orElse(Charset.forName("GB18030")),
            3,
            h -> h.size() > 3 && h.raw(0).isEmpty() && h.raw(1).isEmpty());
    Header records = o.header();
    Header steps = new Header(DelimitedText.splitHeader(o.linesBefore().get(1), ","));
    TableLayout l = new TableLayout(records);
    l.time = DelimitedText.require(records, file, "Total Time", "Total Time", "Cumulative Time");
    l.timeFormat = TableLayout.TimeFormat.DURATION;
    l.voltage = DelimitedText.require(records, file, "Voltage(V)", "Voltage");
    l.voltageFactor = Units.toVolts(records.unit(l.voltage), "V", file, records.raw(l.voltage));
    l.current = DelimitedText.require(records, file, "Current(A)", "Current");
    l.currentFactor = Units.toMilliAmps(records.unit(l.current), "A", file, records.raw(l.current));
    l.counter = DelimitedText.require(records, file, "Capacity(Ah)", "Capacity");
    l.counterFactor =
        Units.toMilliAmpHours(records.unit(l.counter), "Ah", file, records.raw(l.counter));
    int stepTypeColumn = DelimitedText.require(steps, file, "Step Type", "Step Type");
    SeriesBuilder builder = new SeriesBuilder(SeriesBuilder.expectedRecords(sample));
    int cycle = SeriesBuilder.NO_CYCLE;
    int step = -1;
    org.cellbook.analysis.series.InstrumentStepType type = null;
    try (TextTable t = o.table()) {
      while (t.next()) {
        if (!t.isBlank(0)) {
          cycle = (int) Math.round(t.number(0));
        } else if (!t.isBlank(1)) {
          step = (int) Math.round(t.number(1));
          type = TableLayout.commonStepType(t.text(stepTypeColumn));
        } else {
          double time = Units.parseDuration(t.text(l.time), 1, false);
          double v = t.number(l.voltage) * l.voltageFactor;
          double i = t.number(l.current) * l.currentFactor;
          if (Double.isNaN(time) || Double.isNaN(v) || Double.isNaN(i)) {
            int bad = Double.isNaN(time) ? l.time : Double.isNaN(v) ? l.voltage : l.current;
            throw new ImportException(
                file, t.rowNumber(), records.raw(bad), "cannot read '" + t.text(bad) + "'");
          }
          builder.add(
              time, v, i, t.number(l.counter) * l.counterFactor, cycle, step, type, Double.NaN);
        }
      }
    } catch (java.io.IOException e) {
      throw new ImportException(file, "cannot read the file: " + e.getMessage(), e);
    }
    if (builder.size() == 0) {
      throw new ImportException(file, "no record rows in the nested export");
    }
    return builder.build(
        new SeriesMetadata(
            "Neware BTSDA .csv (nested cycle/step/record)",
            "Neware",
            null,
            null,
            null,
            List.of(),
            Map.of(),
            List.of()),
        SeriesBuilder.Counter.RESTARTS_OR_CARRIES_ON);
  }

  private static TableLayout layout(Header h, Path file) throws ImportException {
    TableLayout l = new TableLayout(h);
    l.time = h.find("Cumulative Time", "Total Time", "Test Time");
    if (l.time >= 0) {
      l.timeFormat = TableLayout.TimeFormat.DURATION;
    } else if ((l.time = h.find("Absolute Time", "Realtime", "Date")) >= 0) {
      // BTS 7 records: the date and time, and the step's own time ("Relative Time")
      l.timeFormat = TableLayout.TimeFormat.DATE_TIME;
    } else {
      l.time = DelimitedText.require(h, file, "Cumulative Time", "Time");
      l.timeFormat = TableLayout.TimeFormat.DURATION;
    }
    l.voltage = DelimitedText.require(h, file, "Voltage(V)", "Voltage");
    l.voltageFactor = Units.toVolts(h.unit(l.voltage), "V", file, h.raw(l.voltage));
    l.current = DelimitedText.require(h, file, "Current(A)", "Current", "Cur");
    l.currentFactor = Units.toMilliAmps(h.unit(l.current), "A", file, h.raw(l.current));
    l.counter = h.find("Capacity");
    if (l.counter >= 0) {
      l.counterFactor = Units.toMilliAmpHours(h.unit(l.counter), "Ah", file, h.raw(l.counter));
    } else if (h.find("Chg. Cap.") >= 0 && h.find("DChg. Cap.") >= 0) {
      l.counter = h.find("Chg. Cap.");
      l.counterFactor = Units.toMilliAmpHours(h.unit(l.counter), "Ah", file, h.raw(l.counter));
      l.dischargeCounter = h.find("DChg. Cap.");
      l.dischargeCounterFactor =
          Units.toMilliAmpHours(h.unit(l.dischargeCounter), "Ah", file, h.raw(l.dischargeCounter));
    }
    l.cycle = h.find("Cycle Index", "Cycle");
    l.step = h.find("Step Index", "Step ID", "Step");
    l.state = h.find("Step Type", "Status");
    return l;
  }
}

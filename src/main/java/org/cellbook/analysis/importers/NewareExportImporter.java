package org.cellbook.analysis.importers;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cellbook.analysis.series.CellSeries;
import org.cellbook.analysis.series.SeriesMetadata;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Neware BTSDA flat record export, CSV or xlsx: one column row with {@code Cycle Index, Step Index,
 * Step Type, Cumulative Time, Current(A), Voltage(V), Capacity(Ah), ...}. Units are read from the
 * headers (A/Ah or mA/mAh); the capacity counter resets at every step. The nested three-header-line
 * layout is recognised and refused with advice.
 */
public final class NewareExportImporter implements CyclerImporter {

  @Override
  public String formatName() {
    return "Neware export";
  }

  private static boolean isColumnRow(Header h) {
    return h.find("Step Type") >= 0 && h.find("Current") >= 0 && h.find("Voltage") >= 0;
  }

  @Override
  public double detect(FileSample sample) {
    if (sample.isZip()) {
      Workbooks.Preview p = sample.spreadsheet();
      return p.anyCellEquals("Step Type") && p.anyCellEquals("Cycle Index") ? 0.85 : 0;
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
    if (sample.isZip()) {
      try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
        layout = null;
        for (Sheet s : wb.getSheets().toList()) {
          try (Workbooks.XlsxTable t = new Workbooks.XlsxTable(wb, s)) {
            while (layout == null && t.next()) {
              String[] cells = new String[t.fieldCount()];
              for (int c = 0; c < cells.length; c++) {
                cells[c] = t.text(c);
              }
              Header h = new Header(cells);
              if (isColumnRow(h)) {
                layout = layout(h, file);
                layout.readAll(t, builder, file, false);
              }
            }
          }
          if (layout != null) {
            break;
          }
        }
        if (layout == null) {
          throw new ImportException(file, "no Neware record sheet (Step Type, Current, Voltage)");
        }
      } catch (IOException | RuntimeException e) {
        throw new ImportException(file, "cannot read the workbook: " + e.getMessage(), e);
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
    return builder.build(
        new SeriesMetadata(
            sample.isZip() ? "Neware BTSDA .xlsx" : "Neware BTSDA .csv",
            "Neware",
            null,
            null,
            null,
            List.of(),
            Map.of(),
            List.of()),
        layout.counter >= 0 ? SeriesBuilder.Counter.RESETS_EACH_STEP : SeriesBuilder.Counter.NONE);
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
    org.cellbook.analysis.series.StepType type = null;
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
        SeriesBuilder.Counter.RESETS_EACH_STEP);
  }

  private static TableLayout layout(Header h, Path file) throws ImportException {
    TableLayout l = new TableLayout(h);
    l.time = h.find("Cumulative Time", "Total Time", "Test Time");
    if (l.time < 0) {
      l.time = DelimitedText.require(h, file, "Cumulative Time", "Time");
    }
    l.timeFormat = TableLayout.TimeFormat.DURATION;
    l.timeFactor = 1;
    l.voltage = DelimitedText.require(h, file, "Voltage(V)", "Voltage");
    l.voltageFactor = Units.toVolts(h.unit(l.voltage), "V", file, h.raw(l.voltage));
    l.current = DelimitedText.require(h, file, "Current(A)", "Current");
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
    l.state = h.find("Step Type");
    return l;
  }
}

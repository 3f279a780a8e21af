package org.cellbook.analysis.importers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cellbook.analysis.series.CellSeries;
import org.cellbook.analysis.series.SeriesMetadata;

/**
 * Arbin MITS Pro exports: CSV (as used by BEEP: {@code Test_Time, Current, Charge_Capacity} in s,
 * A, Ah without units in the header) and workbooks, xlsx or BIFF .xls ({@code Global_Info} or
 * {@code Info} plus one or more {@code Channel_<n>_<k>} or {@code Channel_1-008} sheets,
 * concatenated in order, headers with units). Current &gt; 0 = charge. The charge and discharge
 * counters are cumulative within a cycle and reset when Cycle_Index changes; empty
 * Step_Index/Cycle_Index cells are accepted.
 */
public final class ArbinExportImporter implements CyclerImporter {

  @Override
  public String formatName() {
    return "Arbin export";
  }

  private static boolean isColumnRow(Header h) {
    return h.find("Test_Time") >= 0
        && h.find("Current") >= 0
        && h.find("Voltage") >= 0
        && h.find("Charge_Capacity") >= 0;
  }

  @Override
  public double detect(FileSample sample) {
    if (sample.isZip() || sample.isOle2()) {
      Workbooks.Preview p = sample.spreadsheet();
      boolean channelSheet = p.sheetContaining("channel_") >= 0;
      boolean header = p.anyCellEquals("Test_Time(s)") || p.anyCellEquals("Test_Time");
      return header ? (channelSheet ? 0.95 : 0.8) : 0;
    }
    if (!sample.isText() || sample.lines().isEmpty()) {
      return 0;
    }
    Header h = new Header(DelimitedText.splitHeader(sample.lines().getFirst(), ","));
    return isColumnRow(h) ? 0.9 : isMetadata(h) ? 0.6 : 0;
  }

  /** The companion metadata CSV (test and schedule ids, no records). */
  private static boolean isMetadata(Header h) {
    return h.find("Test_ID") >= 0 && h.find("Schedule_File_Name") >= 0 && h.find("Voltage") < 0;
  }

  @Override
  public CellSeries parse(Path file, ImportOptions options) throws ImportException {
    FileSample sample = DelimitedText.sample(file);
    SeriesBuilder builder = new SeriesBuilder(SeriesBuilder.expectedRecords(sample));
    List<String> warnings = new ArrayList<>();
    boolean workbook = sample.isZip() || sample.isOle2();
    if (workbook) {
      int sheets =
          Workbooks.read(file, sample.isOle2(), all -> readChannelSheets(all, builder, file));
      if (sheets == 0) {
        throw new ImportException(
            file, "no Channel_* sheet with Test_Time, Current, Voltage, Charge_Capacity");
      }
      if (sheets > 1) {
        warnings.add(sheets + " Channel sheets concatenated");
      }
    } else {
      if (!sample.lines().isEmpty()
          && isMetadata(new Header(DelimitedText.splitHeader(sample.lines().getFirst(), ",")))) {
        throw new ImportException(
            file,
            1,
            null,
            "this is an Arbin metadata file (test and schedule information, no records); import"
                + " the data CSV exported with it");
      }
      DelimitedText.Opened o =
          DelimitedText.open(file, (byte) ',', null, 1, ArbinExportImporter::isColumnRow);
      try (TextTable t = o.table()) {
        layout(o.header(), file).readAll(t, builder, file, false);
      } catch (IOException e) {
        throw new ImportException(file, "cannot read the file: " + e.getMessage());
      }
    }
    return builder.build(
        new SeriesMetadata(
            sample.isZip() ? "Arbin .xlsx" : sample.isOle2() ? "Arbin .xls" : "Arbin .csv",
            "Arbin",
            null,
            null,
            null,
            List.of(),
            Map.of(),
            warnings),
        SeriesBuilder.Counter.RESTARTS_OR_CARRIES_ON);
  }

  /**
   * Reads every {@code Channel_*} sheet (a long test is split over {@code Channel_1-005_1}, {@code
   * _2}, … in order) whose first row is a record header; returns how many were read.
   */
  private static int readChannelSheets(
      List<Workbooks.SheetTable> sheets, SeriesBuilder builder, Path file)
      throws IOException, ImportException {
    int read = 0;
    for (Workbooks.SheetTable s : sheets) {
      if (!s.name().toLowerCase(Locale.ROOT).startsWith("channel")) {
        continue;
      }
      try (RecordTable t = s.open()) {
        if (t.next()) {
          Header h = new Header(Workbooks.cells(t));
          if (isColumnRow(h)) {
            layout(h, file).readAll(t, builder, file, false);
            read++;
          }
        }
      }
    }
    return read;
  }

  static TableLayout layout(Header h, Path file) throws ImportException {
    TableLayout l = new TableLayout(h);
    l.time = DelimitedText.require(h, file, "Test_Time", "Test_Time");
    l.timeFactor = Units.toSeconds(h.unit(l.time), "s", file, h.raw(l.time));
    l.voltage = DelimitedText.require(h, file, "Voltage", "Voltage");
    l.voltageFactor = Units.toVolts(h.unit(l.voltage), "V", file, h.raw(l.voltage));
    l.current = DelimitedText.require(h, file, "Current", "Current");
    l.currentFactor = Units.toMilliAmps(h.unit(l.current), "A", file, h.raw(l.current));
    l.counter = DelimitedText.require(h, file, "Charge_Capacity", "Charge_Capacity");
    l.counterFactor = Units.toMilliAmpHours(h.unit(l.counter), "Ah", file, h.raw(l.counter));
    l.dischargeCounter = DelimitedText.require(h, file, "Discharge_Capacity", "Discharge_Capacity");
    l.dischargeCounterFactor =
        Units.toMilliAmpHours(h.unit(l.dischargeCounter), "Ah", file, h.raw(l.dischargeCounter));
    l.cycle = h.find("Cycle_Index");
    l.step = h.find("Step_Index");
    int temp = h.find("Temperature", "Aux_Temperature_1");
    l.temperature = temp;
    return l;
  }
}

package org.cellbook.analysis.importers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cellbook.analysis.series.CellSeries;
import org.cellbook.analysis.series.SeriesMetadata;

/**
 * PEC SBT CSV export: {@code key:,value} metadata lines and a {@code #RESULTS CHECK} block, then
 * the column row {@code Test,Cell,Rack,...}. The units are the export's choice and written in the
 * column titles: voltage in mV or V, current in mA or A (signed, &gt; 0 = charge), time in seconds,
 * minutes, decimal hours or {@code hh:mm:ss.xxx}; charge/discharge capacity counters in mAh,
 * cumulative over a cycle.
 */
public final class PecCsvImporter implements CyclerImporter {

  @Override
  public String formatName() {
    return "PEC csv";
  }

  private static boolean isColumnRow(Header h) {
    return h.find("Test") == 0
        && h.find("Cell") >= 0
        && h.find("Voltage") >= 0
        && h.find("Current") >= 0;
  }

  @Override
  public double detect(FileSample sample) {
    if (!sample.isText()) {
      return 0;
    }
    boolean check = sample.lines().stream().anyMatch(l -> l.startsWith("#RESULTS CHECK"));
    boolean columns =
        sample.lines().stream()
            .limit(100)
            .anyMatch(l -> isColumnRow(new Header(DelimitedText.splitHeader(l, ","))));
    return columns ? (check ? 0.95 : 0.7) : 0;
  }

  @Override
  public CellSeries parse(Path file, ImportOptions options) throws ImportException {
    FileSample sample = DelimitedText.sample(file);
    DelimitedText.Opened o =
        DelimitedText.open(file, (byte) ',', null, 200, PecCsvImporter::isColumnRow);
    Header h = o.header();
    TableLayout l = new TableLayout(h);
    l.time = DelimitedText.require(h, file, "Total Time (Seconds)", "Total Time");
    // PEC writes the time unit chosen for the export: Seconds, Minutes, Decimal Hours, or
    // "Hours in hh:mm:ss.xxx" (a duration whose hours run past 24)
    String timeUnit = h.unit(l.time);
    if (timeUnit.contains(":")) {
      l.timeFormat = TableLayout.TimeFormat.DURATION;
    } else {
      l.timeFactor = Units.toSeconds(timeUnit, "s", file, h.raw(l.time));
    }
    l.voltage = DelimitedText.require(h, file, "Voltage (mV)", "Voltage");
    l.voltageFactor = Units.toVolts(h.unit(l.voltage), "mV", file, h.raw(l.voltage));
    l.current = DelimitedText.require(h, file, "Current (mA)", "Current");
    l.currentFactor = Units.toMilliAmps(h.unit(l.current), "mA", file, h.raw(l.current));
    l.counter = DelimitedText.require(h, file, "Charge Capacity (mAh)", "Charge Capacity (mAh)");
    l.dischargeCounter =
        DelimitedText.require(h, file, "Discharge Capacity (mAh)", "Discharge Capacity (mAh)");
    l.cycle = h.find("Cycle");
    l.step = h.find("Step");
    SeriesBuilder builder = new SeriesBuilder(SeriesBuilder.expectedRecords(sample));
    try (TextTable t = o.table()) {
      l.readAll(t, builder, file, false);
    } catch (IOException e) {
      throw new ImportException(file, "cannot read the file: " + e.getMessage());
    }
    Map<String, String> extra = new HashMap<>();
    for (String line : o.linesBefore()) {
      int c = line.indexOf(":,");
      if (c > 0) {
        extra.putIfAbsent(line.substring(0, c).strip(), line.substring(c + 2).strip());
      }
    }
    return builder.build(
        new SeriesMetadata("PEC SBT .csv", "PEC", null, null, null, List.of(), extra, List.of()),
        SeriesBuilder.Counter.RESTARTS_OR_CARRIES_ON);
  }
}

package org.cellbook.analysis.importers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cellbook.analysis.series.CellSeries;
import org.cellbook.analysis.series.SeriesMetadata;

/**
 * Maccor text exports ({@code .txt}, numbered {@code .0xx}) in their several dialects: a variable
 * metadata header, then a tab-separated column row whose first field is {@code Rec#} or {@code
 * Rec}. The current is logged unsigned and its direction is taken from the State/Md column (C =
 * charge → +, D = discharge → −). The capacity counter resets when the state changes and carries on
 * across CC→CV steps of one state. Times are {@code d hh:mm:ss}, seconds ({@code Test (Sec)}) or
 * bare numbers of minutes (SIMBA layout). Decimal commas are detected from the data.
 */
public final class MaccorTextImporter implements CyclerImporter {

  @Override
  public String formatName() {
    return "Maccor text";
  }

  private static boolean isColumnRow(Header h) {
    return h.size() > 3
        && (h.raw(0).equals("Rec#") || h.raw(0).equals("Rec"))
        && h.find("State", "Md") >= 0;
  }

  @Override
  public double detect(FileSample sample) {
    if (!sample.isText()) {
      return 0;
    }
    List<String> lines = sample.lines();
    for (int i = 0; i < Math.min(60, lines.size()); i++) {
      if (isColumnRow(new Header(lines.get(i).split("\t", -1)))) {
        return 0.9;
      }
    }
    return 0;
  }

  @Override
  public CellSeries parse(Path file, ImportOptions options) throws ImportException {
    FileSample sample = DelimitedText.sample(file);
    DelimitedText.Opened o =
        DelimitedText.open(
            file,
            (byte) '\t',
            options.charset().orElse(StandardCharsets.ISO_8859_1),
            200,
            MaccorTextImporter::isColumnRow);
    Header h = o.header();
    boolean decimalComma =
        DelimitedText.usesDecimalComma(
            DelimitedText.firstDataLine(sample, o.headerLine()), (byte) '\t');
    TableLayout l = new TableLayout(h);
    int seconds = h.find("Test (Sec)", "Test(Sec)");
    if (seconds >= 0) {
      l.time = seconds;
    } else {
      l.time = DelimitedText.require(h, file, "TestTime", "TestTime", "Test Time");
      l.timeFormat = TableLayout.TimeFormat.DURATION_OR_MINUTES;
    }
    l.voltage = DelimitedText.require(h, file, "Volts", "Volts", "Voltage");
    l.voltageFactor =
        h.raw(l.voltage).equalsIgnoreCase("Volts")
            ? 1
            : Units.toVolts(h.unit(l.voltage), "V", file, h.raw(l.voltage));
    l.current = h.find("Amps", "mAmps", "Current");
    if (l.current < 0) {
      DelimitedText.require(h, file, "Amps", "Amps");
    }
    String currentName = h.raw(l.current);
    l.currentFactor =
        currentName.equalsIgnoreCase("mAmps")
            ? 1
            : currentName.equalsIgnoreCase("Amps")
                ? 1000
                : Units.toMilliAmps(h.unit(l.current), "A", file, currentName);
    l.counter = h.find("Amp-hr", "mAmp-hr", "Cap.", "Capacity");
    if (l.counter >= 0) {
      String n = h.raw(l.counter);
      l.counterFactor =
          n.equalsIgnoreCase("mAmp-hr")
              ? 1
              : n.equalsIgnoreCase("Amp-hr")
                  ? 1000
                  : Units.toMilliAmpHours(h.unit(l.counter), "Ah", file, n);
    }
    l.cycle = h.find("Cyc#", "Cycle C", "Cycle");
    l.step = h.find("Step");
    l.state = h.find("State", "Md");
    l.currentSignFromState = true;
    SeriesBuilder builder = new SeriesBuilder(SeriesBuilder.expectedRecords(sample));
    try (TextTable t = o.table()) {
      t.decimalComma(decimalComma);
      l.readAll(t, builder, file, decimalComma);
    } catch (IOException e) {
      throw new ImportException(file, "cannot read the file: " + e.getMessage());
    }
    List<String> warnings = new ArrayList<>();
    if (decimalComma) {
      warnings.add("decimal commas read as decimal points");
    }
    if (l.bareMinutesSeen) {
      warnings.add("bare numbers in '" + h.raw(l.time) + "' read as minutes (SIMBA layout)");
    }
    if (builder.maxAbsVoltage() > 100) {
      builder.scaleVoltage(1e-3);
      warnings.add("'" + h.raw(l.voltage) + "' holds millivolts (values above 100): scaled to V");
    }
    return builder.build(
        new SeriesMetadata(
            "Maccor text", "Maccor", null, null, null, o.linesBefore(), Map.of(), warnings),
        l.counter >= 0 ? SeriesBuilder.Counter.RESTARTS_OR_CARRIES_ON : SeriesBuilder.Counter.NONE);
  }
}

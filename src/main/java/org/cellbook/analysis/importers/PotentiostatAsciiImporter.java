package org.cellbook.analysis.importers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cellbook.analysis.series.CellSeries;
import org.cellbook.analysis.series.SeriesMetadata;

/**
 * Autolab NOVA ASCII exports and similar generic potentiostat text files: one column row such as
 * {@code Potential applied (V);Time (s);WE(1).Current (A);WE(1).Potential (V);Scan;Index}, with
 * semicolon, tab or comma separators and units in the headers. The measured potential is preferred
 * over the applied one; {@code Scan} is the cycle index. No charge counter is read (analyses
 * integrate the current).
 */
public final class PotentiostatAsciiImporter implements CyclerImporter {

  private static final String[] TIME = {"Time", "Corrected time", "t"};
  private static final String[] POTENTIAL = {
    "WE(1).Potential", "Potential", "E", "Ewe", "Potential applied"
  };
  private static final String[] CURRENT = {"WE(1).Current", "Current", "I"};

  @Override
  public String formatName() {
    return "Potentiostat ASCII (Autolab NOVA)";
  }

  private static boolean isColumnRow(Header h) {
    return h.find(TIME) >= 0 && h.find(POTENTIAL) >= 0 && h.find(CURRENT) >= 0;
  }

  @Override
  public double detect(FileSample sample) {
    if (!sample.isText() || sample.lines().isEmpty()) {
      return 0;
    }
    String first = sample.lines().getFirst();
    byte d = DelimitedText.guessDelimiter(first);
    Header h = new Header(DelimitedText.splitHeader(first, String.valueOf((char) d)));
    if (!isColumnRow(h)) {
      return 0;
    }
    return first.contains("WE(1).") ? 0.9 : 0.4;
  }

  @Override
  public CellSeries parse(Path file, ImportOptions options) throws ImportException {
    FileSample sample = DelimitedText.sample(file);
    String first = sample.lines().isEmpty() ? "" : sample.lines().getFirst();
    byte d = DelimitedText.guessDelimiter(first);
    DelimitedText.Opened o =
        DelimitedText.open(file, d, null, 1, PotentiostatAsciiImporter::isColumnRow);
    Header h = o.header();
    boolean decimalComma =
        DelimitedText.usesDecimalComma(DelimitedText.firstDataLine(sample, o.headerLine()), d);
    TableLayout l = new TableLayout(h);
    l.time = DelimitedText.require(h, file, "Time (s)", TIME);
    l.timeFactor = Units.toSeconds(h.unit(l.time), "s", file, h.raw(l.time));
    l.voltage = DelimitedText.require(h, file, "Potential (V)", POTENTIAL);
    l.voltageFactor = Units.toVolts(h.unit(l.voltage), "V", file, h.raw(l.voltage));
    l.current = DelimitedText.require(h, file, "Current (A)", CURRENT);
    l.currentFactor = Units.toMilliAmps(h.unit(l.current), "A", file, h.raw(l.current));
    l.cycle = h.find("Scan", "Cycle");
    l.step = l.cycle;
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
    return builder.build(
        new SeriesMetadata(
            first.contains("WE(1).") ? "Autolab NOVA ASCII" : "Potentiostat ASCII",
            first.contains("WE(1).") ? "Metrohm Autolab" : null,
            null,
            null,
            null,
            List.of(),
            Map.of(),
            warnings),
        SeriesBuilder.Counter.NONE);
  }
}

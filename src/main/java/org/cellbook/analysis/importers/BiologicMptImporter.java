package org.cellbook.analysis.importers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cellbook.analysis.series.CellSeries;
import org.cellbook.analysis.series.InstrumentStepType;
import org.cellbook.analysis.series.SeriesMetadata;

/**
 * BioLogic EC-Lab / BT-Lab ASCII export ({@code .mpt}). The header length comes from the file's own
 * "Nb header lines : N" line (N counts every header line including the column row); numbers may use
 * a decimal comma (European-locale EC-Lab). Current is {@code I/mA} or {@code <I>/mA}, or {@code
 * control/V/mA} for GCPL files without an I column; positive = oxidation, as the series wants.
 * Charge comes from the signed running total {@code (Q-Qo)/mA.h}, else from EC-Lab's half-cycle
 * counter {@code Q charge/discharge/mA.h}, never from integrating a noisy rest current.
 */
public final class BiologicMptImporter implements CyclerImporter {

  private static final Pattern HEADER_LINES =
      Pattern.compile("(?i)Nb\\s+header\\s+lines\\s*:\\s*(\\d+)");
  private static final Pattern MASS =
      Pattern.compile(
          "(?i)(?:Mass of active material|Characteristic mass)\\s*:\\s*"
              + "(\\d+(?:[.,]\\d*)?|[.,]\\d+)\\s*(mg|g)"); // a number, not "." or ","
  private static final Charset CP1252 = Charset.forName("windows-1252");

  @Override
  public String formatName() {
    return "BioLogic .mpt";
  }

  @Override
  public double detect(FileSample sample) {
    if (!sample.isText() || sample.lines().isEmpty()) {
      return 0;
    }
    String first = sample.lines().getFirst().strip();
    if (first.equals("EC-Lab ASCII FILE") || first.equals("BT-Lab ASCII FILE")) {
      return 0.99;
    }
    if (first.startsWith("mode\t") || (first.contains("Ewe/V") && first.contains("time/s"))) {
      return 0.8;
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
    int headerLines = 1;
    List<String> sampleLines = sample.lines();
    if (!sampleLines.isEmpty() && sampleLines.getFirst().contains("ASCII FILE")) {
      Matcher m = sampleLines.size() > 1 ? HEADER_LINES.matcher(sampleLines.get(1)) : null;
      if (m == null || !m.find()) {
        throw new ImportException(file, 2, null, "expected 'Nb header lines : N'");
      }
      // at least the column row; a count of ten digits or more (beyond an int) is no header
      String n = m.group(1);
      headerLines = n.length() <= 9 ? Integer.parseInt(n) : 0;
      if (headerLines < 1) {
        throw new ImportException(
            file, 2, null, "'Nb header lines : " + n + "' is not a header length");
      }
    }
    boolean decimalComma = false;
    if (sampleLines.size() > headerLines) {
      String firstData = sampleLines.get(headerLines);
      decimalComma = firstData.indexOf(',') >= 0 && firstData.indexOf('.') < 0;
    }
    Charset fallback = options.charset().orElse(CP1252);
    try (InputStream in = Files.newInputStream(file)) {
      TextTable table = new TextTable(in, (byte) '\t', fallback);
      table.decimalComma(decimalComma);
      List<String> header = new ArrayList<>();
      for (int i = 0; i < headerLines; i++) {
        if (!table.readLine()) {
          throw new ImportException(
              file, i + 1, null, "file ends inside the " + headerLines + "-line header");
        }
        header.add(table.lineText());
      }
      String columnRow = header.getLast();
      Header h = new Header(columnRow.split("\t", -1));
      boolean cv = header.stream().anyMatch(l -> l.contains("Cyclic Voltammetry"));
      TableLayout layout = layout(h, file, cv);
      SeriesBuilder builder = new SeriesBuilder(SeriesBuilder.expectedRecords(sample));
      layout.readAll(table, builder, file, decimalComma);
      Map<String, String> extra = new HashMap<>();
      List<String> comments = new ArrayList<>();
      Double mass = null;
      for (String line : header.subList(0, header.size() - 1)) {
        Matcher m = MASS.matcher(line);
        if (mass == null && m.find()) {
          double v = Double.parseDouble(m.group(1).replace(',', '.'));
          mass = m.group(2).equals("g") ? v * 1000 : v;
        }
        int colon = line.indexOf(" : ");
        if (colon > 0) {
          extra.putIfAbsent(line.substring(0, colon).strip(), line.substring(colon + 3).strip());
        }
        if (line.startsWith("Comments")) {
          comments.add(line.substring(line.indexOf(':') + 1).strip());
        }
      }
      List<String> warnings = new ArrayList<>();
      if (decimalComma) {
        warnings.add("decimal commas read as decimal points");
      }
      SeriesBuilder.Counter counter = counter(h, layout);
      String technique = cv ? " (CV)" : "";
      return builder.build(
          new SeriesMetadata(
              "BioLogic .mpt" + technique,
              "BioLogic",
              extra.get("Run on channel"),
              null,
              mass,
              comments,
              extra,
              warnings),
          counter);
    } catch (IOException e) {
      throw new ImportException(file, "cannot read the file: " + e.getMessage());
    }
  }

  /** How the layout's charge column counts: (Q-Qo) runs on, Q charge/discharge restarts. */
  static SeriesBuilder.Counter counter(Header h, TableLayout l) {
    if (l.counter < 0) {
      return SeriesBuilder.Counter.NONE;
    }
    return h.raw(l.counter).startsWith("(Q-Qo)")
        ? SeriesBuilder.Counter.SIGNED_RUNNING_TOTAL
        : SeriesBuilder.Counter.RESTARTS_OR_CARRIES_ON;
  }

  static TableLayout layout(Header h, Path file, boolean cv) throws ImportException {
    TableLayout l = new TableLayout(h);
    l.time = h.find("time/s");
    l.voltage = h.find("Ewe/V", "<Ewe>/V", "Ecell/V", "<Ecell>/V");
    l.current = h.find("I/mA", "<I>/mA");
    if (l.current < 0) {
      l.current = h.find("control/V/mA");
    }
    if (l.current < 0) {
      l.current = h.find("control/mA");
    }
    String[] names = {"time/s", "Ewe/V", "I/mA"};
    int[] found = {l.time, l.voltage, l.current};
    for (int k = 0; k < names.length; k++) {
      if (found[k] < 0) {
        throw new ImportException(
            file,
            -1,
            names[k],
            "column is missing (columns: " + String.join(", ", h.rawNames()) + ")");
      }
    }
    // the running total (Q-Qo); else the half cycle's own counter, signed and restarting at
    // each half cycle (CP and GCPL exports may carry only that one)
    l.counter = h.find("(Q-Qo)/mA.h", "(Q-Qo)/C", "Q charge/discharge/mA.h");
    if (l.counter >= 0) {
      String unit = h.raw(l.counter).substring(h.raw(l.counter).lastIndexOf('/') + 1);
      l.counterFactor = Units.toMilliAmpHours(unit, "mAh", file, h.raw(l.counter));
    }
    l.cycle = h.find("cycle number");
    l.step = h.find("Ns");
    if (l.step < 0) {
      l.step = h.find("half cycle");
    }
    if (l.step < 0) {
      l.step = h.find("ox/red");
    }
    l.state = h.find("mode");
    // galvanostatic steps (mode 1) programmed at 0 mA are rests (a CP's Is = 0 sequences)
    int control = h.find("control/mA", "control/V/mA");
    if (control >= 0 && control != l.current) {
      l.setCurrent = control;
      l.setCurrentState = "1";
    }
    l.temperature = h.find("Temperature/°C", "Temperature/C");
    // mode: 1 galvanostatic, 2 potentiostatic, 3 rest; sign of I decides charge/discharge
    l.stateMapping =
        text ->
            switch (text.strip()) {
              case "3" -> InstrumentStepType.REST;
              case "2" -> cv ? InstrumentStepType.SWEEP : null;
              default -> null;
            };
    return l;
  }
}

package org.cellbook.analysis.importers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cellbook.analysis.series.CellSeries;
import org.cellbook.analysis.series.SeriesMetadata;
import org.jspecify.annotations.Nullable;

/**
 * Any delimited text file (comma, semicolon or tab; '#' comment lines before the column row) read
 * with a user-given {@link ColumnMapping}. Without a mapping, columns are recognised from plain
 * names with a unit suffix ({@code voltage_V}, {@code current_mA}, {@code capacity_mAh}, {@code
 * test_time_s}, {@code cycle}, {@code step}, {@code step_type}), at low detection confidence so
 * that instrument-specific importers win.
 */
public final class GenericDelimitedImporter implements CyclerImporter {

  private static final Pattern SUFFIX_UNIT =
      Pattern.compile("(?i)^(.*?)[_ ](v|mv|a|ma|ua|ah|mah|uah|s|min|h)$");
  private static final Pattern MASS =
      Pattern.compile("(?i)active[_ ]?mass(?:[_ ]?(mg|g))?\\s*[:=,]\\s*([0-9]+(?:\\.[0-9]+)?)");

  @Override
  public String formatName() {
    return "Generic delimited text";
  }

  @Override
  public double detect(FileSample sample) {
    if (!sample.isText()) {
      return 0;
    }
    String columns = firstNonComment(sample.lines());
    if (columns == null) {
      return 0;
    }
    byte d = DelimitedText.guessDelimiter(columns);
    try {
      infer(new Header(DelimitedText.splitHeader(columns, String.valueOf((char) d))), null);
      return 0.3;
    } catch (ImportException e) {
      return 0;
    }
  }

  private static @Nullable String firstNonComment(List<String> lines) {
    for (String l : lines) {
      if (!l.isBlank() && !l.startsWith("#")) {
        return l;
      }
    }
    return null;
  }

  @Override
  public CellSeries parse(Path file, ImportOptions options) throws ImportException {
    FileSample sample = DelimitedText.sample(file);
    String columns = firstNonComment(sample.lines());
    if (columns == null) {
      throw new ImportException(file, "no column row found");
    }
    byte d = DelimitedText.guessDelimiter(columns);
    DelimitedText.Opened o =
        DelimitedText.open(
            file,
            d,
            options.charset().orElse(null),
            10_000,
            h -> h.size() > 1 && !h.raw(0).startsWith("#"));
    ColumnMapping mapping =
        options.columnMapping().isPresent()
            ? options.columnMapping().get()
            : infer(o.header(), file);
    boolean decimalComma =
        DelimitedText.usesDecimalComma(DelimitedText.firstDataLine(sample, o.headerLine()), d);
    TableLayout l = layout(o.header(), mapping, file);
    SeriesBuilder builder = new SeriesBuilder(SeriesBuilder.expectedRecords(sample));
    try (TextTable t = o.table()) {
      t.decimalComma(decimalComma);
      l.readAll(t, builder, file, decimalComma);
    } catch (IOException e) {
      throw new ImportException(file, "cannot read the file: " + e.getMessage());
    }
    List<String> comments = new ArrayList<>();
    Double mass = null;
    for (String line : o.linesBefore()) {
      String c = line.replaceFirst("^#\\s*", "");
      comments.add(c);
      Matcher m = MASS.matcher(c);
      if (mass == null && m.find()) {
        double v = Double.parseDouble(m.group(2));
        mass = "g".equalsIgnoreCase(m.group(1)) ? v * 1000 : v;
      }
    }
    List<String> warnings = new ArrayList<>();
    if (options.columnMapping().isEmpty()) {
      warnings.add(
          "columns recognised from their names: "
              + mapping.columns().entrySet().stream()
                  .sorted(java.util.Map.Entry.comparingByKey())
                  .map(
                      e ->
                          e.getValue().name()
                              + " → "
                              + e.getKey()
                                  .name()
                                  .toLowerCase(java.util.Locale.ROOT)
                                  .replace('_', ' ')
                              + (e.getValue().unit().isEmpty()
                                  ? ""
                                  : " (" + e.getValue().unit() + ")"))
                  .collect(java.util.stream.Collectors.joining(", ")));
    }
    SeriesBuilder.Counter counter =
        l.counter < 0
            ? SeriesBuilder.Counter.NONE
            : switch (mapping.counter()) {
              // whether it restarts or carries on is decided at each step boundary
              case RESETS_EACH_STEP, CUMULATIVE -> SeriesBuilder.Counter.RESTARTS_OR_CARRIES_ON;
              case SIGNED_RUNNING_TOTAL -> SeriesBuilder.Counter.SIGNED_RUNNING_TOTAL;
            };
    return builder.build(
        new SeriesMetadata("Delimited text", null, null, null, mass, comments, Map.of(), warnings),
        counter);
  }

  private static TableLayout layout(Header h, ColumnMapping m, Path file) throws ImportException {
    TableLayout l = new TableLayout(h);
    for (var e : m.columns().entrySet()) {
      String name = e.getValue().name();
      int i = h.find(name);
      if (i < 0) {
        throw new ImportException(
            file,
            -1,
            name,
            "mapped column not found (columns: " + String.join(", ", h.rawNames()) + ")");
      }
      String unit = e.getValue().unit().isEmpty() ? h.unit(i) : e.getValue().unit();
      switch (e.getKey()) {
        case TIME -> {
          l.time = i;
          l.timeFactor = Units.toSeconds(unit, "s", file, name);
        }
        case VOLTAGE -> {
          l.voltage = i;
          l.voltageFactor = Units.toVolts(unit, "V", file, name);
        }
        case CURRENT -> {
          l.current = i;
          l.currentFactor = Units.toMilliAmps(unit, "mA", file, name);
        }
        case CHARGE -> {
          l.counter = i;
          l.counterFactor = Units.toMilliAmpHours(unit, "mAh", file, name);
        }
        case CYCLE -> l.cycle = i;
        case STEP -> l.step = i;
        case STEP_TYPE -> l.state = i;
        case TEMPERATURE -> l.temperature = i;
      }
    }
    l.currentSignFromState = m.currentSignFromStepType();
    return l;
  }

  /** Recognises plain column names; throws when time, voltage or current is not found. */
  static ColumnMapping infer(Header h, Path file) throws ImportException {
    Map<ColumnMapping.Quantity, ColumnMapping.Column> map =
        new EnumMap<>(ColumnMapping.Quantity.class);
    for (int i = 0; i < h.size(); i++) {
      String raw = h.raw(i);
      String name = h.unit(i).isEmpty() ? raw : h.key(i);
      String unit = h.unit(i);
      Matcher m = SUFFIX_UNIT.matcher(raw);
      if (unit.isEmpty() && m.matches()) {
        name = m.group(1);
        unit = m.group(2);
      }
      String k = Header.normalise(name);
      ColumnMapping.Quantity q =
          switch (k) {
            case "testtime", "time", "totaltime", "elapsedtime" -> ColumnMapping.Quantity.TIME;
            case "voltage", "potential", "ewe", "ecell" -> ColumnMapping.Quantity.VOLTAGE;
            case "current", "i" -> ColumnMapping.Quantity.CURRENT;
            case "capacity", "charge", "stepcapacity" -> ColumnMapping.Quantity.CHARGE;
            case "cycle", "cycleindex", "cyclenumber" -> ColumnMapping.Quantity.CYCLE;
            case "step", "stepindex" -> ColumnMapping.Quantity.STEP;
            case "steptype", "state", "status" -> ColumnMapping.Quantity.STEP_TYPE;
            case "temperature" -> ColumnMapping.Quantity.TEMPERATURE;
            default -> null;
          };
      if (q != null && !map.containsKey(q)) {
        map.put(q, new ColumnMapping.Column(raw, unit));
      }
    }
    for (ColumnMapping.Quantity q :
        new ColumnMapping.Quantity[] {
          ColumnMapping.Quantity.TIME,
          ColumnMapping.Quantity.VOLTAGE,
          ColumnMapping.Quantity.CURRENT
        }) {
      if (!map.containsKey(q)) {
        throw new ImportException(
            file,
            -1,
            q.name().toLowerCase(java.util.Locale.ROOT),
            "no column recognised; give a column mapping (columns: "
                + String.join(", ", h.rawNames())
                + ")");
      }
    }
    return new ColumnMapping(map, ColumnMapping.Counter.RESETS_EACH_STEP, false);
  }
}

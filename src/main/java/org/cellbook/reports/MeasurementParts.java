package org.cellbook.reports;

import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cellbook.measurements.KpiValue;
import org.cellbook.measurements.Measurement;
import org.cellbook.measurements.MeasurementFile;
import org.cellbook.measurements.MeasurementPlots;
import org.cellbook.measurements.MeasurementService;
import org.cellbook.measurements.plots.Plot;
import org.cellbook.reports.ReportParts.Figure;
import org.cellbook.reports.ReportParts.MeasurementPart;
import org.cellbook.reports.ReportParts.RawFile;
import org.cellbook.reports.ReportParts.Result;
import org.cellbook.reports.ReportParts.Table;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * Measurements as report sections: current KPIs, the analysis's tables (rate table, b-values, XRD
 * components, temperature series), warnings and the same plots the measurement page draws, plus the
 * raw files with their SHA-256 and the analysis version behind the numbers.
 */
@Component
class MeasurementParts {

  static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The analysis's list results worth a table in print, with their titles. */
  private static final Map<String, String> TABLES =
      Map.of(
          "rate_table", "Rate capability",
          "temperature_series", "Temperature series",
          "b_values", "b-values (i = a·vᵇ)",
          "xrd_components", "XRD (002) components");

  private final MeasurementService measurements;
  private final MeasurementPlots plots;

  MeasurementParts(MeasurementService measurements, MeasurementPlots plots) {
    this.measurements = measurements;
    this.plots = plots;
  }

  /** Sections and raw files of these measurements; their plots are added to {@code figures}. */
  record Built(List<MeasurementPart> parts, List<RawFile> files) {}

  Built of(List<Measurement> list, Map<String, Plot> figures) {
    List<MeasurementPart> parts = new ArrayList<>();
    for (Measurement m : list) {
      parts.add(part(m, figures));
    }
    return new Built(parts, files(list));
  }

  /** The raw files of these measurements with the analysis version of their current results. */
  List<RawFile> files(List<Measurement> list) {
    List<RawFile> files = new ArrayList<>();
    for (Measurement m : list) {
      for (MeasurementFile f : m.getFiles()) {
        files.add(
            new RawFile(
                m.getCode(),
                f.getOriginalName(),
                f.getSha256(),
                size(f.getSizeBytes()),
                m.getAnalysisVersion() == null ? "not analysed" : m.getAnalysisVersion()));
      }
    }
    return files;
  }

  private MeasurementPart part(Measurement m, Map<String, Plot> figures) {
    List<Result> results = new ArrayList<>();
    int marks = 0;
    for (KpiValue k : measurements.currentKpis(m.getCode())) {
      results.add(
          k.plausible()
              ? new Result(k.label(), k.display(), k.name(), "", "")
              : new Result(k.label(), k.display(), k.name(), "!" + ++marks, k.implausibleReason()));
    }
    // The current run's document, read and parsed once for its warnings and tables.
    String json = measurements.currentResultJson(m.getCode());
    JsonNode doc = json == null ? MissingNode.getInstance() : JSON.readTree(json);
    List<String> warnings = new ArrayList<>(MeasurementService.warnings(doc));
    List<Figure> shown = new ArrayList<>();
    try {
      for (Plot p : plots.of(m.getCode())) {
        String key = m.getCode() + "/" + p.id();
        figures.put(key, p);
        shown.add(Figure.of(key, p));
      }
    } catch (IOException | RuntimeException e) {
      warnings.add("Plots could not be drawn: " + e.getMessage());
    }
    return new MeasurementPart(
        m.getCode(),
        m.getTechnique() == null ? "not recognised" : m.getTechnique().label(),
        m.targetCode(),
        m.getFormat() == null ? "—" : m.getFormat(),
        m.getStatus().name().toLowerCase(Locale.ROOT),
        m.getRecordCount() == null ? "—" : String.format(Locale.ROOT, "%,d", m.getRecordCount()),
        m.getAnalysedAt() == null ? "—" : MINUTE.format(m.getAnalysedAt()),
        m.getErrorMessage(),
        results,
        tables(doc),
        warnings,
        Figure.rows(shown));
  }

  /** Lists of objects in the analysis document, one table each, columns from their fields. */
  private static List<Table> tables(JsonNode doc) {
    List<Table> out = new ArrayList<>();
    JsonNode kpis = doc.path("kpis");
    for (Map.Entry<String, String> wanted : TABLES.entrySet()) {
      JsonNode list = kpis.path(wanted.getKey());
      if (!list.isArray() || list.isEmpty() || !list.get(0).isObject()) {
        continue;
      }
      List<String> headers = new ArrayList<>();
      for (Map.Entry<String, JsonNode> field : list.get(0).properties()) {
        headers.add(field.getKey());
      }
      List<List<String>> rows = new ArrayList<>();
      for (JsonNode row : list) {
        rows.add(headers.stream().map(h -> cell(h, row.path(h))).toList());
      }
      out.add(
          new Table(
              wanted.getValue(),
              headers.stream().map(h -> new KpiValue(h, 0, null).label()).toList(),
              rows));
    }
    out.sort(Comparator.comparing(Table::title));
    return out;
  }

  private static String cell(String name, JsonNode v) {
    if (v.isNumber()) {
      return new KpiValue(name, v.doubleValue(), KpiValue.unitOf(name)).display();
    }
    return v.isMissingNode() || v.isNull() ? "—" : v.asString();
  }

  static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    double kib = bytes / 1024.0;
    return kib < 1024
        ? String.format(Locale.ROOT, "%.1f KiB", kib)
        : String.format(Locale.ROOT, "%.1f MiB", kib / 1024);
  }
}

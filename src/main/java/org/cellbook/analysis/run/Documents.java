package org.cellbook.analysis.run;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The parts every analysis document shares: the header that names the file, and the closing
 * implausible KPIs, warnings and (in the app's stored document) plot data.
 */
final class Documents {

  private Documents() {}

  /** The header of a document on cycler records: the file, the technique and the series. */
  static JsonWriter seriesHeader(SeriesRun r) {
    AnalysedFile f = r.file();
    SeriesFacts s = r.series();
    return new JsonWriter()
        .beginObject()
        .field("file", f.path())
        .field("sha256", f.sha256())
        .field("format", f.format())
        .field("format_name", f.formatName())
        .field("technique", r.technique())
        .field("records", f.records())
        .field("voltage_min_v", s.voltageMinVolts())
        .field("voltage_max_v", s.voltageMaxVolts())
        .field("active_mass_mg", s.activeMassMilligrams());
  }

  /** The header of a document on a materials file: the file and the technique. */
  static JsonWriter materialsHeader(AnalysisResult r) {
    AnalysedFile f = r.file();
    return new JsonWriter()
        .beginObject()
        .field("file", f.path())
        .field("sha256", f.sha256())
        .field("format", f.format())
        .field("technique", r.technique())
        .field("records", f.records());
  }

  /**
   * Closes the document with the implausible KPIs (name → reason, empty when all is well), the
   * warnings followed by each implausible KPI's reason, and the plot data when asked for.
   */
  static String footer(JsonWriter w, AnalysisResult r, boolean plotData) {
    w.name("implausible").beginObject();
    r.implausible().forEach(w::field);
    w.endObject().name("warnings").beginArray();
    r.warnings().forEach(w::value);
    r.implausible().values().forEach(w::value);
    w.endArray();
    if (plotData && r.plotData() != null) {
      w.name("plot");
      RecordJson.write(w, r.plotData());
    }
    return w.endObject() + System.lineSeparator();
  }

  /** Writes a KPI from the result's map: null when it could not be computed. */
  static JsonWriter kpi(JsonWriter w, Map<String, Number> kpis, String name) {
    return w.field(name, kpis.get(name));
  }

  /** The text table's closing lines: each warning, then each implausible KPI's reason. */
  static String notes(List<String> warnings, Map<String, String> implausible) {
    StringBuilder b = new StringBuilder();
    warnings.forEach(x -> b.append("note: ").append(x).append(System.lineSeparator()));
    implausible
        .values()
        .forEach(x -> b.append("IMPLAUSIBLE: ").append(x).append(System.lineSeparator()));
    return b.toString();
  }

  static String f(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }
}

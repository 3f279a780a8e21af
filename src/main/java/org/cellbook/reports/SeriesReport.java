package org.cellbook.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cellbook.base.RecordType;
import org.cellbook.base.ReportKind;
import org.cellbook.materials.LotService;
import org.cellbook.measurements.Measurement;
import org.cellbook.measurements.MeasurementService;
import org.cellbook.measurements.SeriesComparison;
import org.cellbook.measurements.SeriesComparison.BatchRow;
import org.cellbook.measurements.SeriesComparison.Variable;
import org.cellbook.measurements.plots.Plot;
import org.cellbook.reports.ReportParts.Figure;
import org.cellbook.reports.ReportParts.Table;
import org.cellbook.synthesis.BatchSeries;
import org.cellbook.synthesis.BatchService;
import org.cellbook.synthesis.SynthesisBatch;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A saved series: the comparison table (build data, product KPIs, cell means ± sd) and the study's
 * structure–property plots, each with its OLS line and fit statistics.
 */
@Component
class SeriesReport {

  private static final int COLUMNS = 5;

  private final BatchService batches;
  private final LotService lots;
  private final MeasurementService measurements;
  private final MeasurementParts measurementParts;
  private final SeriesComparison comparison;
  private final ReportHeaders headers;

  SeriesReport(
      BatchService batches,
      LotService lots,
      MeasurementService measurements,
      MeasurementParts measurementParts,
      SeriesComparison comparison,
      ReportHeaders headers) {
    this.batches = batches;
    this.lots = lots;
    this.measurements = measurements;
    this.measurementParts = measurementParts;
    this.comparison = comparison;
    this.headers = headers;
  }

  @Transactional(readOnly = true)
  ReportDocument build(String code, String author) {
    BatchSeries series = batches.series(code);
    List<SynthesisBatch> members = batches.batchesOf(series.getCode());
    List<BatchRow> rows =
        comparison.compare(members.stream().map(SynthesisBatch::getCode).toList());
    Map<String, Object> model = new LinkedHashMap<>();
    Map<String, Plot> plots = new LinkedHashMap<>();
    String title = "Series " + series.getCode() + " · " + series.getName();
    model.put(
        "header",
        headers.header(
            RecordType.SERIES,
            ReportKind.SERIES.title(),
            series.getCode(),
            title,
            members.size()
                + " batches, route "
                + series.getRouteCode()
                + (series.getParameterName() == null
                    ? ""
                    : ", varying " + series.getParameterName()),
            author,
            BatchSeries.class,
            series.getId()));
    model.put("comparison", tables(rows));
    List<Figure> figures = new ArrayList<>();
    for (String[] preset : SeriesComparison.PRESETS) {
      SeriesComparison.Scatter s = SeriesComparison.scatter(rows, preset[0], preset[1]);
      String key = "series/" + s.plot().id();
      plots.put(key, s.plot());
      figures.add(Figure.of(key, s.plot()));
    }
    model.put("figures", Figure.rows(figures));
    List<Measurement> all = new ArrayList<>();
    for (SynthesisBatch b : members) {
      lots.producedBy(b.getId()).forEach(l -> all.addAll(measurements.ofLot(l.getCode())));
    }
    model.put("files", measurementParts.files(all));
    return new ReportDocument(
        ReportKind.SERIES,
        series.getCode(),
        title,
        "Series report: comparison and structure–property plots of " + series.getCode(),
        String.join(
            ", ", List.of("Cellbook", "series report", series.getCode(), series.getRouteCode())),
        model,
        plots);
  }

  /**
   * One row per key variable present (build data, materials, cells), one column per batch: a series
   * has more quantities than batches, and a page is taller than wide. Columns go {@value #COLUMNS}
   * batches to a table.
   */
  private static List<Table> tables(List<BatchRow> rows) {
    List<Variable> variables =
        SeriesComparison.variables(rows).stream().filter(SeriesComparison::isKey).toList();
    List<Table> out = new ArrayList<>();
    for (int from = 0; from < rows.size(); from += COLUMNS) {
      List<BatchRow> chunk = rows.subList(from, Math.min(rows.size(), from + COLUMNS));
      List<String> headers = new ArrayList<>(List.of("Quantity"));
      chunk.forEach(r -> headers.add(r.code() + " · " + r.name()));
      List<List<String>> lines = new ArrayList<>();
      for (Variable v : variables) {
        List<String> line = new ArrayList<>(List.of(v.label()));
        chunk.forEach(r -> line.add(r.text(v.key())));
        lines.add(line);
      }
      out.add(new Table("Batches compared", headers, lines));
    }
    return out;
  }
}

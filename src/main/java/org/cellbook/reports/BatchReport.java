package org.cellbook.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cellbook.base.Numbers;
import org.cellbook.base.RecordType;
import org.cellbook.base.ReportKind;
import org.cellbook.lineage.Lineage;
import org.cellbook.lineage.LineageService;
import org.cellbook.lineage.TraceDirection;
import org.cellbook.materials.Lot;
import org.cellbook.materials.LotService;
import org.cellbook.measurements.KpiValue;
import org.cellbook.measurements.Measurement;
import org.cellbook.measurements.MeasurementService;
import org.cellbook.measurements.SeriesComparison;
import org.cellbook.measurements.plots.Plot;
import org.cellbook.reports.ReportParts.Fact;
import org.cellbook.reports.ReportParts.Table;
import org.cellbook.synthesis.BatchInput;
import org.cellbook.synthesis.BatchService;
import org.cellbook.synthesis.BatchStep;
import org.cellbook.synthesis.FillerRatio;
import org.cellbook.synthesis.SynthesisBatch;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A batch: route and steps, inputs with their lots and masses, planned against weighed ratio,
 * yield, the product's characterization with plots, and every cell made from it with its results.
 */
@Component
class BatchReport {

  /** The cell results the summary table shows, in this order. */
  static final List<String> CELL_KPIS =
      List.of(
          "reversible_capacity_mah_g",
          "ice",
          "plateau_capacity_mah_g",
          "sloping_capacity_mah_g",
          "retention_last_cycle");

  private final BatchService batches;
  private final LotService lots;
  private final LineageService lineage;
  private final LineageParts lineageParts;
  private final MeasurementService measurements;
  private final MeasurementParts measurementParts;
  private final SeriesComparison comparison;
  private final ReportHeaders headers;

  BatchReport(
      BatchService batches,
      LotService lots,
      LineageService lineage,
      LineageParts lineageParts,
      MeasurementService measurements,
      MeasurementParts measurementParts,
      SeriesComparison comparison,
      ReportHeaders headers) {
    this.batches = batches;
    this.lots = lots;
    this.lineage = lineage;
    this.lineageParts = lineageParts;
    this.measurements = measurements;
    this.measurementParts = measurementParts;
    this.comparison = comparison;
    this.headers = headers;
  }

  @Transactional(readOnly = true)
  ReportDocument build(String code, String author) {
    SynthesisBatch b = batches.get(code);
    Map<String, Plot> plots = new LinkedHashMap<>();
    Map<String, Object> model = new LinkedHashMap<>();
    String title = "Batch " + b.getCode() + " · " + b.getName();
    model.put(
        "header",
        headers.header(
            RecordType.BATCH,
            ReportKind.BATCH.title(),
            b.getCode(),
            title,
            "Route " + b.getRouteCode(),
            author,
            SynthesisBatch.class,
            b.getId()));
    List<Lot> products = lots.producedBy(b.getId());
    model.put("identity", identity(b, products));
    model.put("steps", steps(b));
    model.put("inputs", inputs(b));
    model.put("ratio", ratio(b));
    List<Measurement> characterization = new ArrayList<>();
    products.forEach(l -> characterization.addAll(measurements.ofLot(l.getCode())));
    Lineage forward = lineage.trace(b.getCode(), TraceDirection.FORWARD);
    List<String> cellCodes =
        forward.nodes().stream()
            .filter(n -> n.record().type() == RecordType.CELL)
            .map(n -> n.record().code())
            .toList();
    List<Measurement> cellMeasurements = measurements.ofCells(cellCodes);
    MeasurementParts.Built built = measurementParts.of(characterization, plots);
    model.put("characterization", built.parts());
    SeriesComparison.BatchRow row = comparison.compare(List.of(b.getCode())).getFirst();
    model.put(
        "materialSummary",
        summary("Key results of the product (mean ± sd over its lots)", row.materials()));
    model.put(
        "cellSummary",
        summary("Key results of its half cells (mean ± sd over the cells)", row.cells()));
    model.put("cells", cells(cellCodes, cellMeasurements));
    List<ReportParts.RawFile> files = new ArrayList<>(built.files());
    files.addAll(measurementParts.files(cellMeasurements));
    model.put("files", files);
    return new ReportDocument(
        ReportKind.BATCH,
        b.getCode(),
        title,
        "Batch report: route, inputs, characterization and cells of " + b.getCode(),
        String.join(", ", List.of("Cellbook", "batch report", b.getCode(), b.getRouteCode())),
        model,
        plots);
  }

  private List<Fact> identity(SynthesisBatch b, List<Lot> products) {
    List<Fact> facts = new ArrayList<>();
    facts.add(new Fact("Code", b.getCode()));
    facts.add(new Fact("Name", b.getName()));
    facts.add(new Fact("Route", b.getRouteCode()));
    facts.add(
        new Fact(
            "Series",
            b.getSeries() == null
                ? "—"
                : b.getSeries().getCode() + " · " + b.getSeries().getName()));
    facts.add(new Fact("Status", b.getStatus().label()));
    facts.add(new Fact("Operator", CellReport.orDash(b.getOperatorName())));
    facts.add(
        new Fact(
            "Planned / started / finished",
            "%s / %s / %s"
                .formatted(
                    dash(b.getPlannedOn()), dash(b.getStartedOn()), dash(b.getFinishedOn()))));
    facts.add(
        new Fact(
            "Highest set-point",
            b.getKeyTemperatureCelsius() == null
                ? "—"
                : Numbers.plain(b.getKeyTemperatureCelsius()) + " °C"));
    facts.add(
        new Fact(
            "Product",
            b.getProductMassGrams() == null
                ? "not recorded"
                : Numbers.plain(b.getProductMassGrams())
                    + " g"
                    + b.yieldSummary().map(y -> ", " + y).orElse("")
                    + (products.isEmpty()
                        ? ""
                        : " → "
                            + String.join(", ", products.stream().map(Lot::getCode).toList()))));
    facts.add(new Fact("Notes", CellReport.orDash(b.getNotes())));
    return facts;
  }

  private static String dash(@Nullable Object o) {
    return o == null ? "—" : o.toString();
  }

  private static Table steps(SynthesisBatch b) {
    List<List<String>> rows = new ArrayList<>();
    for (BatchStep s : b.getSteps()) {
      rows.add(List.of(String.valueOf(s.getSeqNo()), s.parameters().summary()));
    }
    return new Table("Route and steps", List.of("#", "Step"), rows);
  }

  private static Table inputs(SynthesisBatch b) {
    List<List<String>> rows = new ArrayList<>();
    for (BatchInput i : b.getInputs()) {
      rows.add(
          List.of(
              String.valueOf(i.getSeqNo()),
              i.getRole().label(),
              i.getLot() == null ? "—" : i.getLot().getCode(),
              i.getLot() == null ? "—" : i.getLot().getMaterial().getName(),
              grams(i.getPlannedMassGrams()),
              grams(i.getMassGrams())));
    }
    return new Table(
        "Inputs", List.of("#", "Role", "Lot", "Material", "Planned (g)", "Weighed (g)"), rows);
  }

  private static String grams(@Nullable Double g) {
    return g == null ? "—" : String.format(Locale.ROOT, "%.4f", g);
  }

  private List<Fact> ratio(SynthesisBatch b) {
    List<Fact> facts = new ArrayList<>();
    if (b.getPlannedFillerPerHost() != null) {
      facts.add(
          new Fact("Planned host : filler", FillerRatio.asRatio(b.getPlannedFillerPerHost())));
    }
    b.weighedFillerPerHost()
        .ifPresent(r -> facts.add(new Fact("Weighed host : filler", FillerRatio.asRatio(r))));
    batches
        .ratioCheck(b)
        .ifPresent(
            c ->
                facts.add(
                    new Fact(
                        "Deviation",
                        String.format(
                            Locale.ROOT,
                            "%+.1f %% (%s the ±%s %% tolerance)",
                            c.deviationPercent(),
                            c.withinTolerance() ? "within" : "OUTSIDE",
                            Numbers.plain(batches.ratioTolerancePercent())))));
    return facts;
  }

  /** Means of plausible values; the implausible ones left out are counted in the notes. */
  private static Table summary(String title, Map<String, SeriesComparison.Stat> stats) {
    List<List<String>> rows = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    stats.forEach(
        (name, s) -> {
          if (SeriesComparison.KEY_KPIS.contains(name)) {
            String label = new KpiValue(name, s.mean(), s.unit()).label();
            rows.add(List.of(label, s.display(name), String.valueOf(s.n())));
            if (s.implausibleNote() != null) {
              notes.add(label + ": " + s.implausibleNote() + " (outside the physical range)");
            }
          }
        });
    return new Table(title, List.of("Result", "Mean ± sd", "n"), rows, notes);
  }

  /** One row per cell: its build facts and its first analysed measurement's key results. */
  private Table cells(List<String> cellCodes, List<Measurement> cellMeasurements) {
    Map<String, List<KpiValue>> byMeasurement = measurements.keyResults(cellMeasurements);
    Map<String, Map<String, KpiValue>> byCell = new LinkedHashMap<>();
    for (Measurement m : cellMeasurements) {
      Map<String, KpiValue> kpis =
          byCell.computeIfAbsent(m.targetCode(), k -> new LinkedHashMap<>());
      for (KpiValue k : byMeasurement.getOrDefault(m.getCode(), List.of())) {
        kpis.putIfAbsent(k.name(), k);
      }
    }
    List<String> headers = new ArrayList<>(List.of("Cell", "What it is"));
    CELL_KPIS.forEach(k -> headers.add(new KpiValue(k, 0, KpiValue.unitOf(k)).label()));
    List<List<String>> rows = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (String code : cellCodes) {
      List<String> row = new ArrayList<>();
      row.add(code);
      row.add(lineageParts.describe(new org.cellbook.base.RecordRef(RecordType.CELL, code, null)));
      Map<String, KpiValue> kpis = byCell.getOrDefault(code, Map.of());
      for (String k : CELL_KPIS) {
        KpiValue v = kpis.get(k);
        if (v == null) {
          row.add("—");
        } else if (v.plausible()) {
          row.add(v.display());
        } else {
          String mark = "!" + (notes.size() + 1);
          row.add(v.display() + " " + mark);
          notes.add(mark + " " + code + ", implausible: " + v.implausibleReason());
        }
      }
      rows.add(row);
    }
    return new Table("Cells made from this batch", headers, rows, notes);
  }
}

package org.cellbook.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.cellbook.base.Problems;
import org.cellbook.measurements.CellSearch;
import org.cellbook.measurements.KpiCondition;
import org.cellbook.measurements.SeriesComparison;
import org.cellbook.synthesis.BatchFilter;
import org.cellbook.synthesis.BatchService;
import org.cellbook.synthesis.SynthesisBatch;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Cells and batches with their lineage and KPIs, filtered and paged in the database. */
@RestController
@RequestMapping("/api/v1")
class RecordsApi {

  /** One page of results. */
  record Page<T>(int page, int size, List<T> items) {}

  /** A batch with how it was made and what it and its half cells measure. */
  record BatchItem(
      String code,
      String name,
      String route,
      String status,
      Double carbonizationTemperatureC,
      Double fillerPerHost,
      Map<String, Double> materialKpis,
      Map<String, Double> cellKpiMeans,
      Map<String, Integer> cellCounts) {}

  static final int MAX_PAGE = 1_000_000;
  static final int MAX_CELLS_PER_PAGE = 1000;
  static final int MAX_BATCHES_PER_PAGE = 200;

  private final CellSearch cells;
  private final BatchService batches;
  private final SeriesComparison comparison;

  RecordsApi(CellSearch cells, BatchService batches, SeriesComparison comparison) {
    this.cells = cells;
    this.batches = batches;
    this.comparison = comparison;
  }

  /**
   * Cells, e.g. {@code ?kpi=ice>0.8&min_temperature_c=1000}: every {@code kpi} condition must hold
   * for the cell's current KPIs; temperatures are the carbonization temperature of the batch that
   * made its active material.
   */
  @GetMapping("/cells")
  Page<CellSearch.Hit> cells(
      @RequestParam(name = "kpi", required = false) List<String> kpi,
      @RequestParam(name = "min_temperature_c", required = false) Double minTemperature,
      @RequestParam(name = "max_temperature_c", required = false) Double maxTemperature,
      @RequestParam(required = false) String batch,
      @RequestParam(required = false) String status,
      @RequestParam(defaultValue = "code") String sort,
      @RequestParam(defaultValue = "false") boolean desc,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    checkPage(page, size, MAX_CELLS_PER_PAGE);
    List<KpiCondition> conditions =
        kpi == null ? List.of() : kpi.stream().map(KpiCondition::parse).toList();
    return new Page<>(
        page,
        size,
        cells.find(
            new CellSearch.Query(conditions, minTemperature, maxTemperature, batch, status),
            sort,
            desc,
            page * size,
            size));
  }

  /** One cell with its lineage and current KPIs, as in the list. */
  @GetMapping("/cells/{code}")
  CellSearch.Hit cell(@PathVariable String code) {
    return cells.get(code);
  }

  /** Batches, newest first unless sorted otherwise, with product and cell KPIs. */
  @GetMapping("/batches")
  Page<BatchItem> batches(
      @RequestParam(required = false) String series,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    checkPage(page, size, MAX_BATCHES_PER_PAGE);
    List<SynthesisBatch> found =
        series != null && !series.isBlank()
            ? batches.batchesOf(series.strip())
            : batches.page(
                BatchFilter.none(), PageRequest.of(page, size, Sort.by("code").descending()));
    return new Page<>(page, size, items(found));
  }

  /** One batch with how it was made and what it and its half cells measure, as in the list. */
  @GetMapping("/batches/{code}")
  BatchItem batch(@PathVariable String code) {
    return items(List.of(batches.get(code))).getFirst();
  }

  /**
   * Pages are numbered from 0; the largest page number keeps the row offset far inside what the
   * databases take.
   */
  private static void checkPage(int page, int size, int maxSize) {
    new Problems()
        .check(
            page >= 0 && page <= MAX_PAGE,
            "page",
            "page must be between 0 and " + MAX_PAGE + " (pages are numbered from 0)")
        .check(size >= 1 && size <= maxSize, "size", "size must be between 1 and " + maxSize)
        .throwIfAny();
  }

  private List<BatchItem> items(List<SynthesisBatch> found) {
    return comparison.compare(found.stream().map(SynthesisBatch::getCode).toList()).stream()
        .map(
            r -> {
              SynthesisBatch b =
                  found.stream().filter(x -> x.getCode().equals(r.code())).findFirst().get();
              return new BatchItem(
                  r.code(),
                  r.name(),
                  b.getRouteCode(),
                  b.getStatus().name().toLowerCase(Locale.ROOT),
                  r.temperatureCelsius(),
                  r.fillerPerHost(),
                  means(r.materials()),
                  means(r.cells()),
                  r.cells().entrySet().stream()
                      .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().n())));
            })
        .toList();
  }

  private static Map<String, Double> means(Map<String, SeriesComparison.Stat> stats) {
    return stats.entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().mean()));
  }
}

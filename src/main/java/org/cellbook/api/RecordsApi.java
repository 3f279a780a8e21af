package org.cellbook.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.cellbook.base.Problems;
import org.cellbook.base.RecordType;
import org.cellbook.cells.CellService;
import org.cellbook.measurements.CellSearch;
import org.cellbook.measurements.KpiCondition;
import org.cellbook.measurements.SeriesComparison;
import org.cellbook.signatures.SignatureService;
import org.cellbook.synthesis.BatchFilter;
import org.cellbook.synthesis.BatchService;
import org.cellbook.synthesis.SynthesisBatch;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cells and batches with their lineage and KPIs, filtered and paged in the database. Lists leave
 * withdrawn records out; a record asked for by code is answered withdrawn or not.
 */
@RestController
@RequestMapping("/api/v1")
class RecordsApi {

  /** One page of results. */
  record Page<T>(int page, int size, List<T> items) {}

  /**
   * A cell as {@link CellSearch.Hit} (its fields, {@code kpis} and {@code implausible} included),
   * with each KPI also as a {@link KpiResult}: value, plausible, reason.
   */
  record CellItem(@JsonUnwrapped CellSearch.Hit cell, List<KpiResult> results) {

    static CellItem of(CellSearch.Hit hit) {
      return new CellItem(
          hit,
          hit.kpis().entrySet().stream()
              .map(e -> KpiResult.of(e.getKey(), e.getValue(), hit.implausible()))
              .toList());
    }
  }

  /**
   * A batch with how it was made and what it and its half cells measure. Means leave out KPIs
   * outside their physical range unless {@code include_implausible} is set.
   *
   * @param implausibleLeftOut implausible values left out of the means, by variable ("cell:ice",
   *     "material:bet_area_m2_g"); empty when none were or they were included
   * @param implausibleIncluded implausible values included in the means, by variable
   */
  record BatchItem(
      String code,
      String name,
      String route,
      String status,
      @Nullable Double carbonizationTemperatureC,
      @Nullable Double fillerPerHost,
      Map<String, Double> materialKpis,
      Map<String, Double> cellKpiMeans,
      Map<String, Integer> cellCounts,
      Map<String, Integer> implausibleLeftOut,
      Map<String, Integer> implausibleIncluded) {}

  static final int MAX_PAGE = 1_000_000;
  static final int MAX_CELLS_PER_PAGE = 1000;
  static final int MAX_BATCHES_PER_PAGE = 200;

  private final CellSearch cells;
  private final CellService cellRecords;
  private final BatchService batches;
  private final SeriesComparison comparison;
  private final SignatureService signatures;

  RecordsApi(
      CellSearch cells,
      CellService cellRecords,
      BatchService batches,
      SeriesComparison comparison,
      SignatureService signatures) {
    this.cells = cells;
    this.cellRecords = cellRecords;
    this.batches = batches;
    this.comparison = comparison;
    this.signatures = signatures;
  }

  /**
   * Cells, e.g. {@code ?kpi=ice>0.8&min_temperature_c=1000}: every {@code kpi} condition must hold
   * for the cell's current KPIs; temperatures are the carbonization temperature of the batch that
   * made its active material.
   */
  @GetMapping("/cells")
  Page<CellItem> cells(
      @RequestParam(name = "kpi", required = false) @Nullable List<String> kpi,
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
        cells
            .find(
                new CellSearch.Query(conditions, minTemperature, maxTemperature, batch, status),
                sort,
                desc,
                page * size,
                size)
            .stream()
            .map(CellItem::of)
            .toList());
  }

  /** One cell with its lineage and current KPIs, as in the list; withdrawn ones too. */
  @GetMapping("/cells/{code}")
  RecordStatus.With<CellItem> cell(@PathVariable String code) {
    return new RecordStatus.With<>(
        CellItem.of(cells.get(code)),
        RecordStatus.of(
            cellRecords.get(code), SignaturesApi.items(signatures, RecordType.CELL, code)));
  }

  /**
   * Batches, newest first unless sorted otherwise, with product and cell KPIs; {@code
   * include_implausible} counts KPIs outside their physical range in the means.
   */
  @GetMapping("/batches")
  Page<BatchItem> batches(
      @RequestParam(required = false) @Nullable String series,
      @RequestParam(name = "include_implausible", defaultValue = "false") boolean all,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    checkPage(page, size, MAX_BATCHES_PER_PAGE);
    List<SynthesisBatch> found =
        series != null && !series.isBlank()
            ? batches.batchesOf(series.strip())
            : batches.page(
                BatchFilter.none(), PageRequest.of(page, size, Sort.by("code").descending()));
    return new Page<>(page, size, items(found, all));
  }

  /**
   * One batch with how it was made and what it and its half cells measure, as in the list;
   * withdrawn ones too.
   */
  @GetMapping("/batches/{code}")
  RecordStatus.With<BatchItem> batch(
      @PathVariable String code,
      @RequestParam(name = "include_implausible", defaultValue = "false") boolean all) {
    SynthesisBatch batch = batches.get(code);
    return new RecordStatus.With<>(
        items(List.of(batch), all).getFirst(),
        RecordStatus.of(batch, SignaturesApi.items(signatures, RecordType.BATCH, batch.getCode())));
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

  private List<BatchItem> items(List<SynthesisBatch> found, boolean includeImplausible) {
    return comparison
        .compare(found.stream().map(SynthesisBatch::getCode).toList(), includeImplausible)
        .stream()
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
                      .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().n())),
                  counts(r, SeriesComparison.Stat::leftOut),
                  counts(r, SeriesComparison.Stat::implausibleIn));
            })
        .toList();
  }

  /** Means of the KPIs with at least one value counted. */
  private static Map<String, Double> means(Map<String, SeriesComparison.Stat> stats) {
    return stats.entrySet().stream()
        .filter(e -> e.getValue().n() > 0)
        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().mean()));
  }

  /** A non-zero count of each KPI variable of the row ("cell:ice" → 1). */
  private static Map<String, Integer> counts(
      SeriesComparison.BatchRow r, ToIntFunction<SeriesComparison.Stat> count) {
    Map<String, Integer> out = new TreeMap<>();
    for (var prefix : Map.of("material:", r.materials(), "cell:", r.cells()).entrySet()) {
      prefix
          .getValue()
          .forEach(
              (name, stat) -> {
                if (count.applyAsInt(stat) > 0) {
                  out.put(prefix.getKey() + name, count.applyAsInt(stat));
                }
              });
    }
    return out;
  }
}

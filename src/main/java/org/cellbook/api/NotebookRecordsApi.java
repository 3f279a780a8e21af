package org.cellbook.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.cellbook.base.NotFoundException;
import org.cellbook.base.RecordType;
import org.cellbook.base.WithdrawableEntity;
import org.cellbook.cells.CellService;
import org.cellbook.electrodes.Disc;
import org.cellbook.electrodes.DiscMetrics;
import org.cellbook.electrodes.ElectrodeSheet;
import org.cellbook.electrodes.SheetService;
import org.cellbook.materials.Lot;
import org.cellbook.materials.LotService;
import org.cellbook.materials.Material;
import org.cellbook.materials.MaterialService;
import org.cellbook.measurements.MeasurementService;
import org.cellbook.signatures.SignatureService;
import org.cellbook.synthesis.BatchSeries;
import org.cellbook.synthesis.BatchService;
import org.cellbook.synthesis.SynthesisBatch;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The records without KPIs of their own (materials, lots, series, sheets, discs), one by code, and
 * the withdrawal of a record of any kind. Nothing is deleted through the API: a wrong record is
 * withdrawn with a reason.
 */
@RestController
@RequestMapping("/api/v1")
class NotebookRecordsApi {

  /** Body of a withdrawal. */
  record WithdrawalRequest(String reason) {}

  /** Answer to a withdrawal: the record's code and kind with its status after it. */
  record Withdrawn(String code, String kind, @JsonUnwrapped RecordStatus status) {}

  record MaterialItem(
      String code,
      String name,
      String kind,
      String supplier,
      String casNumber,
      @Nullable Double densityGPerCm3,
      @Nullable Double poreVolumeCm3PerG,
      @Nullable Double specificSurfaceAreaM2PerG,
      @Nullable Double molarMassGPerMol,
      @Nullable Double concentrationMolPerL,
      @Nullable Double arealMassMgPerCm2,
      @Nullable Double referenceCapacityMAhPerG,
      String notes) {

    static MaterialItem of(Material m) {
      return new MaterialItem(
          m.getCode(),
          m.getName(),
          m.getKind().name().toLowerCase(Locale.ROOT),
          m.getSupplier(),
          m.getCasNumber(),
          m.getDensityGramsPerCm3(),
          m.getPoreVolumeCm3PerGram(),
          m.getSpecificSurfaceAreaM2PerGram(),
          m.getMolarMassGramsPerMole(),
          m.getConcentrationMolesPerLitre(),
          m.getArealMassMilligramsPerCm2(),
          m.getReferenceCapacityMilliAmpHoursPerGram(),
          m.getNotes());
    }
  }

  /** A lot; amounts in {@code unit} (g, mL or pcs). */
  record LotItem(
      String code,
      String material,
      String origin,
      String unit,
      double amountInitial,
      double amountLeft,
      String supplier,
      String supplierLot,
      LocalDate receivedOn,
      LocalDate expiresOn,
      String location,
      String notes) {

    static LotItem of(Lot l) {
      return new LotItem(
          l.getCode(),
          l.getMaterial().getCode(),
          l.getOrigin().name().toLowerCase(Locale.ROOT),
          l.getUnit().symbol(),
          l.getAmountInitial(),
          l.getAmountLeft(),
          l.getSupplier(),
          l.getSupplierLot(),
          l.getReceivedOn(),
          l.getExpiresOn(),
          l.getLocation(),
          l.getNotes());
    }
  }

  /** A sheet: lots by code, mass fractions in % of the dry coating, its discs by code. */
  record SheetItem(
      String code,
      String name,
      String activeLot,
      String binderLot,
      String additiveLot,
      String collectorLot,
      double activeFractionPct,
      double binderFractionPct,
      double additiveFractionPct,
      @Nullable Double binderSolutionMgPerMl,
      String solvent,
      String coatingMethod,
      @Nullable Double slurryActiveMassG,
      String drying,
      LocalDate madeOn,
      String operator,
      String notes,
      List<String> discs) {

    static SheetItem of(ElectrodeSheet s) {
      return new SheetItem(
          s.getCode(),
          s.getName(),
          code(s.getActiveLot()),
          code(s.getBinderLot()),
          code(s.getAdditiveLot()),
          code(s.getCollectorLot()),
          s.getActiveFractionPercent(),
          s.getBinderFractionPercent(),
          s.getAdditiveFractionPercent(),
          s.getBinderSolutionMilligramsPerMillilitre(),
          s.getSolvent(),
          s.getCoatingMethod(),
          s.getSlurryActiveMassGrams(),
          s.getDrying(),
          s.getMadeOn(),
          s.getOperatorName(),
          s.getNotes(),
          s.getDiscs().stream().map(Disc::getCode).toList());
    }

    private static @Nullable String code(@Nullable Lot lot) {
      return lot == null ? null : lot.getCode();
    }
  }

  /** A disc's weighings and what follows from them; metrics null without a blank. */
  record DiscItem(
      String code,
      String sheet,
      double diameterMm,
      double discMassMg,
      @Nullable Double blankMassMg,
      @Nullable Double activeMassMg,
      @Nullable Double loadingMgPerCm2) {

    static @Nullable DiscItem of(Disc d) {
      Double blank =
          d.getBlankMassMilligrams() != null
              ? d.getBlankMassMilligrams()
              : d.getSheet().blankFromFoil(d.getDiameterMillimetres());
      DiscMetrics m = blank == null ? null : d.metrics();
      return new DiscItem(
          d.getCode(),
          d.getSheet().getCode(),
          d.getDiameterMillimetres(),
          d.getDiscMassMilligrams(),
          d.getBlankMassMilligrams(),
          m == null ? null : m.activeMassMilligrams(),
          m == null ? null : m.loadingMilligramsPerCm2());
    }
  }

  /** A series with its batches that are not withdrawn, by code. */
  record SeriesItem(
      String code,
      String name,
      String route,
      String parameter,
      String notes,
      List<String> batches) {}

  private final MaterialService materials;
  private final LotService lots;
  private final BatchService batches;
  private final SheetService sheets;
  private final CellService cells;
  private final MeasurementService measurements;
  private final SignatureService signatures;

  NotebookRecordsApi(
      MaterialService materials,
      LotService lots,
      BatchService batches,
      SheetService sheets,
      CellService cells,
      MeasurementService measurements,
      SignatureService signatures) {
    this.materials = materials;
    this.lots = lots;
    this.batches = batches;
    this.sheets = sheets;
    this.cells = cells;
    this.measurements = measurements;
    this.signatures = signatures;
  }

  @GetMapping("/materials/{code}")
  RecordStatus.With<MaterialItem> material(@PathVariable String code) {
    Material m = materials.get(code);
    return new RecordStatus.With<>(MaterialItem.of(m), RecordStatus.of(m));
  }

  @GetMapping("/lots/{code}")
  RecordStatus.With<LotItem> lot(@PathVariable String code) {
    Lot l = lots.get(code);
    return new RecordStatus.With<>(LotItem.of(l), RecordStatus.of(l));
  }

  @GetMapping("/sheets/{code}")
  RecordStatus.With<SheetItem> sheet(@PathVariable String code) {
    ElectrodeSheet s = sheets.get(code);
    return new RecordStatus.With<>(
        SheetItem.of(s),
        RecordStatus.of(s, SignaturesApi.items(signatures, RecordType.SHEET, s.getCode())));
  }

  @GetMapping("/discs/{code}")
  RecordStatus.With<DiscItem> disc(@PathVariable String code) {
    Disc d = sheets.disc(code);
    return new RecordStatus.With<>(DiscItem.of(d), RecordStatus.of(d));
  }

  @GetMapping("/series/{code}")
  RecordStatus.With<SeriesItem> series(@PathVariable String code) {
    BatchSeries s = batches.series(code);
    List<String> members = batches.batchesOf(code).stream().map(SynthesisBatch::getCode).toList();
    return new RecordStatus.With<>(
        new SeriesItem(
            s.getCode(),
            s.getName(),
            s.getRouteCode(),
            s.getParameterName(),
            s.getNotes(),
            members),
        RecordStatus.of(s, SignaturesApi.items(signatures, RecordType.SERIES, s.getCode())));
  }

  /**
   * Withdraws a record of any kind with the reason given: 200 with its status after it; 400 without
   * a reason or while something made from it stands (named); 403 for a viewer; 404 for an unknown
   * kind or code; 409 when it is signed or already withdrawn.
   */
  @PostMapping("/{kind}/{code}/withdrawal")
  Withdrawn withdraw(
      @PathVariable String kind,
      @PathVariable String code,
      @RequestBody(required = false) @Nullable WithdrawalRequest body) {
    String reason = body == null ? null : body.reason();
    WithdrawableEntity withdrawn =
        switch (kind) {
          case "materials" -> materials.withdraw(code, reason);
          case "lots" -> lots.withdraw(code, reason);
          case "batches" -> batches.withdraw(code, reason);
          case "series" -> batches.withdrawSeries(code, reason);
          case "sheets" -> sheets.withdraw(code, reason);
          case "discs" -> sheets.withdrawDisc(code, reason);
          case "cells" -> cells.withdraw(code, reason);
          case "measurements" -> measurements.withdraw(code, reason);
          default -> throw new NotFoundException("kind of record", kind);
        };
    return new Withdrawn(withdrawn.getCode(), kind, RecordStatus.of(withdrawn));
  }
}

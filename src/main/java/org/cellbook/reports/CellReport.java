package org.cellbook.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cellbook.base.Numbers;
import org.cellbook.base.RecordType;
import org.cellbook.base.ReportKind;
import org.cellbook.cells.Cell;
import org.cellbook.cells.CellService;
import org.cellbook.electrodes.Disc;
import org.cellbook.electrodes.DiscMetrics;
import org.cellbook.lineage.Lineage;
import org.cellbook.lineage.LineageService;
import org.cellbook.lineage.TraceDirection;
import org.cellbook.materials.Lot;
import org.cellbook.measurements.MeasurementService;
import org.cellbook.measurements.plots.Plot;
import org.cellbook.reports.ReportParts.Fact;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cell passport: identity and status, how it was built, its lineage back to the precursor lots
 * with what flowed at each step, and every measurement with its results and plots.
 */
@Component
class CellReport {

  private final CellService cells;
  private final LineageService lineage;
  private final LineageParts lineageParts;
  private final MeasurementService measurements;
  private final MeasurementParts measurementParts;
  private final ReportHeaders headers;

  CellReport(
      CellService cells,
      LineageService lineage,
      LineageParts lineageParts,
      MeasurementService measurements,
      MeasurementParts measurementParts,
      ReportHeaders headers) {
    this.cells = cells;
    this.lineage = lineage;
    this.lineageParts = lineageParts;
    this.measurements = measurements;
    this.measurementParts = measurementParts;
    this.headers = headers;
  }

  @Transactional(readOnly = true)
  ReportDocument build(String code, String author) {
    Cell cell = cells.get(code);
    Map<String, Plot> plots = new LinkedHashMap<>();
    Map<String, Object> model = new LinkedHashMap<>();
    String title =
        "Cell " + cell.getCode() + (cell.getName() == null ? "" : " · " + cell.getName());
    model.put(
        "header",
        headers.header(
            RecordType.CELL,
            ReportKind.CELL.title(),
            cell.getCode(),
            title,
            cell.getConfiguration().label() + ", " + cell.getFormat().label(),
            author,
            Cell.class,
            cell.getId()));
    model.put("identity", identity(cell));
    model.put("build", build(cell));
    Lineage back = lineage.trace(cell.getCode(), TraceDirection.BACK);
    model.put("lineage", lineageParts.records("Lineage back to the precursor lots", back));
    model.put("flows", lineageParts.flows("What flowed into what", back));
    MeasurementParts.Built built = measurementParts.of(measurements.ofCell(cell.getCode()), plots);
    model.put("measurements", built.parts());
    model.put("files", built.files());
    List<String> keywords = new ArrayList<>(List.of("Cellbook", "cell report", cell.getCode()));
    back.nodes().forEach(n -> keywords.add(n.record().code()));
    return new ReportDocument(
        ReportKind.CELL,
        cell.getCode(),
        title,
        "Cell passport: build, lineage and measurements of " + cell.getCode(),
        String.join(", ", keywords.stream().distinct().toList()),
        model,
        plots);
  }

  private static List<Fact> identity(Cell c) {
    List<Fact> facts = new ArrayList<>();
    facts.add(new Fact("Code", c.getCode()));
    facts.add(new Fact("Name", orDash(c.getName())));
    facts.add(new Fact("Status", c.getStatus().label()));
    facts.add(
        new Fact("Configuration", c.getConfiguration().label() + ", " + c.getFormat().label()));
    facts.add(new Fact("Assembled", c.getAssembledOn() + " by " + orDash(c.getAssembledBy())));
    facts.add(new Fact("Notes", orDash(c.getNotes())));
    return facts;
  }

  private List<Fact> build(Cell c) {
    List<Fact> facts = new ArrayList<>();
    Disc working = c.getWorkingDisc();
    facts.add(new Fact("Working electrode", disc(working)));
    facts.add(
        new Fact(
            "Counter electrode",
            c.getCounterDisc() != null ? disc(c.getCounterDisc()) : lot(c.getCounterLot())));
    facts.add(new Fact("Separator", lot(c.getSeparatorLot())));
    facts.add(
        new Fact(
            "Electrolyte",
            lot(c.getElectrolyteLot())
                + (c.getElectrolyteVolumeMicrolitres() == null
                    ? ""
                    : ", " + Numbers.plain(c.getElectrolyteVolumeMicrolitres()) + " µL")));
    facts.add(
        new Fact(
            "Glovebox",
            "H₂O %s ppm, O₂ %s ppm".formatted(ppm(c.getWaterPpm()), ppm(c.getOxygenPpm()))));
    facts.add(new Fact("Cycler · channel", orDash(c.getCycler()) + " · " + orDash(c.getChannel())));
    cells
        .balance(c)
        .ifPresent(
            b -> {
              facts.add(
                  new Fact(
                      "N/P",
                      String.format(
                          Locale.ROOT,
                          "%.2f (areal capacity %.3f / %.3f mAh cm⁻²)",
                          b.negativeToPositiveRatio(),
                          b.negativeArealCapacityMilliAmpHoursPerCm2(),
                          b.positiveArealCapacityMilliAmpHoursPerCm2())));
              facts.add(new Fact("Negative : positive active mass", b.massRatio()));
            });
    return facts;
  }

  private static String disc(Disc d) {
    DiscMetrics m = d.metrics();
    return String.format(
        Locale.ROOT,
        "%s from sheet %s (%s, %s): ⌀ %s mm, %.3f mg active, loading %.2f mg cm⁻²",
        d.getCode(),
        d.getSheet().getCode(),
        d.getSheet().getActiveLot().getMaterial().getName(),
        d.getSheet().getActiveLot().getCode(),
        Numbers.plain(d.getDiameterMillimetres()),
        m.activeMassMilligrams(),
        m.loadingMilligramsPerCm2());
  }

  private static String lot(@Nullable Lot l) {
    return l == null ? "—" : l.getCode() + " (" + l.getMaterial().getName() + ")";
  }

  private static String ppm(@Nullable Double v) {
    return v == null ? "—" : Numbers.plain(v);
  }

  static String orDash(@Nullable String s) {
    return s == null || s.isBlank() ? "—" : s;
  }
}

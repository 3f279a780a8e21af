package org.cellbook.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cellbook.base.Numbers;
import org.cellbook.base.RecordRef;
import org.cellbook.cells.CellService;
import org.cellbook.electrodes.DiscMetrics;
import org.cellbook.electrodes.ElectrodeSheet;
import org.cellbook.electrodes.SheetService;
import org.cellbook.lineage.Lineage;
import org.cellbook.materials.Lot;
import org.cellbook.materials.LotService;
import org.cellbook.reports.ReportParts.Table;
import org.cellbook.synthesis.BatchService;
import org.cellbook.synthesis.FillerRatio;
import org.cellbook.synthesis.SynthesisBatch;
import org.springframework.stereotype.Component;

/**
 * A lineage as two tables: the records with what each one is (the quantities that flow down a
 * build: ratio, temperature, yield, recipe, loading, active mass), and the flows between them with
 * the amount that went from one into the other.
 */
@Component
class LineageParts {

  private final BatchService batches;
  private final LotService lots;
  private final SheetService sheets;
  private final CellService cells;

  LineageParts(BatchService batches, LotService lots, SheetService sheets, CellService cells) {
    this.batches = batches;
    this.lots = lots;
    this.sheets = sheets;
    this.cells = cells;
  }

  Table records(String title, Lineage lineage) {
    List<List<String>> rows = new ArrayList<>();
    for (Lineage.Node node : lineage.nodes()) {
      RecordRef r = node.record();
      rows.add(
          List.of(
              String.valueOf(node.depth()),
              r.type().jsonName() + (node.withdrawn() ? " (withdrawn)" : ""),
              r.code(),
              r.name() == null ? "" : r.name(),
              describe(r)));
    }
    return new Table(title, List.of("Level", "Record", "Code", "Name", "What it is"), rows);
  }

  Table flows(String title, Lineage lineage) {
    List<List<String>> rows = new ArrayList<>();
    for (Lineage.Edge e : lineage.edges()) {
      rows.add(
          List.of(
              e.from(),
              e.to(),
              e.quantity() == null
                  ? "—"
                  : Numbers.plain(e.quantity()) + (e.unit() == null ? "" : " " + e.unit())));
    }
    return new Table(title, List.of("From", "Into", "Amount"), rows);
  }

  /** The facts of a record that matter downstream. */
  String describe(RecordRef r) {
    return switch (r.type()) {
      case BATCH -> batch(batches.get(r.code()));
      case LOT -> lot(lots.get(r.code()));
      case SHEET -> sheet(sheets.get(r.code()));
      case DISC -> disc(r.code());
      case CELL -> {
        var c = cells.get(r.code());
        yield c.getConfiguration().label()
            + ", "
            + c.getFormat().label()
            + ", "
            + c.getStatus().label().toLowerCase(Locale.ROOT);
      }
      default -> "";
    };
  }

  String batch(SynthesisBatch b) {
    List<String> parts = new ArrayList<>();
    parts.add("route " + b.getRouteCode());
    if (b.getKeyTemperatureCelsius() != null) {
      parts.add("highest set-point " + Numbers.plain(b.getKeyTemperatureCelsius()) + " °C");
    }
    batches
        .ratioCheck(b)
        .ifPresentOrElse(
            c ->
                parts.add(
                    "host : filler planned %s, weighed %s (%+.1f %%)"
                        .formatted(
                            FillerRatio.asRatio(c.planned()),
                            FillerRatio.asRatio(c.actual()),
                            c.deviationPercent())),
            () ->
                b.weighedFillerPerHost()
                    .ifPresent(r -> parts.add("host : filler " + FillerRatio.asRatio(r))));
    b.yieldSummary().ifPresent(parts::add);
    return String.join(", ", parts);
  }

  private static String lot(Lot l) {
    return "%s, %s".formatted(l.getMaterial().getName(), l.getOrigin().name().toLowerCase());
  }

  private static String sheet(ElectrodeSheet s) {
    return "%s (active : binder : additive, mass %%)%s"
        .formatted(
            s.recipe(), s.getCollectorLot() == null ? "" : ", on " + s.getCollectorLot().getCode());
  }

  private String disc(String code) {
    var d = sheets.disc(code);
    DiscMetrics m = d.metrics();
    return String.format(
        Locale.ROOT,
        "⌀ %s mm, %.3f mg active, loading %.2f mg cm⁻²",
        Numbers.plain(d.getDiameterMillimetres()),
        m.activeMassMilligrams(),
        m.loadingMilligramsPerCm2());
  }
}

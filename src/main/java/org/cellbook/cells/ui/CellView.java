package org.cellbook.cells.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.cellbook.audit.HistoryService;
import org.cellbook.audit.ui.HistoryPanel;
import org.cellbook.base.Numbers;
import org.cellbook.base.RecordLocks;
import org.cellbook.base.RecordType;
import org.cellbook.base.ReportKind;
import org.cellbook.base.ui.Facts;
import org.cellbook.base.ui.FieldErrors;
import org.cellbook.base.ui.Fields;
import org.cellbook.base.ui.RecordSection;
import org.cellbook.base.ui.ReportAction;
import org.cellbook.cells.Cell;
import org.cellbook.cells.CellService;
import org.cellbook.cells.CellStatus;
import org.cellbook.electrodes.Disc;
import org.cellbook.electrodes.DiscMetrics;
import org.cellbook.materials.ui.LotComponents;
import org.cellbook.security.CurrentUser;

/** One cell: how it was built, the electrodes' loadings, N/P for full cells, status, history. */
@Route("cells/:code")
@PageTitle("Cell · Cellbook")
@PermitAll
class CellView extends VerticalLayout implements BeforeEnterObserver {

  final ComboBox<CellStatus> status = new ComboBox<>("Status", CellStatus.values());
  final Button saveStatus = new Button("Change status");
  private final CellService cells;
  private final HistoryService history;
  private final List<RecordSection> sections;
  private final RecordLocks locks;
  private final List<ReportAction> reports;
  Cell cell;

  CellView(
      CellService cells,
      HistoryService history,
      List<RecordSection> sections,
      List<ReportAction> reports,
      RecordLocks locks) {
    this.cells = cells;
    this.history = history;
    this.sections = sections;
    this.locks = locks;
    this.reports = reports;
    addClassName("view");
    saveStatus.addClickListener(
        e -> {
          long version = cell.getVersion();
          if (new FieldErrors()
              .bind("status", status)
              .run(
                  () ->
                      cells.changeStatus(
                          cell.getCode(), version, status.getValue(), cell.getNotes()))) {
            show(cells.get(cell.getCode()));
          }
        });
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    show(cells.get(event.getRouteParameters().get("code").orElseThrow()));
  }

  void show(Cell shown) {
    cell = shown;
    removeAll();
    Facts facts =
        new Facts()
            .add("Format", cell.getFormat())
            .add("Configuration", cell.getConfiguration())
            .add("Working electrode", disc(cell.getWorkingDisc()))
            .add(
                "Counter electrode",
                cell.getCounterDisc() != null
                    ? disc(cell.getCounterDisc())
                    : LotComponents.link(cell.getCounterLot()))
            .add("Separator", LotComponents.link(cell.getSeparatorLot()))
            .add(
                "Electrolyte",
                cell.getElectrolyteLot() == null
                    ? null
                    : new HorizontalLayout(
                        LotComponents.link(cell.getElectrolyteLot()),
                        new Span(
                            cell.getElectrolyteVolumeMicrolitres() == null
                                ? ""
                                : Numbers.plain(cell.getElectrolyteVolumeMicrolitres()) + " µL")))
            .add(
                "Glovebox",
                "H₂O %s ppm, O₂ %s ppm"
                    .formatted(ppm(cell.getWaterPpm()), ppm(cell.getOxygenPpm())))
            .add(
                "Test temperature",
                cell.getTestTemperatureCelsius() == null
                    ? null
                    : Numbers.plain(cell.getTestTemperatureCelsius()) + " °C")
            .add("Assembled", cell.getAssembledOn() + " by " + cell.getAssembledBy())
            .add(
                "Cycler · channel",
                (cell.getCycler() == null ? "—" : cell.getCycler())
                    + " · "
                    + (cell.getChannel() == null ? "—" : cell.getChannel()))
            .add("Notes", cell.getNotes())
            .add(
                "Lineage",
                new Anchor("trace/" + cell.getCode(), "Trace back to batch and precursors"));
    cells
        .balance(cell)
        .ifPresent(
            b ->
                facts
                    .add(
                        "N/P",
                        Fields.format(b.negativeToPositiveRatio(), 2)
                            + " (areal capacity "
                            + Fields.format(b.negativeArealCapacityMilliAmpHoursPerCm2(), 3)
                            + " / "
                            + Fields.format(b.positiveArealCapacityMilliAmpHoursPerCm2(), 3)
                            + " mAh cm⁻²)")
                    .add("Negative : positive active mass", b.massRatio()));
    status.setValue(cell.getStatus());
    HorizontalLayout statusRow = new HorizontalLayout(status, saveStatus);
    statusRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    statusRow.setVisible(CurrentUser.canEdit() && !locks.isLocked(RecordType.CELL, cell.getCode()));
    HorizontalLayout title =
        new HorizontalLayout(
            new H2(cell.getCode() + (cell.getName() == null ? "" : " · " + cell.getName())));
    String code = cell.getCode();
    reports.forEach(r -> title.add(r.control(ReportKind.CELL, () -> code)));
    title.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
    add(title, facts, statusRow, new HistoryPanel(history, Cell.class, cell.getId()));
    sections.forEach(x -> x.section(RecordType.CELL, cell.getCode()).ifPresent(c -> add(c)));
  }

  private static Component disc(Disc d) {
    DiscMetrics m = d.metrics();
    return new HorizontalLayout(
        new Anchor("electrodes/" + d.getSheet().getCode(), d.getCode()),
        new Span(
            "%s · %s mg active, %s mg cm⁻²"
                .formatted(
                    d.getSheet().getActiveLot().getMaterial().getName(),
                    Fields.format(m.activeMassMilligrams(), 3),
                    Fields.format(m.loadingMilligramsPerCm2(), 2))));
  }

  private static String ppm(Double value) {
    return value == null ? "—" : Numbers.plain(value);
  }
}

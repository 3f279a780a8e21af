package org.cellbook.cells.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
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
import org.cellbook.base.ui.IsoDatePicker;
import org.cellbook.base.ui.ReasonField;
import org.cellbook.base.ui.RecordSection;
import org.cellbook.base.ui.ReportAction;
import org.cellbook.base.ui.WithdrawDialog;
import org.cellbook.base.ui.WithdrawnNotice;
import org.cellbook.cells.Cell;
import org.cellbook.cells.CellDetails;
import org.cellbook.cells.CellFormat;
import org.cellbook.cells.CellService;
import org.cellbook.cells.CellStatus;
import org.cellbook.electrodes.Disc;
import org.cellbook.electrodes.DiscMetrics;
import org.cellbook.materials.ui.LotComponents;
import org.cellbook.security.CurrentUser;
import org.jspecify.annotations.Nullable;

/** One cell: how it was built, the electrodes' loadings, N/P for full cells, status, history. */
@Route("cells/:code")
@PageTitle("Cell · Cellbook")
@PermitAll
class CellView extends VerticalLayout implements BeforeEnterObserver {

  final ComboBox<CellStatus> status = new ComboBox<>("Status", CellStatus.values());
  final Button saveStatus = new Button("Change status");
  final Button edit = new Button("Edit…");
  final Button withdraw = new Button("Withdraw…");
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
    edit.addClickListener(e -> new EditDialog().open());
    withdraw.addClickListener(
        e ->
            new WithdrawDialog(
                    cell.getCode(),
                    why -> cells.withdraw(cell.getCode(), why),
                    () -> show(cells.get(cell.getCode())))
                .open());
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
            .add("Status", cell.getStatus())
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
    status.setItemLabelGenerator(CellStatus::label);
    status.setValue(cell.getStatus());
    HorizontalLayout statusRow = new HorizontalLayout(status, saveStatus);
    statusRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    boolean editable =
        CurrentUser.canEdit()
            && !cell.isWithdrawn()
            && !locks.isLocked(RecordType.CELL, cell.getCode());
    statusRow.setVisible(editable);
    edit.setVisible(editable);
    withdraw.setVisible(editable);
    HorizontalLayout title =
        new HorizontalLayout(
            new H1(cell.getCode() + (cell.getName() == null ? "" : " · " + cell.getName())),
            edit,
            withdraw);
    String code = cell.getCode();
    reports.forEach(r -> title.add(r.control(ReportKind.CELL, () -> code)));
    title.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
    add(title);
    cell.withdrawal().ifPresent(w -> add(new WithdrawnNotice(w)));
    add(facts, statusRow, new HistoryPanel(history, RecordType.CELL, cell));
    sections.forEach(x -> x.section(RecordType.CELL, cell.getCode()).ifPresent(c -> add(c)));
  }

  /** Corrects the assembly record; the discs and lots it was built from stay. */
  final class EditDialog extends Dialog {
    final TextField name = new TextField("Name");
    final ComboBox<CellFormat> format = new ComboBox<>("Format", CellFormat.values());
    final NumberField electrolyteVolume = Fields.number("Electrolyte volume", "µL");
    final NumberField waterPpm = Fields.number("H₂O", "ppm");
    final NumberField oxygenPpm = Fields.number("O₂", "ppm");
    final IsoDatePicker assembledOn = new IsoDatePicker("Assembled on");
    final TextField assembledBy = new TextField("Assembled by");
    final TextField cycler = new TextField("Cycler");
    final TextField channel = new TextField("Channel");
    final TextArea notes = new TextArea("Notes");
    final ReasonField reason = new ReasonField();
    final Button save = new Button("Save");

    EditDialog() {
      CellDetails d = CellDetails.of(cell);
      setHeaderTitle("Edit " + d.code());
      name.setValue(d.name() == null ? "" : d.name());
      format.setValue(d.format());
      electrolyteVolume.setValue(d.electrolyteVolumeMicrolitres());
      waterPpm.setValue(d.waterPpm());
      oxygenPpm.setValue(d.oxygenPpm());
      assembledOn.setValue(d.assembledOn());
      assembledBy.setValue(d.assembledBy() == null ? "" : d.assembledBy());
      cycler.setValue(d.cycler() == null ? "" : d.cycler());
      channel.setValue(d.channel() == null ? "" : d.channel());
      notes.setValue(d.notes() == null ? "" : d.notes());
      FieldErrors errors =
          reason.bindTo(
              new FieldErrors()
                  .bind("electrolyteVolume", electrolyteVolume)
                  .bind("waterPpm", waterPpm)
                  .bind("oxygenPpm", oxygenPpm));
      save.addThemeVariants(ButtonVariant.PRIMARY);
      save.addClickListener(
          e -> {
            if (errors.run(
                () ->
                    cells.update(
                        new CellDetails(
                            d.code(),
                            d.version(),
                            name.getValue().isBlank() ? null : name.getValue(),
                            format.getValue(),
                            electrolyteVolume.getValue(),
                            waterPpm.getValue(),
                            oxygenPpm.getValue(),
                            assembledOn.getValue(),
                            assembledBy.getValue(),
                            cycler.getValue(),
                            channel.getValue(),
                            notes.getValue()),
                        reason.getValue()))) {
              close();
              show(cells.get(d.code()));
            }
          });
      FormLayout form =
          new FormLayout(
              name,
              format,
              electrolyteVolume,
              waterPpm,
              oxygenPpm,
              assembledOn,
              assembledBy,
              cycler,
              channel,
              notes,
              reason);
      form.setColspan(notes, 2);
      form.setColspan(reason, 2);
      add(form);
      getFooter().add(new Button("Cancel", e -> close()), save);
    }
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

  private static String ppm(@Nullable Double value) {
    return value == null ? "—" : Numbers.plain(value);
  }
}

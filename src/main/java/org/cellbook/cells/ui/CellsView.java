package org.cellbook.cells.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.List;
import org.cellbook.base.ui.Columns;
import org.cellbook.base.ui.FieldErrors;
import org.cellbook.base.ui.Fields;
import org.cellbook.base.ui.IsoDatePicker;
import org.cellbook.base.ui.Lists;
import org.cellbook.base.ui.Notifications;
import org.cellbook.cells.AssembleCell;
import org.cellbook.cells.Cell;
import org.cellbook.cells.CellConfiguration;
import org.cellbook.cells.CellFilter;
import org.cellbook.cells.CellFormat;
import org.cellbook.cells.CellService;
import org.cellbook.cells.CellStatus;
import org.cellbook.electrodes.Disc;
import org.cellbook.materials.Lot;
import org.cellbook.materials.LotService;
import org.cellbook.materials.MaterialKind;
import org.cellbook.materials.ui.LotComponents;
import org.cellbook.security.CurrentUser;
import org.springframework.data.domain.Sort;

/** All cells, paged in the database, with filters; assembling a cell from a free disc. */
@Route("cells")
@PageTitle("Cells · Cellbook")
@PermitAll
class CellsView extends VerticalLayout {

  final Grid<Cell> grid = new Grid<>(Cell.class, false);
  final Checkbox showWithdrawn = new Checkbox("Show withdrawn");
  final TextField text = new TextField();
  final ComboBox<CellStatus> status = new ComboBox<>();
  final ComboBox<CellConfiguration> configuration = new ComboBox<>();
  final IsoDatePicker from = new IsoDatePicker();
  final IsoDatePicker to = new IsoDatePicker();
  final TextField operator = new TextField();
  final Button assemble = new Button("Assemble cell");
  private final CellService cells;
  private final LotService lots;

  CellsView(CellService cells, LotService lots) {
    this.cells = cells;
    this.lots = lots;
    addClassName("view");
    setSizeFull();
    Columns.whole(grid, Cell::getCode, "Code").setKey("code").setSortable(true);
    Columns.text(grid, Cell::getName, "Name").setKey("name").setSortable(true);
    Columns.whole(grid, c -> c.getConfiguration().label(), "Type")
        .setKey("configuration")
        .setSortable(true);
    Columns.whole(grid, c -> c.getWorkingDisc().getCode(), "Working disc");
    Columns.text(
        grid,
        c -> c.getWorkingDisc().getSheet().getActiveLot().getMaterial().getName(),
        "Active material");
    Columns.whole(grid, c -> c.getStatus().label(), "Status").setKey("status").setSortable(true);
    Columns.whole(grid, Cell::getAssembledOn, "Assembled").setKey("assembledOn").setSortable(true);
    Columns.whole(grid, Cell::getAssembledBy, "By").setKey("assembledBy").setSortable(true);
    Columns.whole(
        grid,
        c ->
            (c.getCycler() == null ? "" : c.getCycler())
                + (c.getChannel() == null ? "" : " · " + c.getChannel()),
        "Cycler · channel");
    grid.setSizeFull();
    Lists.navigating(grid, c -> "cells/" + c.getCode());

    text.setPlaceholder("Code, name, disc, channel…");
    text.setValueChangeMode(ValueChangeMode.LAZY);
    text.setClearButtonVisible(true);
    status.setItems(CellStatus.values());
    status.setItemLabelGenerator(CellStatus::label);
    status.setPlaceholder("Any status");
    status.setClearButtonVisible(true);
    configuration.setItems(CellConfiguration.values());
    configuration.setItemLabelGenerator(CellConfiguration::label);
    configuration.setPlaceholder("Half or full");
    configuration.setClearButtonVisible(true);
    from.setPlaceholder("Assembled from");
    to.setPlaceholder("to");
    operator.setPlaceholder("Assembled by");
    operator.setValueChangeMode(ValueChangeMode.LAZY);
    List<HasValue<?, ?>> filterFields = List.of(text, status, configuration, from, to, operator);
    filterFields.forEach(f -> f.addValueChangeListener(e -> refresh()));
    showWithdrawn.addValueChangeListener(e -> refresh());
    grid.setPartNameGenerator(c -> c.isWithdrawn() ? "withdrawn" : null);

    assemble.addThemeVariants(ButtonVariant.PRIMARY);
    assemble.addClickListener(e -> new AssembleDialog().open());
    assemble.setVisible(CurrentUser.canEdit());
    HorizontalLayout filters =
        Lists.filterBar(text, status, configuration, from, to, operator, showWithdrawn);
    HorizontalLayout header = new HorizontalLayout(new H1("Cells"), assemble);
    header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
    add(header, filters, grid);
    refresh();
  }

  private void refresh() {
    CellFilter filter =
        new CellFilter(
            text.getValue(),
            status.getValue(),
            configuration.getValue(),
            from.getValue(),
            to.getValue(),
            operator.getValue(),
            showWithdrawn.getValue());
    Lists.lazy(
        grid, pageable -> cells.page(filter, pageable), Sort.by(Sort.Direction.DESC, "createdAt"));
  }

  /**
   * A cell as it leaves the glovebox: discs, counter electrode, separator, electrolyte, atmosphere.
   */
  final class AssembleDialog extends Dialog {
    final RadioButtonGroup<CellConfiguration> type = new RadioButtonGroup<>("Cell");
    final ComboBox<Disc> workingDisc = new ComboBox<>("Working electrode disc");
    final ComboBox<Lot> counterLot =
        LotComponents.picker("Counter electrode (metal)", lots, MaterialKind.COUNTER_ELECTRODE);
    final ComboBox<Disc> counterDisc = new ComboBox<>("Positive electrode disc");
    final ComboBox<Lot> separator =
        LotComponents.picker("Separator lot", lots, MaterialKind.SEPARATOR);
    final ComboBox<Lot> electrolyte =
        LotComponents.picker("Electrolyte lot", lots, MaterialKind.ELECTROLYTE);
    final NumberField volume = Fields.number("Electrolyte volume", "µL");
    final NumberField water = Fields.number("Glovebox H₂O", "ppm");
    final NumberField oxygen = Fields.number("Glovebox O₂", "ppm");
    final NumberField testTemperature = Fields.number("Test temperature", "°C");
    final ComboBox<CellFormat> format = new ComboBox<>("Format", CellFormat.values());
    final TextField name = new TextField("Name");
    final IsoDatePicker assembledOn = new IsoDatePicker("Assembled on", LocalDate.now());
    final TextField cycler = new TextField("Cycler");
    final TextField channel = new TextField("Channel");
    final TextArea notes = new TextArea("Notes");
    final Button save = new Button("Assemble");

    AssembleDialog() {
      setHeaderTitle("Assemble a cell");
      setWidth("56em");
      type.setItems(CellConfiguration.values());
      type.setItemLabelGenerator(CellConfiguration::label);
      type.setItemLabelGenerator(
          c ->
              c == CellConfiguration.HALF
                  ? "Half cell vs metal"
                  : "Full cell (working = negative)");
      type.addValueChangeListener(
          e -> {
            counterLot.setVisible(e.getValue() == CellConfiguration.HALF);
            counterDisc.setVisible(e.getValue() == CellConfiguration.FULL);
          });
      List<Disc> free = cells.freeDiscs();
      for (ComboBox<Disc> discs : List.of(workingDisc, counterDisc)) {
        discs.setItems(free);
        discs.setItemLabelGenerator(Disc::describe);
      }
      type.setValue(CellConfiguration.HALF);
      format.setValue(CellFormat.CR2032);
      volume.setValue(60.0);
      FieldErrors errors =
          new FieldErrors()
              .bind("configuration", type)
              .bind("workingDisc", workingDisc)
              .bind("counterLot", counterLot)
              .bind("counterDisc", counterDisc)
              .bind("separatorLot", separator)
              .bind("electrolyteLot", electrolyte)
              .bind("electrolyteVolume", volume)
              .bind("waterPpm", water)
              .bind("oxygenPpm", oxygen)
              .bind("testTemperature", testTemperature);
      save.addThemeVariants(ButtonVariant.PRIMARY);
      save.addClickListener(
          e -> {
            Cell[] made = new Cell[1];
            if (errors.run(
                () ->
                    made[0] =
                        cells.assemble(
                            new AssembleCell(
                                name.getValue(),
                                format.getValue(),
                                type.getValue(),
                                workingDisc.getValue() == null
                                    ? null
                                    : workingDisc.getValue().getCode(),
                                counterLot.isVisible() && counterLot.getValue() != null
                                    ? counterLot.getValue().getCode()
                                    : null,
                                counterDisc.isVisible() && counterDisc.getValue() != null
                                    ? counterDisc.getValue().getCode()
                                    : null,
                                separator.getValue() == null
                                    ? null
                                    : separator.getValue().getCode(),
                                electrolyte.getValue() == null
                                    ? null
                                    : electrolyte.getValue().getCode(),
                                volume.getValue(),
                                water.getValue(),
                                oxygen.getValue(),
                                testTemperature.getValue(),
                                assembledOn.getValue(),
                                null,
                                cycler.getValue(),
                                channel.getValue(),
                                notes.getValue())))) {
              Notifications.success("Assembled " + made[0].getCode());
              close();
              getUI().ifPresent(ui -> ui.navigate("cells/" + made[0].getCode()));
            }
          });
      FormLayout form =
          new FormLayout(
              type,
              workingDisc,
              counterLot,
              counterDisc,
              separator,
              electrolyte,
              volume,
              water,
              oxygen,
              testTemperature,
              format,
              name,
              assembledOn,
              cycler,
              channel,
              notes);
      form.setColspan(type, 2);
      form.setColspan(workingDisc, 2);
      form.setColspan(counterDisc, 2);
      form.setColspan(notes, 2);
      add(form);
      getFooter().add(new Button("Cancel", e -> close()), save);
    }
  }
}

package org.cellbook.electrodes.ui;

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
import org.cellbook.electrodes.ElectrodeSheet;
import org.cellbook.electrodes.NewSheet;
import org.cellbook.electrodes.SheetFilter;
import org.cellbook.electrodes.SheetService;
import org.cellbook.materials.Lot;
import org.cellbook.materials.LotService;
import org.cellbook.materials.MaterialKind;
import org.cellbook.materials.ui.LotComponents;
import org.cellbook.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;

/** Electrode sheets, paged in the database, with filters; recording a new sheet. */
@Route("electrodes")
@PageTitle("Electrodes · Cellbook")
@PermitAll
class SheetsView extends VerticalLayout {

  final Grid<ElectrodeSheet> grid = new Grid<>(ElectrodeSheet.class, false);
  final Checkbox showWithdrawn = new Checkbox("Show withdrawn");
  final TextField text = new TextField();
  final IsoDatePicker from = new IsoDatePicker();
  final IsoDatePicker to = new IsoDatePicker();
  final TextField operator = new TextField();
  final Button create = new Button("New sheet");
  private final SheetService sheets;
  private final LotService lots;

  SheetsView(SheetService sheets, LotService lots) {
    this.sheets = sheets;
    this.lots = lots;
    addClassName("view");
    setSizeFull();
    Columns.whole(grid, ElectrodeSheet::getCode, "Code").setKey("code").setSortable(true);
    Columns.text(grid, ElectrodeSheet::getName, "Name").setKey("name").setSortable(true);
    Columns.whole(grid, s -> s.getActiveLot().getCode(), "Active lot");
    Columns.whole(grid, ElectrodeSheet::recipe, "Active : binder (: additive) %");
    Columns.text(
        grid,
        s -> s.getCollectorLot() == null ? "" : s.getCollectorLot().getMaterial().getName(),
        "Current collector");
    Columns.whole(grid, ElectrodeSheet::getMadeOn, "Made").setKey("madeOn").setSortable(true);
    Columns.whole(grid, ElectrodeSheet::getOperatorName, "Operator")
        .setKey("operatorName")
        .setSortable(true);
    grid.setSizeFull();
    Lists.navigating(grid, s -> "electrodes/" + s.getCode());

    text.setPlaceholder("Code, name, active lot…");
    text.setValueChangeMode(ValueChangeMode.LAZY);
    text.setClearButtonVisible(true);
    from.setPlaceholder("Made from");
    to.setPlaceholder("to");
    operator.setPlaceholder("Operator");
    operator.setValueChangeMode(ValueChangeMode.LAZY);
    List<HasValue<?, ?>> filterFields = List.of(text, from, to, operator);
    filterFields.forEach(f -> f.addValueChangeListener(e -> refresh()));
    showWithdrawn.addValueChangeListener(e -> refresh());
    grid.setPartNameGenerator(s -> s.isWithdrawn() ? "withdrawn" : null);

    create.addThemeVariants(ButtonVariant.PRIMARY);
    create.addClickListener(e -> new NewSheetDialog().open());
    create.setVisible(CurrentUser.canEdit());
    HorizontalLayout filters = Lists.filterBar(text, from, to, operator, showWithdrawn);
    HorizontalLayout header = new HorizontalLayout(new H1("Electrode sheets"), create);
    header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
    add(header, filters, grid);
    refresh();
  }

  private void refresh() {
    SheetFilter filter =
        new SheetFilter(
            text.getValue(),
            from.getValue(),
            to.getValue(),
            operator.getValue(),
            showWithdrawn.getValue());
    Lists.lazy(
        grid, pageable -> sheets.page(filter, pageable), Sort.by(Sort.Direction.DESC, "createdAt"));
  }

  /** Slurry and coating as recorded after drying; discs are added on the sheet's page. */
  final class NewSheetDialog extends Dialog {
    final TextField name = new TextField("Name");
    final ComboBox<Lot> activeLot =
        LotComponents.picker(
            "Active material lot",
            lots,
            MaterialKind.SYNTHESISED_CARBON,
            MaterialKind.HOST_CARBON,
            MaterialKind.CATHODE_ACTIVE,
            MaterialKind.FILLER,
            MaterialKind.PRECURSOR);
    final ComboBox<Lot> binderLot = LotComponents.picker("Binder lot", lots, MaterialKind.BINDER);
    final ComboBox<Lot> additiveLot =
        LotComponents.picker("Conductive additive lot", lots, MaterialKind.CONDUCTIVE_ADDITIVE);
    final ComboBox<Lot> collectorLot =
        LotComponents.picker("Current collector lot", lots, MaterialKind.CURRENT_COLLECTOR);
    final NumberField activeFraction = Fields.number("Active", "%");
    final NumberField binderFraction = Fields.number("Binder", "%");
    final NumberField additiveFraction = Fields.number("Additive", "%");
    final NumberField binderSolution = Fields.number("Binder solution", "mg mL⁻¹");
    final TextField solvent = new TextField("Solvent");
    final TextField coatingMethod = new TextField("Coating method");
    final NumberField slurryActiveMass =
        Fields.number("Active material weighed into the slurry", "g");
    final TextArea drying = new TextArea("Drying");
    final IsoDatePicker madeOn = new IsoDatePicker("Made on", LocalDate.now());
    final TextArea notes = new TextArea("Notes");
    final Button save = new Button("Save sheet");

    NewSheetDialog() {
      setHeaderTitle("New electrode sheet");
      setWidth("56em");
      activeFraction.setValue(90.0);
      binderFraction.setValue(10.0);
      additiveFraction.setValue(0.0);
      solvent.setValue("water");
      slurryActiveMass.setHelperText("Taken from the active lot");
      FieldErrors errors =
          new FieldErrors()
              .bind("name", name)
              .bind("activeLot", activeLot)
              .bind("binderLot", binderLot)
              .bind("additiveLot", additiveLot)
              .bind("collectorLot", collectorLot)
              .bind("activeFraction", activeFraction)
              .bind("binderFraction", binderFraction)
              .bind("additiveFraction", additiveFraction)
              .bind("binderSolution", binderSolution)
              .bind("slurryActiveMass", slurryActiveMass);
      save.addThemeVariants(ButtonVariant.PRIMARY);
      save.addClickListener(
          e -> {
            ElectrodeSheet[] made = new ElectrodeSheet[1];
            if (errors.run(
                () ->
                    made[0] =
                        sheets.create(
                            new NewSheet(
                                name.getValue(),
                                code(activeLot),
                                code(binderLot),
                                code(additiveLot),
                                code(collectorLot),
                                activeFraction.getValue(),
                                binderFraction.getValue(),
                                additiveFraction.getValue(),
                                binderSolution.getValue(),
                                solvent.getValue(),
                                coatingMethod.getValue(),
                                slurryActiveMass.getValue(),
                                drying.getValue(),
                                madeOn.getValue(),
                                null,
                                notes.getValue())))) {
              Notifications.success("Saved " + made[0].getCode());
              close();
              getUI().ifPresent(ui -> ui.navigate("electrodes/" + made[0].getCode()));
            }
          });
      FormLayout form =
          new FormLayout(
              name,
              madeOn,
              activeLot,
              binderLot,
              additiveLot,
              collectorLot,
              activeFraction,
              binderFraction,
              additiveFraction,
              binderSolution,
              solvent,
              coatingMethod,
              slurryActiveMass,
              drying,
              notes);
      form.setResponsiveSteps(
          new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 3));
      form.setColspan(name, 2);
      form.setColspan(activeLot, 3);
      form.setColspan(drying, 3);
      form.setColspan(notes, 3);
      add(form);
      getFooter().add(new Button("Cancel", e -> close()), save);
    }

    private static @Nullable String code(ComboBox<Lot> box) {
      return box.getValue() == null ? null : box.getValue().getCode();
    }
  }
}

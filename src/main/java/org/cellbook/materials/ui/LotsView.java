package org.cellbook.materials.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
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
import org.cellbook.base.ui.Columns;
import org.cellbook.base.ui.FieldErrors;
import org.cellbook.base.ui.Fields;
import org.cellbook.base.ui.IsoDatePicker;
import org.cellbook.base.ui.Lists;
import org.cellbook.base.ui.Notifications;
import org.cellbook.materials.AmountUnit;
import org.cellbook.materials.Lot;
import org.cellbook.materials.LotFilter;
import org.cellbook.materials.LotOrigin;
import org.cellbook.materials.LotService;
import org.cellbook.materials.Material;
import org.cellbook.materials.MaterialKind;
import org.cellbook.materials.MaterialService;
import org.cellbook.materials.NewPurchasedLot;
import org.cellbook.security.CurrentUser;
import org.springframework.data.domain.Sort;

/** All lots, paged in the database, with filters; registering a purchased lot. */
@Route("lots")
@PageTitle("Lots · Cellbook")
@PermitAll
class LotsView extends VerticalLayout {

  final Grid<Lot> grid = new Grid<>(Lot.class, false);
  final Checkbox showWithdrawn = new Checkbox("Show withdrawn");
  final TextField text = new TextField();
  final ComboBox<MaterialKind> kind = new ComboBox<>();
  final ComboBox<LotOrigin> origin = new ComboBox<>();
  final Checkbox onlyAvailable = new Checkbox("Only with stock left");
  final IsoDatePicker receivedFrom = new IsoDatePicker();
  final IsoDatePicker receivedTo = new IsoDatePicker();
  final Button register = new Button("Register lot");
  private final LotService lots;
  private final MaterialService materials;

  LotsView(LotService lots, MaterialService materials) {
    this.lots = lots;
    this.materials = materials;
    addClassName("view");
    setSizeFull();

    Columns.whole(grid, Lot::getCode, "Code").setKey("code").setSortable(true);
    Columns.text(grid, l -> l.getMaterial().getName(), "Material")
        .setKey("material.name")
        .setSortable(true);
    Columns.text(grid, l -> l.getMaterial().getKind().label(), "Kind");
    Columns.whole(grid, l -> l.getOrigin().label(), "Origin").setKey("origin").setSortable(true);
    Columns.whole(
            grid, l -> Fields.format(l.getAmountLeft(), 3) + " " + l.getUnit().symbol(), "Left")
        .setKey("amountLeft")
        .setSortable(true);
    Columns.whole(
        grid, l -> Fields.format(l.getAmountInitial(), 3) + " " + l.getUnit().symbol(), "Initial");
    Columns.text(grid, Lot::getSupplier, "Supplier").setKey("supplier").setSortable(true);
    Columns.text(grid, Lot::getSupplierLot, "Supplier lot");
    Columns.whole(grid, Lot::getReceivedOn, "Received").setKey("receivedOn").setSortable(true);
    Columns.text(grid, Lot::getLocation, "Location");
    grid.setSizeFull();
    Lists.navigating(grid, l -> "lots/" + l.getCode());

    text.setPlaceholder("Code, material, supplier, location…");
    text.setValueChangeMode(ValueChangeMode.LAZY);
    text.setClearButtonVisible(true);
    kind.setItems(MaterialKind.values());
    kind.setItemLabelGenerator(MaterialKind::label);
    kind.setPlaceholder("Any kind");
    kind.setClearButtonVisible(true);
    origin.setItems(LotOrigin.values());
    origin.setItemLabelGenerator(LotOrigin::label);
    origin.setPlaceholder("Any origin");
    origin.setClearButtonVisible(true);
    text.addValueChangeListener(e -> refresh());
    kind.addValueChangeListener(e -> refresh());
    origin.addValueChangeListener(e -> refresh());
    onlyAvailable.addValueChangeListener(e -> refresh());
    showWithdrawn.addValueChangeListener(e -> refresh());
    grid.setPartNameGenerator(l -> l.isWithdrawn() ? "withdrawn" : null);
    receivedFrom.setPlaceholder("Received from");
    receivedTo.setPlaceholder("to");
    receivedFrom.addValueChangeListener(e -> refresh());
    receivedTo.addValueChangeListener(e -> refresh());

    register.addThemeVariants(ButtonVariant.PRIMARY);
    register.addClickListener(e -> new RegisterDialog().open());
    register.setVisible(CurrentUser.canEdit());

    HorizontalLayout filters =
        Lists.filterBar(text, kind, origin, receivedFrom, receivedTo, onlyAvailable, showWithdrawn);
    add(new HorizontalLayout(new H1("Lots"), register), filters, grid);
    refresh();
  }

  LotFilter filter() {
    return new LotFilter(
        text.getValue(),
        kind.getValue(),
        origin.getValue(),
        onlyAvailable.getValue(),
        receivedFrom.getValue(),
        receivedTo.getValue(),
        showWithdrawn.getValue());
  }

  private void refresh() {
    LotFilter filter = filter();
    Lists.lazy(
        grid, pageable -> lots.page(filter, pageable), Sort.by(Sort.Direction.DESC, "createdAt"));
  }

  /** A lot as it arrives: material, amount and where it is kept. */
  final class RegisterDialog extends Dialog {
    final ComboBox<Material> material = new ComboBox<>("Material");
    final NumberField amount = new NumberField("Amount");
    final ComboBox<AmountUnit> unit = new ComboBox<>("Unit", AmountUnit.values());
    final TextField supplier = new TextField("Supplier");
    final TextField supplierLot = new TextField("Supplier lot no.");
    final IsoDatePicker received = new IsoDatePicker("Received", LocalDate.now());
    final IsoDatePicker expires = new IsoDatePicker("Expires");
    final TextField location = new TextField("Storage location");
    final TextArea notes = new TextArea("Notes");
    final Button save = new Button("Register");

    RegisterDialog() {
      setHeaderTitle("Register a purchased lot");
      Fields.submitOnEnter(save, amount);
      material.setItems(materials.all());
      material.setItemLabelGenerator(Material::toString);
      material.addValueChangeListener(
          e -> {
            if (e.getValue() != null && supplier.isEmpty()) {
              supplier.setValue(
                  e.getValue().getSupplier() == null ? "" : e.getValue().getSupplier());
            }
          });
      unit.setItemLabelGenerator(AmountUnit::symbol);
      unit.setValue(AmountUnit.GRAM);
      FieldErrors errors =
          new FieldErrors()
              .bind("material", material)
              .bind("amount", amount)
              .bind("unit", unit)
              .bind("expiresOn", expires);
      save.addThemeVariants(ButtonVariant.PRIMARY);
      save.addClickListener(
          e -> {
            Lot[] created = new Lot[1];
            if (errors.run(
                () ->
                    created[0] =
                        lots.registerPurchase(
                            new NewPurchasedLot(
                                material.getValue() == null ? null : material.getValue().getCode(),
                                unit.getValue(),
                                amount.getValue(),
                                supplier.getValue(),
                                supplierLot.getValue(),
                                received.getValue(),
                                expires.getValue(),
                                location.getValue(),
                                notes.getValue())))) {
              Notifications.success("Registered " + created[0].getCode());
              close();
              refresh();
            }
          });
      FormLayout form =
          new FormLayout(
              material, amount, unit, supplier, supplierLot, received, expires, location, notes);
      form.setColspan(notes, 2);
      add(form);
      getFooter().add(new Button("Cancel", e -> close()), save);
    }
  }
}

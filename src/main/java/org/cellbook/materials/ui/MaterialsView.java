package org.cellbook.materials.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.cellbook.audit.HistoryService;
import org.cellbook.audit.ui.HistoryPanel;
import org.cellbook.base.RecordType;
import org.cellbook.base.ui.Columns;
import org.cellbook.base.ui.FieldErrors;
import org.cellbook.base.ui.Fields;
import org.cellbook.base.ui.Lists;
import org.cellbook.base.ui.Notifications;
import org.cellbook.base.ui.ReasonField;
import org.cellbook.base.ui.WithdrawDialog;
import org.cellbook.materials.Material;
import org.cellbook.materials.MaterialKind;
import org.cellbook.materials.MaterialService;
import org.cellbook.security.CurrentUser;

/** The material catalogue with its typed properties. */
@Route("materials")
@PageTitle("Materials · Cellbook")
@PermitAll
class MaterialsView extends VerticalLayout {

  final Grid<Material> grid = new Grid<>(Material.class, false);
  final Button add = new Button("New material");
  final Checkbox showWithdrawn = new Checkbox("Show withdrawn");
  final TextField text = new TextField();
  private final MaterialService materials;
  private final HistoryService history;

  MaterialsView(MaterialService materials, HistoryService history) {
    this.materials = materials;
    this.history = history;
    addClassName("view");
    setSizeFull();
    Columns.whole(grid, Material::getCode, "Code").setSortable(true);
    Columns.text(grid, Material::getName, "Name");
    Columns.whole(grid, m -> m.getKind().label(), "Kind");
    Columns.whole(grid, m -> Fields.format(m.getDensityGramsPerCm3(), 3), "ρ (g cm⁻³)");
    Columns.whole(grid, m -> Fields.format(m.getPoreVolumeCm3PerGram(), 3), "V_pore (cm³ g⁻¹)");
    Columns.whole(
        grid, m -> Fields.format(m.getSpecificSurfaceAreaM2PerGram(), 0), "S_BET (m² g⁻¹)");
    Columns.whole(grid, m -> Fields.format(m.getConcentrationMolesPerLitre(), 2), "c (mol L⁻¹)");
    Columns.whole(
        grid, m -> Fields.format(m.getArealMassMilligramsPerCm2(), 2), "Areal mass (mg cm⁻²)");
    Columns.text(grid, Material::getSupplier, "Supplier");
    grid.setSizeFull();
    boolean canEdit = CurrentUser.canEdit();
    if (canEdit) {
      Lists.opening(
          grid,
          m -> {
            if (!m.isWithdrawn()) {
              edit(m);
            }
          });
    }
    grid.setPartNameGenerator(m -> m.isWithdrawn() ? "withdrawn" : null);
    showWithdrawn.addValueChangeListener(e -> refresh());
    text.setPlaceholder("Code or name…");
    text.setValueChangeMode(ValueChangeMode.LAZY);
    text.setClearButtonVisible(true);
    text.setPrefixComponent(VaadinIcon.SEARCH.create());
    text.addValueChangeListener(e -> refresh());
    add.addThemeVariants(ButtonVariant.PRIMARY);
    add.addClickListener(e -> edit(new Material()));
    add.setVisible(canEdit);
    HorizontalLayout header = new HorizontalLayout(new H1("Materials"), add, text, showWithdrawn);
    header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    add(header, grid);
    refresh();
  }

  private void refresh() {
    grid.setItems(materials.list(text.getValue(), showWithdrawn.getValue()));
  }

  void edit(Material material) {
    new MaterialDialog(material).open();
  }

  /** Form for one catalogue entry; every property field shows its unit. */
  final class MaterialDialog extends Dialog {
    final TextField code = new TextField("Code");
    final ReasonField reason = new ReasonField();
    final Button withdraw = new Button("Withdraw…");
    final TextField name = new TextField("Name");
    final ComboBox<MaterialKind> kind = new ComboBox<>("Kind", MaterialKind.values());
    final TextField supplier = new TextField("Supplier");
    final NumberField density = Fields.number("Density", "g cm⁻³");
    final NumberField poreVolume = Fields.number("Pore volume", "cm³ g⁻¹");
    final NumberField sBet = Fields.number("S_BET", "m² g⁻¹");
    final NumberField molarMass = Fields.number("Molar mass", "g mol⁻¹");
    final NumberField concentration = Fields.number("Concentration", "mol L⁻¹");
    final NumberField arealMass = Fields.number("Areal mass (foils)", "mg cm⁻²");
    final NumberField referenceCapacity = Fields.number("Reference capacity", "mAh g⁻¹");
    final TextField cas = new TextField("CAS number");
    final TextArea notes = new TextArea("Notes");
    final Button save = new Button("Save");

    MaterialDialog(Material material) {
      setHeaderTitle(material.getId() == null ? "New material" : "Edit " + material.getCode());
      kind.setItemLabelGenerator(MaterialKind::label);
      referenceCapacity.setHelperText("Used for the N/P ratio of full cells");
      Binder<Material> binder = new Binder<>();
      binder.bind(code, Material::getCode, Material::setCode);
      binder.bind(name, Material::getName, Material::setName);
      binder.bind(kind, Material::getKind, Material::setKind);
      binder.bind(supplier, Material::getSupplier, Material::setSupplier);
      binder.bind(density, Material::getDensityGramsPerCm3, Material::setDensityGramsPerCm3);
      binder.bind(poreVolume, Material::getPoreVolumeCm3PerGram, Material::setPoreVolumeCm3PerGram);
      binder.bind(
          sBet,
          Material::getSpecificSurfaceAreaM2PerGram,
          Material::setSpecificSurfaceAreaM2PerGram);
      binder.bind(
          molarMass, Material::getMolarMassGramsPerMole, Material::setMolarMassGramsPerMole);
      binder.bind(
          concentration,
          Material::getConcentrationMolesPerLitre,
          Material::setConcentrationMolesPerLitre);
      binder.bind(
          arealMass,
          Material::getArealMassMilligramsPerCm2,
          Material::setArealMassMilligramsPerCm2);
      binder.bind(
          referenceCapacity,
          Material::getReferenceCapacityMilliAmpHoursPerGram,
          Material::setReferenceCapacityMilliAmpHoursPerGram);
      binder.bind(cas, Material::getCasNumber, Material::setCasNumber);
      binder.bind(notes, Material::getNotes, Material::setNotes);
      binder.readBean(material);
      FieldErrors errors =
          new FieldErrors()
              .bind("code", code)
              .bind("name", name)
              .bind("kind", kind)
              .bind("density", density)
              .bind("poreVolume", poreVolume)
              .bind("sBet", sBet)
              .bind("molarMass", molarMass)
              .bind("concentration", concentration)
              .bind("arealMass", arealMass)
              .bind("referenceCapacity", referenceCapacity);
      reason.bindTo(errors);
      boolean existing = material.getId() != null;
      save.addThemeVariants(ButtonVariant.PRIMARY);
      save.addClickListener(
          e -> {
            binder.writeBeanIfValid(material);
            if (errors.run(
                () -> {
                  if (existing) {
                    materials.update(material, reason.getValue());
                  } else {
                    materials.save(material);
                  }
                })) {
              Notifications.success("Saved " + material.getCode());
              close();
              refresh();
            }
          });
      FormLayout form =
          new FormLayout(
              code,
              name,
              kind,
              supplier,
              density,
              poreVolume,
              sBet,
              molarMass,
              concentration,
              arealMass,
              referenceCapacity,
              cas,
              notes);
      form.setColspan(notes, 2);
      add(form);
      withdraw.addThemeVariants(ButtonVariant.ERROR);
      if (existing) {
        // A correction says why; a new entry needs no reason.
        add(reason, new HistoryPanel(history, RecordType.MATERIAL, material));
        withdraw.addClickListener(
            e ->
                new WithdrawDialog(
                        material.getCode(),
                        why -> materials.withdraw(material.getCode(), why),
                        () -> {
                          close();
                          refresh();
                        })
                    .open());
        getFooter().add(withdraw);
      }
      getFooter().add(new Button("Cancel", e -> close()), save);
    }
  }
}

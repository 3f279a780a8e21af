package org.cellbook.synthesis.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.NumberField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cellbook.base.Numbers;
import org.cellbook.base.ui.FieldErrors;
import org.cellbook.base.ui.Fields;
import org.cellbook.materials.Lot;
import org.cellbook.materials.LotService;
import org.cellbook.materials.MaterialKind;
import org.cellbook.materials.ui.LotComponents;
import org.cellbook.synthesis.FillerRatio;
import org.cellbook.synthesis.InputRole;
import org.cellbook.synthesis.RouteTemplate;
import org.jspecify.annotations.Nullable;

/**
 * The part of the "new batch" and "new series" dialogs that a route template decides: one field per
 * parameter (with its unit and limits), one lot picker per input, and the planned filler ratio as
 * soon as host and filler lots are chosen.
 */
class TemplateForm extends FormLayout {

  final Map<String, NumberField> parameters = new HashMap<>();
  final List<ComboBox<Lot>> lots = new ArrayList<>();
  final Span plannedRatio = new Span();
  private final RouteTemplate template;

  TemplateForm(RouteTemplate template, LotService lotService, String excludedParameter) {
    this.template = template;
    for (RouteTemplate.Parameter p : template.parameters()) {
      if (p.name().equals(excludedParameter)) {
        continue;
      }
      NumberField field = Fields.number(p.label(), p.unit() == null ? "" : p.unit());
      field.setValue(p.defaultValue());
      if (p.min() != null && p.max() != null) {
        field.setHelperText(
            Numbers.plain(p.min())
                + "–"
                + Numbers.plain(p.max())
                + " "
                + (p.unit() == null ? "" : p.unit()));
      }
      parameters.put(p.name(), field);
      add(field);
      field.addValueChangeListener(e -> updateRatio());
    }
    for (RouteTemplate.Input input : template.inputs()) {
      ComboBox<Lot> lot =
          LotComponents.picker(
              input.label() + " lot", lotService, input.kinds().toArray(MaterialKind[]::new));
      lot.addValueChangeListener(e -> updateRatio());
      lots.add(lot);
      add(lot);
    }
    plannedRatio.addClassName("derived");
    add(plannedRatio);
    setColspan(plannedRatio, 2);
    updateRatio();
  }

  Map<String, Double> parameterValues() {
    Map<String, Double> values = new HashMap<>();
    parameters.forEach(
        (name, field) -> {
          if (field.getValue() != null) {
            values.put(name, field.getValue());
          }
        });
    return values;
  }

  @Nullable List<String> lotCodes() {
    return lots.stream().map(c -> c.getValue() == null ? null : c.getValue().getCode()).toList();
  }

  /** Errors of "parameters.x" and "inputs[i].lot" land on these fields. */
  FieldErrors bindTo(FieldErrors errors) {
    parameters.forEach((name, field) -> errors.bind("parameters." + name, field));
    for (int i = 0; i < lots.size(); i++) {
      errors.bind("inputs[" + i + "].lot", lots.get(i));
    }
    return errors;
  }

  /** Preview of the service's calculation, so the researcher sees the plan before saving. */
  private void updateRatio() {
    Lot host = lotFor(InputRole.HOST);
    Lot filler = lotFor(InputRole.FILLER);
    boolean poreFilling =
        template.inputs().stream()
            .anyMatch(i -> RouteTemplate.PORE_FILLING.equals(i.plannedMass()));
    if (!poreFilling) {
      plannedRatio.setText("");
      return;
    }
    if (host == null || filler == null) {
      plannedRatio.setText("Choose the host and filler lots to plan the filler mass.");
      return;
    }
    Double pore = host.getMaterial().getPoreVolumeCm3PerGram();
    Double density = filler.getMaterial().getDensityGramsPerCm3();
    if (pore == null || density == null) {
      plannedRatio.setText(
          "Planned ratio unknown: "
              + (pore == null
                  ? host.getMaterial().getCode() + " has no pore volume in the catalogue."
                  : filler.getMaterial().getCode() + " has no density in the catalogue."));
      return;
    }
    NumberField fill = parameters.get("fill_fraction");
    double fraction = fill == null || fill.getValue() == null ? 1.0 : fill.getValue();
    double ratio = FillerRatio.fillerGramsPerHostGram(pore, density, fraction);
    plannedRatio.setText(
        "Planned host : filler = %s (V_pore %s cm³ g⁻¹ × ρ %s g cm⁻³ × fill %s)"
            .formatted(
                FillerRatio.asRatio(ratio),
                Numbers.plain(pore),
                Numbers.plain(density),
                Numbers.plain(fraction)));
  }

  private @Nullable Lot lotFor(InputRole role) {
    for (int i = 0; i < template.inputs().size(); i++) {
      if (template.inputs().get(i).role() == role) {
        return lots.get(i).getValue();
      }
    }
    return null;
  }
}

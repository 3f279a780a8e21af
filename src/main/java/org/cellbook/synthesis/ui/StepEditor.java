package org.cellbook.synthesis.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.cellbook.base.ui.FieldErrors;
import org.cellbook.base.ui.Fields;
import org.cellbook.synthesis.StepParameters;
import org.cellbook.synthesis.SynthesisStepType;
import org.jspecify.annotations.Nullable;

/** Form for one synthesis step; shows the parameters that the chosen step type uses. */
class StepEditor extends FormLayout {

  final ComboBox<SynthesisStepType> type = new ComboBox<>("Step", SynthesisStepType.values());
  final TextField atmosphere = new TextField("Atmosphere");
  final NumberField gasFlow = Fields.number("Gas flow", "mL min⁻¹");
  final NumberField temperature = Fields.number("Temperature", "°C");
  final NumberField ramp = Fields.number("Ramp", "°C min⁻¹");
  final NumberField hold = Fields.number("Hold", "h");
  final NumberField cooling = Fields.number("Cooling rate", "°C min⁻¹");
  final NumberField duration = Fields.number("Duration", "h");
  final Checkbox vacuum = new Checkbox("Vacuum");
  final TextField method = new TextField("Method");
  final TextField agent = new TextField("Agent");
  final TextField ratio = new TextField("Ratio");
  final NumberField liquidVolume = Fields.number("Liquid volume", "mL");
  final TextField purpose = new TextField("Purpose");
  final TextField notes = new TextField("Notes");

  private static final Set<SynthesisStepType> HEATED =
      EnumSet.of(SynthesisStepType.HEAT, SynthesisStepType.ACTIVATION);

  StepEditor(StepParameters p) {
    type.setItemLabelGenerator(SynthesisStepType::label);
    add(
        type,
        purpose,
        atmosphere,
        gasFlow,
        temperature,
        ramp,
        hold,
        cooling,
        duration,
        vacuum,
        method,
        agent,
        ratio,
        liquidVolume,
        notes);
    type.setValue(p.type());
    atmosphere.setValue(text(p.atmosphere()));
    gasFlow.setValue(p.gasFlowMillilitresPerMinute());
    temperature.setValue(p.temperatureCelsius());
    ramp.setValue(p.rampCelsiusPerMinute());
    hold.setValue(p.holdHours());
    cooling.setValue(p.coolingCelsiusPerMinute());
    duration.setValue(p.durationHours());
    vacuum.setValue(Boolean.TRUE.equals(p.vacuum()));
    method.setValue(text(p.method()));
    agent.setValue(text(p.agent()));
    ratio.setValue(text(p.ratioText()));
    liquidVolume.setValue(p.liquidVolumeMillilitres());
    purpose.setValue(text(p.purpose()));
    notes.setValue(text(p.notes()));
    type.addValueChangeListener(e -> showFieldsOf(e.getValue()));
    showFieldsOf(p.type());
  }

  private void showFieldsOf(@Nullable SynthesisStepType t) {
    boolean heated = t != null && HEATED.contains(t);
    atmosphere.setVisible(heated);
    gasFlow.setVisible(heated);
    ramp.setVisible(heated);
    hold.setVisible(heated);
    temperature.setVisible(
        heated || t == SynthesisStepType.DRYING || t == SynthesisStepType.HYDROTHERMAL);
    cooling.setVisible(heated || t == SynthesisStepType.COOLING);
    duration.setVisible(!heated && t != SynthesisStepType.COOLING);
    vacuum.setVisible(t == SynthesisStepType.DRYING);
    method.setVisible(
        t == SynthesisStepType.MIXING
            || t == SynthesisStepType.WASHING
            || t == SynthesisStepType.GRINDING
            || t == SynthesisStepType.SIEVING);
    agent.setVisible(t == SynthesisStepType.ACTIVATION);
    ratio.setVisible(t == SynthesisStepType.MIXING || t == SynthesisStepType.ACTIVATION);
    liquidVolume.setVisible(t == SynthesisStepType.HYDROTHERMAL || t == SynthesisStepType.WASHING);
  }

  /** The step as entered; parameters hidden for the chosen type are dropped. */
  StepParameters value() {
    return new StepParameters(
        type.getValue(),
        text(atmosphere),
        number(gasFlow),
        number(temperature),
        number(ramp),
        number(hold),
        number(cooling),
        number(duration),
        vacuum.isVisible() && vacuum.getValue() ? Boolean.TRUE : null,
        text(method),
        text(agent),
        text(ratio),
        number(liquidVolume),
        text(purpose),
        text(notes));
  }

  /** Errors "steps[i].temperature" etc. land on this editor's fields. */
  void bindTo(FieldErrors errors, int index) {
    Map.<String, HasValidation>of(
            "type",
            type,
            "temperature",
            temperature,
            "ramp",
            ramp,
            "hold",
            hold,
            "cooling",
            cooling,
            "duration",
            duration,
            "gasFlow",
            gasFlow,
            "liquidVolume",
            liquidVolume)
        .forEach((field, component) -> errors.bind("steps[" + index + "]." + field, component));
  }

  private static String text(@Nullable String s) {
    return s == null ? "" : s;
  }

  private static @Nullable String text(TextField f) {
    return f.isVisible() && !f.getValue().isBlank() ? f.getValue().trim() : null;
  }

  private static @Nullable Double number(NumberField f) {
    return f.isVisible() ? f.getValue() : null;
  }
}

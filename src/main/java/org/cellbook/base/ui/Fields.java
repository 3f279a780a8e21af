package org.cellbook.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Form fields that carry their unit, so nobody types grams into a milligram field. */
public final class Fields {

  private Fields() {}

  public static NumberField number(String label, String unit) {
    NumberField field = new NumberField(label);
    field.setSuffixComponent(new Span(unit));
    field.setClearButtonVisible(true);
    return field;
  }

  /**
   * Enter in any of these fields clicks {@code submit}: a balance in keyboard-wedge mode types the
   * mass and Enter. The field is blurred first, so its value reaches the server before the click.
   */
  public static void submitOnEnter(Button submit, Component... fields) {
    submit.addClickShortcut(Key.ENTER).listenOn(fields).resetFocusOnActiveElement();
  }

  /**
   * The field a dialog is opened to fill: focused when the dialog opens, its value selected, so a
   * keyboard user (or a balance) types straight over the planned value.
   */
  public static void typeFirst(TextFieldBase<?, ?> field) {
    field.setAutofocus(true);
    field.setAutoselect(true);
  }

  /** A number with a fixed count of decimals, or an empty string for a missing value. */
  public static String format(@Nullable Double value, int decimals) {
    return value == null ? "" : String.format(Locale.ROOT, "%." + decimals + "f", value);
  }
}

package org.cellbook.base.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.NumberField;
import java.util.Locale;

/** Form fields that carry their unit, so nobody types grams into a milligram field. */
public final class Fields {

  private Fields() {}

  public static NumberField number(String label, String unit) {
    NumberField field = new NumberField(label);
    field.setSuffixComponent(new Span(unit));
    field.setClearButtonVisible(true);
    return field;
  }

  /** A number with a fixed count of decimals, or an empty string for a missing value. */
  public static String format(Double value, int decimals) {
    return value == null ? "" : String.format(Locale.ROOT, "%." + decimals + "f", value);
  }
}

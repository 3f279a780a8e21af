package org.cellbook.base.ui;

import com.vaadin.flow.component.textfield.TextArea;

/**
 * The reason every correction and withdrawal asks for; it is kept in the record's history. Bound to
 * the service's "reason" field, so a missing one is shown here.
 */
public final class ReasonField extends TextArea {

  public ReasonField() {
    super("Reason");
    setRequiredIndicatorVisible(true);
    setHelperText("Why the record changes; kept in its history");
    setWidthFull();
  }

  /** Binds this field to the service's "reason" problems. */
  public FieldErrors bindTo(FieldErrors errors) {
    return errors.bind("reason", this);
  }
}

package org.cellbook.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.LocalDate;

/**
 * A date picker that reads and writes ISO dates (2026-12-04), as every list and report shows them,
 * whatever the browser's locale: "12/4/2026" is the 4th of December in one lab and the 12th of
 * April in the next.
 */
public class IsoDatePicker extends DatePicker {

  public static final String FORMAT = "yyyy-MM-dd";

  public IsoDatePicker() {
    setI18n(new DatePickerI18n().setDateFormat(FORMAT));
  }

  public IsoDatePicker(String label) {
    this();
    setLabel(label);
  }

  public IsoDatePicker(String label, LocalDate initial) {
    this(label);
    setValue(initial);
  }
}

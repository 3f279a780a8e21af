package org.cellbook.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Span;
import org.cellbook.base.Labelled;
import org.jspecify.annotations.Nullable;

/** A two-column "label: value" block for record pages. */
public class Facts extends DescriptionList {

  public Facts() {
    addClassName("facts");
  }

  public Facts add(String label, Object value) {
    return add(
        label,
        new Span(
            switch (value) {
              case null -> "—";
              case Labelled l -> l.label();
              default -> value.toString();
            }));
  }

  public Facts add(String label, @Nullable Component value) {
    add(new Term(label), new Description(value == null ? new Span("—") : value));
    return this;
  }
}

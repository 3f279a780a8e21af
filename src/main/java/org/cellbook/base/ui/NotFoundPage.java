package org.cellbook.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** What a user sees where there is nothing to show: what was missing, and the way on. */
abstract class NotFoundPage extends VerticalLayout {

  final Paragraph message = new Paragraph();

  NotFoundPage() {
    addClassName("view");
    add(
        new H1("Not found"),
        message,
        new Paragraph("Use the search box above to find a record by code or name."),
        new Anchor("batches", "Go to the batches"));
  }
}

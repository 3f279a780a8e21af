package org.cellbook.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.cellbook.base.NotFoundException;

/** A link to a record that does not exist: say which, and offer the search. */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

  final Paragraph message = new Paragraph();

  public NotFoundView() {
    addClassName("view");
    add(
        new H2("Not found"),
        message,
        new Paragraph("Use the search box above to find a record by code or name."),
        new Anchor("batches", "Go to the batches"));
  }

  @Override
  public int setErrorParameter(
      BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
    message.setText(parameter.getCaughtException().getMessage() + ".");
    return HttpServletResponse.SC_NOT_FOUND;
  }
}

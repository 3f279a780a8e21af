package org.cellbook.base.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown instead of Vaadin's default page when opening a page fails: a sentence and an error id,
 * never the exception text. The full error is logged under the same id.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

  final Paragraph message = new Paragraph();

  public ErrorView() {
    addClassName("view");
    add(new H1("This page could not be opened"), message);
  }

  @Override
  public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
    message.setText(ErrorHandling.messageFor(parameter.getCaughtException()));
    return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
  }
}

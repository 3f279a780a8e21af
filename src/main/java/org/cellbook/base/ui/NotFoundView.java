package org.cellbook.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.cellbook.base.NotFoundException;

/** A link to a record that does not exist: say which, and offer the search. */
@ParentLayout(MainLayout.class)
@PermitAll
@PageTitle("Not found · Cellbook")
public class NotFoundView extends NotFoundPage implements HasErrorParameter<NotFoundException> {

  @Override
  public int setErrorParameter(
      BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
    message.setText(parameter.getCaughtException().getMessage() + ".");
    return HttpServletResponse.SC_NOT_FOUND;
  }
}

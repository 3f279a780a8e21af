package org.cellbook.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** An address that is no page of the app (mistyped, or from an old bookmark). */
@ParentLayout(MainLayout.class)
@PermitAll
@PageTitle("Not found · Cellbook")
public class NoSuchPageView extends NotFoundPage implements HasErrorParameter<NotFoundException> {

  @Override
  public int setErrorParameter(
      BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
    message.setText("There is no page at /" + event.getLocation().getPath() + ".");
    return HttpServletResponse.SC_NOT_FOUND;
  }
}

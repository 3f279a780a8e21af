package org.cellbook.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.cellbook.security.UserService;

@Route(value = "login", autoLayout = false)
@PageTitle("Log in · Cellbook")
@AnonymousAllowed
class LoginView extends VerticalLayout implements BeforeEnterObserver {

  private final LoginForm login = new LoginForm();
  private final UserService users;

  LoginView(UserService users) {
    this.users = users;
    addClassName("login-view");
    setSizeFull();
    setAlignItems(FlexComponent.Alignment.CENTER);
    setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
    login.setAction("login");
    login.setForgotPasswordButtonVisible(false);
    add(
        new H1("Cellbook"),
        new Paragraph("Lab notebook for battery materials: synthesis, electrodes, cells."),
        login);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (users.needsSetup()) {
      event.forwardTo(SetupView.class);
      return;
    }
    login.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
  }
}

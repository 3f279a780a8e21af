package org.cellbook.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.cellbook.security.CurrentUser;
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
    getElement().setAttribute("role", "main");
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
    if (CurrentUser.username().isPresent()) {
      event.forwardTo("");
      return;
    }
    var parameters = event.getLocation().getQueryParameters().getParameters();
    LoginI18n i18n = LoginI18n.createDefault();
    if (parameters.containsKey("locked")) {
      i18n.getErrorMessage().setTitle("Log-in paused");
      i18n.getErrorMessage()
          .setMessage(
              "Too many failed log-ins for this user or from this computer. Try again in a"
                  + " quarter of an hour, or ask an administrator to lift the lockout.");
    } else if (parameters.containsKey("expired")) {
      i18n.getErrorMessage().setTitle("The log-in page had expired");
      i18n.getErrorMessage().setMessage("Please log in again.");
    }
    login.setI18n(i18n);
    login.setError(
        parameters.containsKey("error")
            || parameters.containsKey("locked")
            || parameters.containsKey("expired"));
  }
}

package org.cellbook.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.cellbook.base.ui.FieldErrors;
import org.cellbook.security.CurrentUser;
import org.cellbook.security.UserService;

/** One-time screen of a fresh notebook: creates the first administrator, then closes for good. */
@Route(value = "setup", autoLayout = false)
@PageTitle("Set up · Cellbook")
@AnonymousAllowed
class SetupView extends VerticalLayout implements BeforeEnterObserver {

  final TextField username = new TextField("Administrator user name");
  final TextField fullName = new TextField("Full name");
  final PasswordField password = new PasswordField("Password");
  final Button create = new Button("Create administrator");
  private final UserService users;

  SetupView(UserService users) {
    this.users = users;
    setAlignItems(FlexComponent.Alignment.CENTER);
    password.setHelperText(
        "At least "
            + UserService.MIN_PASSWORD_LENGTH
            + " characters. There is no default password.");
    create.addThemeVariants(ButtonVariant.PRIMARY);
    create.addClickListener(e -> createAdmin());
    getElement().setAttribute("role", "main");
    add(
        new H1("Set up Cellbook"),
        new Paragraph("This notebook has no users yet. Create the first administrator."),
        username,
        fullName,
        password,
        create);
  }

  private void createAdmin() {
    FieldErrors errors =
        new FieldErrors()
            .bind("username", username)
            .bind("fullName", fullName)
            .bind("password", password);
    if (errors.run(
        () ->
            users.createFirstAdmin(
                username.getValue(), fullName.getValue(), password.getValue()))) {
      getUI().ifPresent(ui -> ui.getPage().setLocation("login"));
    }
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (!users.needsSetup()) {
      // Set up already: a logged-in user goes to the start page, anyone else to log in.
      if (CurrentUser.username().isPresent()) {
        event.forwardTo("");
      } else {
        event.forwardTo(LoginView.class);
      }
    }
  }
}

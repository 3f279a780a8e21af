package org.cellbook.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.cellbook.base.ui.Columns;
import org.cellbook.base.ui.FieldErrors;
import org.cellbook.base.ui.Notifications;
import org.cellbook.security.ApiTokens;
import org.cellbook.security.CurrentUser;

/**
 * The user's personal API tokens: create one for a script or a cycler PC (shown once), see when
 * each was last used, revoke one that leaked. A token acts with its owner's role.
 */
@Route("tokens")
@PageTitle("API tokens · Cellbook")
@PermitAll
class TokensView extends VerticalLayout {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

  final TextField name = new TextField("What is it for?");
  final Button create = new Button("Create token");
  final Grid<ApiTokens.Summary> grid = new Grid<>();
  final TextField secret = new TextField("Your new token (copy it now: it is not shown again)");
  final Button copy = new Button("Copy", VaadinIcon.COPY.create());
  private final ApiTokens tokens;
  private final String user;

  TokensView(ApiTokens tokens) {
    this.tokens = tokens;
    this.user = CurrentUser.username().orElseThrow();
    addClassName("view");
    name.setPlaceholder("e.g. cycler PC 3");
    name.setWidth("20em");
    create.addThemeVariants(ButtonVariant.PRIMARY);
    create.addClickListener(e -> create());
    secret.setReadOnly(true);
    secret.setWidth("40em");
    copy.getElement().setAttribute("aria-label", "Copy the token to the clipboard");
    copy.addClickListener(e -> copySecret());
    Columns.text(grid, ApiTokens.Summary::name, "Name");
    Columns.whole(grid, t -> WHEN.format(t.createdAt()), "Created");
    Columns.whole(
        grid, t -> t.lastUsedAt() == null ? "never" : WHEN.format(t.lastUsedAt()), "Last used");
    grid.addColumn(
            new ComponentRenderer<>(
                t ->
                    t.revoked()
                        ? new Paragraph("revoked")
                        : new Button(
                            "Revoke",
                            e -> {
                              tokens.revoke(user, t.id());
                              refresh();
                            })))
        .setHeader("")
        .setAutoWidth(true);
    grid.setAllRowsVisible(true);
    HorizontalLayout row = new HorizontalLayout(name, create);
    row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    add(
        new H1("API tokens"),
        new Paragraph(
            "Scripts and cycler PCs send a token as \"Authorization: Bearer <token>\" to the REST"
                + " API under /api/v1 (description at /swagger-ui.html). A token can do what you"
                + " can do."),
        row,
        grid);
    refresh();
  }

  void create() {
    new FieldErrors()
        .bind("name", name)
        .run(
            () -> {
              secret.setValue(tokens.create(user, name.getValue()));
              HorizontalLayout field = new HorizontalLayout(secret, copy);
              field.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
              Dialog shown = new Dialog(field);
              shown.setHeaderTitle("Token created");
              shown.getFooter().add(new Button("Done", e -> shown.close()));
              shown.open();
              name.clear();
              refresh();
            });
  }

  /**
   * Writes the token to the clipboard; where the browser refuses (no HTTPS, no permission) the
   * token is selected instead, for Ctrl+C.
   */
  void copySecret() {
    secret
        .getElement()
        .executeJs(
            """
            const select = () => { this.focus(); this.inputElement.select(); return false; };
            if (!navigator.clipboard) { return select(); }
            return navigator.clipboard.writeText($0).then(() => true, select);""",
            secret.getValue())
        .then(
            Boolean.class,
            copied ->
                Notifications.success(copied ? "Copied" : "Selected: press Ctrl+C to copy it"));
  }

  private void refresh() {
    grid.setItems(tokens.of(user));
  }
}

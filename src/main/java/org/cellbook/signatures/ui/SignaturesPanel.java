package org.cellbook.signatures.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.cellbook.base.RecordType;
import org.cellbook.base.ui.Columns;
import org.cellbook.base.ui.FieldErrors;
import org.cellbook.base.ui.Fields;
import org.cellbook.base.ui.Notifications;
import org.cellbook.security.CurrentUser;
import org.cellbook.signatures.Meaning;
import org.cellbook.signatures.Signature;
import org.cellbook.signatures.SignatureService;
import org.cellbook.signatures.WrongPasswordException;

/**
 * "Signatures" section of a record page: who signed, meaning what, when (UTC), over which content
 * hash, and whether an amendment superseded it; "Sign…" and "Amend…" for those who may record. A
 * signature or an amendment reloads the page, which then hides or shows its edit actions.
 */
class SignaturesPanel extends VerticalLayout {

  final Grid<Signature> grid = new Grid<>(Signature.class, false);
  final Paragraph notSigned = new Paragraph("Not signed");
  final Button sign = new Button("Sign…");
  final Button amend = new Button("Amend…");

  private final SignatureService signatures;
  private final RecordType type;
  private final String code;

  SignaturesPanel(SignatureService signatures, RecordType type, String code) {
    this.signatures = signatures;
    this.type = type;
    this.code = code;
    setPadding(false);
    Columns.whole(grid, s -> s.getSignerFullName() + " (" + s.getSigner() + ")", "Who");
    Columns.whole(grid, s -> s.getMeaning().label(), "Meaning");
    Columns.whole(grid, s -> SignatureService.UTC.format(s.getSignedAt()), "When");
    Columns.whole(grid, s -> s.getContentSha256().substring(0, 12) + "…", "SHA-256")
        .setTooltipGenerator(Signature::getContentSha256);
    Columns.text(grid, SignaturesPanel::state, "State");
    grid.setAllRowsVisible(true);
    sign.addClickListener(e -> new SignDialog().open());
    amend.addClickListener(e -> new AmendDialog().open());
    List<Signature> all = signatures.of(type, code);
    grid.setItems(all);
    grid.setVisible(!all.isEmpty());
    notSigned.setVisible(all.isEmpty());
    sign.setVisible(CurrentUser.canEdit());
    amend.setVisible(CurrentUser.canEdit() && all.stream().anyMatch(Signature::isActive));
    HorizontalLayout header = new HorizontalLayout(new H3("Signatures"), sign, amend);
    header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
    add(header, notSigned, grid);
  }

  private static String state(Signature s) {
    String time =
        s.getTsaTime() == null
            ? ""
            : " · timestamped " + SignatureService.UTC.format(s.getTsaTime());
    return s.isActive()
        ? "active" + time
        : "superseded "
            + SignatureService.UTC.format(s.getSupersededAt())
            + " by "
            + s.getSupersededBy()
            + ": "
            + s.getSupersededReason();
  }

  private static void reload() {
    UI.getCurrent().refreshCurrentRoute(false);
  }

  final class SignDialog extends Dialog {
    final ComboBox<Meaning> meaning = new ComboBox<>("Meaning", Meaning.values());
    final PasswordField password = new PasswordField("Your password");
    final Button save = new Button("Sign");

    SignDialog() {
      setHeaderTitle("Sign " + code);
      Fields.submitOnEnter(save, password);
      Fields.typeFirst(password);
      meaning.setItemLabelGenerator(Meaning::label);
      meaning.setValue(Meaning.AUTHORED);
      meaning.setHelperText("Reviewed or approved: only someone other than the author");
      password.setHelperText("A signature needs your password every time");
      FieldErrors errors = new FieldErrors().bind("meaning", meaning).bind("password", password);
      save.addThemeVariants(ButtonVariant.PRIMARY);
      save.addClickListener(
          e -> {
            try {
              if (errors.run(
                  () ->
                      warnIfNotTimestamped(
                          signatures.sign(type, code, meaning.getValue(), password.getValue())))) {
                close();
                reload();
              }
            } catch (WrongPasswordException x) {
              password.setErrorMessage(x.getMessage());
              password.setInvalid(true);
            }
          });
      add(new VerticalLayout(meaning, password));
      getFooter().add(new Button("Cancel", e -> close()), save);
    }

    private void warnIfNotTimestamped(Signature s) {
      if (signatures.timestampsConfigured() && s.getTsaTime() == null) {
        Notifications.error(
            "Signed, but the time-stamping authority gave no timestamp: the signature is kept"
                + " without one");
      } else {
        Notifications.success("Signed " + code + " as " + s.getMeaning().label());
      }
    }
  }

  final class AmendDialog extends Dialog {
    final TextArea reason = new TextArea("Reason for the amendment");
    final Button save = new Button("Amend");

    AmendDialog() {
      setHeaderTitle("Amend " + code);
      reason.setWidth("32em");
      reason.setHelperText(
          "The signatures are kept, marked superseded, and the record can be changed again");
      FieldErrors errors = new FieldErrors().bind("reason", reason);
      save.addThemeVariants(ButtonVariant.PRIMARY);
      save.addClickListener(
          e -> {
            if (errors.run(() -> signatures.amend(type, code, reason.getValue()))) {
              Notifications.success(code + " can be changed again");
              close();
              reload();
            }
          });
      add(reason);
      getFooter().add(new Button("Cancel", e -> close()), save);
    }
  }
}

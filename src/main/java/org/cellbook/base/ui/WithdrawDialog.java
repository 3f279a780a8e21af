package org.cellbook.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Consumer;

/**
 * Asks why a record is withdrawn, then withdraws it through its service. A refusal (something made
 * from it still stands) is shown as a notification and the dialog stays open.
 */
public final class WithdrawDialog extends Dialog {

  public final ReasonField reason = new ReasonField();
  public final Button withdraw = new Button("Withdraw");

  /**
   * @param withdrawal calls the service with the reason given
   * @param done runs after a successful withdrawal, e.g. to show the record again
   */
  public WithdrawDialog(String code, Consumer<String> withdrawal, Runnable done) {
    setHeaderTitle("Withdraw " + code);
    FieldErrors errors = reason.bindTo(new FieldErrors());
    withdraw.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
    withdraw.addClickListener(
        e -> {
          if (errors.run(() -> withdrawal.accept(reason.getValue()))) {
            Notifications.success(code + " withdrawn");
            close();
            done.run();
          }
        });
    add(
        new Paragraph(
            "Nothing is deleted: the record stays in the lineage, marked withdrawn, and leaves the"
                + " lists. What it took from lots goes back to them."),
        reason);
    setWidth("36em");
    getFooter().add(new Button("Cancel", e -> close()), withdraw);
  }
}

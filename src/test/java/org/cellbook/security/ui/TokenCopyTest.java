package org.cellbook.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.component.notification.Notification;
import org.cellbook.security.Role;
import org.cellbook.security.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import tools.jackson.databind.node.BooleanNode;

/** The token is shown once, so the dialog showing it copies it to the clipboard. */
@SpringBootTest
class TokenCopyTest extends SpringBrowserlessTest {

  @Autowired UserService users;

  @BeforeEach
  void setUp() {
    users.ensureUser("tess", "Tess Token", "tess-password", Role.RESEARCHER);
  }

  private TokensView created() {
    TokensView view = navigate(TokensView.class);
    test(view.name).setValue("cycler PC 3");
    test(view.create).click();
    assertThat(view.secret.getValue()).isNotBlank();
    assertThat(find(Dialog.class).single().isOpened()).isTrue();
    return view;
  }

  /**
   * Clicks Copy and returns the script it sends, as the browser would receive it (taken before the
   * round trip that would send it).
   */
  private static PendingJavaScriptInvocation copy(TokensView view) {
    assertThat(view.copy.isAttached()).isTrue();
    view.copy.click();
    UI ui = UI.getCurrent();
    ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
    return ui.getInternals().dumpPendingJavaScriptInvocations().stream()
        .filter(i -> i.getInvocation().getExpression().contains("navigator.clipboard.writeText"))
        .findFirst()
        .orElseThrow();
  }

  private String notification() {
    return test(find(Notification.class).last()).getText();
  }

  @Test
  @WithMockUser(username = "tess", roles = "RESEARCHER")
  void copyPutsTheNewTokenOnTheClipboardAndSaysSo() {
    TokensView view = created();
    PendingJavaScriptInvocation copy = copy(view);
    assertThat(copy.getInvocation().getParameters()).contains(view.secret.getValue());
    copy.complete(BooleanNode.TRUE);
    assertThat(notification()).isEqualTo("Copied");
  }

  @Test
  @WithMockUser(username = "tess", roles = "RESEARCHER")
  void whereTheBrowserRefusesTheClipboardTheTokenIsSelectedForCtrlC() {
    TokensView view = created();
    copy(view).complete(BooleanNode.FALSE);
    assertThat(notification()).isEqualTo("Selected: press Ctrl+C to copy it");
  }
}

package org.cellbook.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/** A missing record and a mistyped address both get a titled page that says what was missing. */
@SpringBootTest
@WithMockUser(username = "ana", roles = "RESEARCHER")
class NotFoundPagesTest extends SpringBrowserlessTest {

  @Test
  void anAddressThatIsNoPageSaysSoWithATitle() {
    UI.getCurrent().navigate("batchez");

    NoSuchPageView page = find(NoSuchPageView.class).single();
    assertThat(page.message.getText()).isEqualTo("There is no page at /batchez.");
    assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Not found · Cellbook");
  }

  @Test
  void aRecordThatDoesNotExistIsNamedWithATitle() {
    UI.getCurrent().navigate("cells/C-1999-0001");

    NotFoundView page = find(NotFoundView.class).single();
    assertThat(page.message.getText()).contains("C-1999-0001");
    assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Not found · Cellbook");
  }
}

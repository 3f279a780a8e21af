package org.cellbook.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import org.cellbook.security.Role;
import org.cellbook.security.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

/** Once the notebook is set up, /setup and /login take a logged-in user to the start page. */
@SpringBootTest
class SetupAndLoginViewTest extends SpringBrowserlessTest {

  @Autowired UserService users;

  /** The notebook is set up: it has a user. */
  @BeforeEach
  void setUp() {
    users.ensureUser("ana", "Ana Author", "ana-password", Role.RESEARCHER);
  }

  private String path() {
    return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
  }

  @Test
  @WithMockUser(username = "ana", roles = "RESEARCHER")
  void aLoggedInUserOpeningSetupOrLoginLandsOnTheStartPage() {
    UI.getCurrent().navigate("setup");
    assertThat(find(LoginForm.class).all()).isEmpty();
    assertThat(find(SetupView.class).all()).isEmpty();

    UI.getCurrent().navigate("login");
    assertThat(find(LoginForm.class).all()).isEmpty();
    assertThat(path()).isEmpty();
  }

  @Test
  @WithAnonymousUser
  void someoneNotLoggedInOpeningSetupIsAskedToLogIn() {
    UI.getCurrent().navigate("setup");
    assertThat(find(LoginForm.class).all()).hasSize(1);
  }
}

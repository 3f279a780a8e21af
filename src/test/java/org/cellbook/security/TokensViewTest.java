package org.cellbook.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/** A user creates a token in the app, sees it once, and revokes it. */
@SpringBootTest
@WithMockUser(username = "tok-user", roles = "RESEARCHER")
class TokensViewTest extends SpringBrowserlessTest {

  @Autowired UserService users;
  @Autowired ApiTokens tokens;

  @BeforeEach
  void user() {
    users.ensureUser("tok-user", "Token User", "s3cret-pass", Role.RESEARCHER);
  }

  @Test
  void createShowOnceAndRevoke() {
    UI.getCurrent().navigate("tokens");
    TextField name =
        $(TextField.class).all().stream()
            .filter(t -> "What is it for?".equals(t.getLabel()))
            .findFirst()
            .orElseThrow();
    test(name).setValue("cycler PC 3");
    test($(Button.class).withText("Create token").single()).click();

    TextField secret =
        $(TextField.class).all().stream().filter(TextField::isReadOnly).findFirst().orElseThrow();
    assertThat(secret.getValue()).startsWith("cbk_");
    assertThat(tokens.authenticate(secret.getValue())).isPresent();

    @SuppressWarnings("unchecked")
    Grid<ApiTokens.Summary> grid = $(Grid.class).single();
    assertThat(test(grid).size()).isEqualTo(1);
    tokens.revoke("tok-user", grid.getListDataView().getItems().findFirst().orElseThrow().id());
    assertThat(tokens.authenticate(secret.getValue())).isEmpty();
  }
}

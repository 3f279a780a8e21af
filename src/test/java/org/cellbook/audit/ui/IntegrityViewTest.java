package org.cellbook.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import javax.sql.DataSource;
import org.cellbook.Fixtures;
import org.cellbook.audit.IntegrityCheck;
import org.cellbook.materials.Material;
import org.cellbook.materials.MaterialKind;
import org.cellbook.materials.MaterialService;
import org.cellbook.security.SystemUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** An administrator checks the notebook's integrity and sees a forged audit row named. */
@SpringBootTest
@WithMockUser(username = "integrity-admin", roles = "ADMIN")
class IntegrityViewTest extends SpringBrowserlessTest {

  @Autowired MaterialService materials;
  @Autowired DataSource dataSource;

  @Test
  void administratorSeesCountsAndTheForgedRecord() {
    Material m =
        SystemUser.call(
            () ->
                materials.save(
                    new Material(
                        Fixtures.unique("IV"), "checked carbon", MaterialKind.SYNTHESISED_CARBON)));
    UI.getCurrent().navigate("integrity");
    IntegrityView view = find(IntegrityView.class).single();
    test(view.run).click();
    assertThat(view.summary.getText()).startsWith("Everything checks:").contains("revisions");
    assertThat(view.head.getText())
        .matches("Chain head: position \\d+, SHA-256 [0-9a-f]{64}\\. .*");
    assertThat(view.problems.isVisible()).isFalse();

    JdbcTemplate sql = new JdbcTemplate(dataSource);
    sql.update("update material_aud set name = 'forged' where id = ?", m.getId());
    try {
      test(view.run).click();
      assertThat(view.summary.getText()).startsWith("Something is broken:").contains("1 problem.");
      assertThat(view.problems.isVisible()).isTrue();
      assertThat(view.problems.getListDataView().getItems())
          .singleElement()
          .extracting(IntegrityCheck.Problem::code)
          .isEqualTo(m.getCode());
    } finally {
      sql.update("update material_aud set name = 'checked carbon' where id = ?", m.getId());
    }
    test(view.run).click();
    assertThat(view.summary.getText()).startsWith("Everything checks:");
  }
}

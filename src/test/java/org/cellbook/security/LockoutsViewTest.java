package org.cellbook.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/** An administrator sees who is locked out of log-in and lets them in again. */
@SpringBootTest
@WithMockUser(username = "lock-admin", roles = "ADMIN")
class LockoutsViewTest extends SpringBrowserlessTest {

  @Autowired LoginThrottle throttle;

  @Test
  void administratorLiftsALockout() {
    for (int k = 0; k < 10; k++) {
      throttle.failed("locked-out", "10.0.0.90");
    }
    UI.getCurrent().navigate("lockouts");
    @SuppressWarnings("unchecked")
    Grid<LoginThrottle.Lockout> grid = $(Grid.class).single();
    assertThat(grid.getListDataView().getItems())
        .anySatisfy(l -> assertThat(l.subject()).isEqualTo("locked-out"));
    int row =
        grid.getListDataView()
            .getItems()
            .map(LoginThrottle.Lockout::subject)
            .toList()
            .indexOf("locked-out");
    test(test(grid).getCellComponent(row, 4)).click();
    assertThat(grid.getListDataView().getItems())
        .noneSatisfy(l -> assertThat(l.subject()).isEqualTo("locked-out"));
    throttle.checkAllowed("locked-out", "10.0.0.90");
  }
}

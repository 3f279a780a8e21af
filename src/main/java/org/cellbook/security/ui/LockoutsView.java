package org.cellbook.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.cellbook.base.ui.Columns;
import org.cellbook.security.LoginThrottle;

/**
 * Log-in lockouts in force, for administrators: a user who locked themselves out by mistyping, or a
 * lab computer whose address tried too often, can be let in again before the time runs out.
 */
@Route("lockouts")
@PageTitle("Log-in lockouts · Cellbook")
@RolesAllowed("ADMIN")
class LockoutsView extends VerticalLayout {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

  final Grid<LoginThrottle.Lockout> grid = new Grid<>();
  private final LoginThrottle throttle;

  LockoutsView(LoginThrottle throttle) {
    this.throttle = throttle;
    addClassName("view");
    Columns.whole(grid, l -> l.kind() == LoginThrottle.Kind.USER ? "user" : "address", "Locked");
    Columns.whole(grid, LoginThrottle.Lockout::subject, "Who");
    Columns.whole(grid, LoginThrottle.Lockout::failures, "Failed log-ins");
    Columns.whole(grid, l -> WHEN.format(l.until()), "Until");
    grid.addColumn(
            new ComponentRenderer<>(
                l ->
                    new Button(
                        "Lift",
                        e -> {
                          throttle.liftLockout(l.kind(), l.subject());
                          refresh();
                        })))
        .setHeader("")
        .setAutoWidth(true);
    grid.setAllRowsVisible(true);
    add(
        new H1("Log-in lockouts"),
        new Paragraph(
            "After too many failed log-ins for one user name, or from one address, log-in is"
                + " refused for a while, even with the right password. Lift a lockout to let"
                + " them in now."),
        grid);
    refresh();
  }

  private void refresh() {
    grid.setItems(throttle.current());
  }
}

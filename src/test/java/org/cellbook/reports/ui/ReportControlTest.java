package org.cellbook.reports.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.VaadinSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.cellbook.Fixtures;
import org.cellbook.cells.Cell;
import org.cellbook.reports.PdfChecks;
import org.cellbook.security.SystemUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/** The "PDF report" button on a cell page: progress while it is written, then a download. */
@SpringBootTest
class ReportControlTest extends SpringBrowserlessTest {

  @Autowired Fixtures fixtures;

  @Test
  @WithMockUser(username = "viewer-vi", roles = "VIEWER")
  void aViewerWritesTheCellReportAndGetsADownload() throws Exception {
    Cell cell = SystemUser.call(fixtures::halfCell);
    navigate("cells/" + cell.getCode(), Component.class);
    ReportControl control = find(ReportControl.class).single();

    test(control.make).click();
    assertThat(control.progress.isVisible()).isTrue();
    assertThat(control.make.isEnabled()).isFalse();
    Path file = control.running.get(60, TimeUnit.SECONDS);
    // The page update was queued with UI.access from the report worker; run it as a request would.
    VaadinSession session = VaadinSession.getCurrent();
    session.getService().runPendingAccessTasks(session);

    assertThat(control.progress.isVisible()).isFalse();
    assertThat(control.download).isNotNull();
    assertThat(control.download.getText()).isEqualTo("Download " + file.getFileName());
    assertThat(file.getFileName().toString()).startsWith("cell-" + cell.getCode());
    try (PdfChecks pdf = new PdfChecks(Files.readAllBytes(file))) {
      assertThat(pdf.text())
          .contains(cell.getCode())
          .contains("viewer-vi")
          .contains("No measurements yet.");
    }
  }

  @Test
  @WithMockUser(username = "viewer-vi", roles = "VIEWER")
  void theSeriesPageAsksForASavedSeriesFirst() {
    navigate("series", Component.class);
    ComboBox<?> saved =
        find(ComboBox.class).all().stream()
            .filter(c -> "Saved series".equals(c.getLabel()))
            .findFirst()
            .orElseThrow();
    saved.clear();
    ReportControl control = find(ReportControl.class).single();
    test(control.make).click();
    assertThat(control.running).isNull();
    assertThat(test(find(Notification.class).single()).getText())
        .isEqualTo("Choose a saved series first.");
  }
}

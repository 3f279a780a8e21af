package org.cellbook.reports.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.cellbook.base.ReportKind;
import org.cellbook.base.ui.Notifications;
import org.cellbook.reports.ReportService;
import org.cellbook.security.CurrentUser;
import org.jspecify.annotations.Nullable;

/**
 * "PDF report": writes the report in the background into the exports folder while a progress bar
 * runs, then offers the file for download. A failure (a broken template, say) is shown as its
 * message.
 */
class ReportControl extends HorizontalLayout {

  final Button make;
  final ProgressBar progress = new ProgressBar();
  final Span status = new Span();
  Anchor download;
  CompletableFuture<Path> running;

  ReportControl(ReportService reports, ReportKind kind, Supplier<String> code) {
    make = new Button("PDF report", VaadinIcon.FILE_TEXT_O.create());
    make.addThemeVariants(ButtonVariant.SMALL);
    progress.setIndeterminate(true);
    progress.setWidth("8em");
    progress.setVisible(false);
    status.addClassName("derived");
    setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
    add(make, progress, status);
    make.addClickListener(e -> start(reports, kind, code.get()));
  }

  private void start(ReportService reports, ReportKind kind, @Nullable String code) {
    if (code == null) {
      Notifications.error("Choose a saved series first.");
      return;
    }
    UI ui = UI.getCurrent();
    String author = CurrentUser.username().orElse("unknown");
    make.setEnabled(false);
    progress.setVisible(true);
    status.setText("Writing the " + kind.title().toLowerCase() + " of " + code + "…");
    if (download != null) {
      remove(download);
      download = null;
    }
    ui.setPollInterval(500);
    // The stage after the callback, so whoever waits on it (a test) sees the page updated.
    running =
        reports
            .exportInBackground(kind, code, author)
            .whenComplete(
                (file, error) ->
                    ui.access(
                        () -> {
                          ui.setPollInterval(-1);
                          make.setEnabled(true);
                          progress.setVisible(false);
                          if (error != null) {
                            Throwable cause = error.getCause() == null ? error : error.getCause();
                            status.setText("");
                            Notifications.error(
                                "The report could not be written: " + cause.getMessage());
                            return;
                          }
                          status.setText("");
                          download =
                              new Anchor(
                                  DownloadHandler.forFile(file.toFile()),
                                  "Download " + file.getFileName());
                          download.setRouterIgnore(true);
                          add(download);
                        }));
  }
}

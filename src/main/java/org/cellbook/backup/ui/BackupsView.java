package org.cellbook.backup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.util.Locale;
import org.cellbook.backup.BackupRefusedException;
import org.cellbook.backup.BackupService;
import org.cellbook.base.ui.Notifications;

/**
 * "Back up now" for administrators: writes a backup of the running notebook into the data folder's
 * backups folder and offers it for download, to keep somewhere else.
 */
@Route("backups")
@PageTitle("Backups · Cellbook")
@RolesAllowed("ADMIN")
class BackupsView extends VerticalLayout {

  final Button backUp = new Button("Back up now", VaadinIcon.DOWNLOAD.create());
  final Paragraph status = new Paragraph();
  Anchor download;

  BackupsView(BackupService backups) {
    addClassName("view");
    backUp.addThemeVariants(ButtonVariant.PRIMARY);
    backUp.addClickListener(e -> backUp(backups));
    add(
        new H1("Backups"),
        new Paragraph(
            "A backup holds the database, every raw file and parsed series, and a manifest with"
                + " the SHA-256 of each; it is taken while the notebook is in use. It is written"
                + " to the data folder's "
                + BackupService.BACKUPS_FOLDER
                + " folder: download it and keep it on another disk. Restore it with"
                + " `restore FILE --data-dir NEW_FOLDER` (README, \"Backup and restore\")."),
        backUp,
        status);
  }

  private void backUp(BackupService backups) {
    BackupService.Written written;
    try {
      written = backups.writeToBackupsFolder();
    } catch (BackupRefusedException | IOException e) {
      Notifications.error("No backup was written: " + e.getMessage());
      return;
    }
    status.setText(
        String.format(
            Locale.ROOT,
            "Written %s: %d entries, %.1f MB.",
            written.file(),
            written.manifest().entries().size(),
            written.manifest().totalBytes() / 1e6));
    if (download != null) {
      remove(download);
    }
    download =
        new Anchor(
            DownloadHandler.forFile(written.file().toFile()),
            "Download " + written.file().getFileName());
    download.setRouterIgnore(true);
    add(download);
  }
}

package org.cellbook.backup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.nio.file.Path;
import org.cellbook.backup.BackupArchive;
import org.cellbook.backup.BackupService;
import org.cellbook.backup.Manifest;
import org.cellbook.storage.StorageSettings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/** An administrator backs the running notebook up with one button and gets a download. */
@SpringBootTest
@WithMockUser(username = "backup-admin", roles = "ADMIN")
class BackupsViewTest extends SpringBrowserlessTest {

  @Autowired StorageSettings storage;

  @Test
  void backUpNowWritesIntoTheBackupsFolderAndOffersTheDownload() throws Exception {
    UI.getCurrent().navigate("backups");
    BackupsView view = find(BackupsView.class).single();
    assertThat(view.download).isNull();

    test(view.backUp).click();

    assertThat(view.download).isNotNull();
    String name = view.download.getText().substring("Download ".length());
    assertThat(name).matches("cellbook-\\d{8}-\\d{6}Z\\.zip");
    Path file = storage.folder().resolve(BackupService.BACKUPS_FOLDER).resolve(name);
    assertThat(view.status.getText()).startsWith("Written " + file).contains("entries");
    Manifest manifest = BackupArchive.check(file);
    assertThat(manifest.entries())
        .extracting(Manifest.Entry::path)
        .contains(Manifest.DATABASE_ENTRY);
  }
}

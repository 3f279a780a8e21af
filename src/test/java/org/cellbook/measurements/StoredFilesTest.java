package org.cellbook.measurements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cellbook.TestSettings;
import org.cellbook.storage.StorageSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The disk quota: an upload is refused with the figures and the setting to change when the store is
 * full or the disk nearly so — before it is read, or as soon as it streams past the room left — and
 * nothing of it stays behind.
 */
class StoredFilesTest {

  @TempDir Path data;

  private final MeasurementFileRepository files = mock(MeasurementFileRepository.class);

  private StoredFiles storedFiles(double maxStoreGigabytes, long minFreeMegabytes) {
    return new StoredFiles(
        new LocalFileStore(data.resolve("files")),
        files,
        mock(MeasurementRepository.class),
        mock(PlatformTransactionManager.class),
        TestSettings.bind(StorageSettings.class, "cellbook.data-dir", data),
        TestSettings.bind(
            MeasurementSettings.class,
            "cellbook.measurements.max-store-gb",
            maxStoreGigabytes,
            "cellbook.measurements.min-free-disk-mb",
            minFreeMegabytes));
  }

  private static InputStream bytes(int n) {
    return new ByteArrayInputStream(new byte[n]);
  }

  private void nothingKept() throws Exception {
    if (!Files.exists(data.resolve("files"))) {
      return;
    }
    try (var left = Files.walk(data.resolve("files"))) {
      assertThat(left.filter(Files::isRegularFile)).isEmpty();
    }
  }

  @Test
  void aFullStoreRefusesTheNextUploadBeforeReadingIt() throws Exception {
    when(files.storedBytes()).thenReturn(3L << 30);
    InputStream never =
        new InputStream() {
          @Override
          public int read() {
            throw new AssertionError("read although the store is full");
          }
        };
    assertThatThrownBy(() -> storedFiles(2.5, 0).put("cell-3.xlsx", never, 1L << 30))
        .isInstanceOf(InsufficientStorageException.class)
        .hasMessage(
            "files: the notebook's file store is full: it holds 3.0 GB of its 2.5 GB quota"
                + " (cellbook.measurements.max-store-gb); nothing was stored. Delete failed"
                + " measurements or ask an administrator to raise the quota");
  }

  @Test
  void anUploadLargerThanTheRoomLeftIsRefusedAsItStreamsAndNotKept() throws Exception {
    long quota = 1L << 20; // 1 MiB as a fraction of a GB
    when(files.storedBytes()).thenReturn(quota - 4096);
    StoredFiles store = storedFiles(quota / (double) (1L << 30), 0);

    assertThatThrownBy(() -> store.put("channel-3.xlsx", bytes(10_000), 1L << 30))
        .isInstanceOf(InsufficientStorageException.class)
        .hasMessageContaining("the notebook's file store is full: 'channel-3.xlsx' does not fit")
        .hasMessageContaining("cellbook.measurements.max-store-gb");
    nothingKept();

    // what fits is stored
    assertThat(store.put("small.txt", bytes(4000), 1L << 30).sizeBytes()).isEqualTo(4000);
  }

  @Test
  void aNearlyFullDiskRefusesUploads() throws Exception {
    long huge = Long.MAX_VALUE / (1L << 21); // more megabytes than any disk has
    assertThatThrownBy(() -> storedFiles(0, huge).put("cell-3.xlsx", bytes(10), 1L << 30))
        .isInstanceOf(InsufficientStorageException.class)
        .hasMessageContaining("the disk holding the notebook has only ")
        .hasMessageContaining("must stay free (cellbook.measurements.min-free-disk-mb)")
        .hasMessageNotContaining(data.toString());
    nothingKept();
  }

  @Test
  void withoutAQuotaOnlyTheFreeDiskCounts() throws Exception {
    assertThat(storedFiles(0, 0).put("a.txt", bytes(100), 1L << 30).sizeBytes()).isEqualTo(100);
  }

  @Test
  void sizesReadAsAPersonWritesThem() {
    assertThat(StoredFiles.size(5000)).isEqualTo("5 kB");
    assertThat(StoredFiles.size(412L << 20)).isEqualTo("412 MB");
    assertThat(StoredFiles.size((long) (10.25 * (1L << 30)))).isEqualTo("10.3 GB");
  }
}

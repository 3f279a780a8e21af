package org.cellbook.measurements;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.cellbook.storage.StorageSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The file store as measurements use it: an upload is taken only while the store is within its
 * quota ({@code cellbook.measurements.max-store-gb}) and the disk keeps {@code
 * cellbook.measurements.min-free-disk-mb} free, checked before and while the bytes stream in; a
 * stored file is hashed again before it is analysed, plotted or downloaded, and one whose bytes
 * changed on disk is refused and its measurement marked; bytes are removed only when no measurement
 * refers to them, never between an upload's storing and its commit.
 */
@Component
class StoredFiles {

  private static final Logger log = LoggerFactory.getLogger(StoredFiles.class);
  private static final long MB = 1L << 20;
  private static final long GB = 1L << 30;

  /** The free disk space is asked again after each this many bytes of an upload. */
  private static final long DISK_CHECK_BYTES = 64 * MB;

  private final FileStore store;
  private final MeasurementFileRepository files;
  private final MeasurementRepository measurements;
  private final TransactionTemplate ownTransaction;
  private final Path disk;
  private volatile long maxStoreBytes;
  private volatile long minFreeBytes;

  /** Uploads share it from storing to commit; removing stored bytes needs it alone. */
  private final ReadWriteLock storing = new ReentrantReadWriteLock();

  StoredFiles(
      FileStore store,
      MeasurementFileRepository files,
      MeasurementRepository measurements,
      PlatformTransactionManager transactions,
      StorageSettings storage,
      MeasurementSettings settings) {
    this.store = store;
    this.files = files;
    this.measurements = measurements;
    this.ownTransaction = new TransactionTemplate(transactions);
    ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.disk = storage.dataDir();
    useLimits(
        (long) (settings.maxStoreGb() * GB),
        Math.min(settings.minFreeDiskMb(), Long.MAX_VALUE / MB) * MB);
  }

  /**
   * Changes the quota and the free space to keep (0: no quota). Set from the configuration; tests
   * use extreme values.
   */
  void useLimits(long maxStoreBytes, long minFreeBytes) {
    this.maxStoreBytes = maxStoreBytes;
    this.minFreeBytes = minFreeBytes;
  }

  /**
   * Runs an upload — storing its bytes and committing the rows that refer to them — so that no
   * clean-up removes those bytes in between (the same bytes may already be stored, unreferenced).
   */
  <T> T whileStoring(Supplier<T> upload) {
    storing.readLock().lock();
    try {
      return upload.get();
    } finally {
      storing.readLock().unlock();
    }
  }

  /**
   * Stores an upload if the store and the disk have room for it, checking again as it streams in.
   *
   * @param name the uploaded name, for messages
   * @throws InsufficientStorageException when there is no room; nothing is kept
   */
  FileStore.Stored put(String name, InputStream in, long maxUploadBytes) throws IOException {
    long quota = maxStoreBytes;
    long used = quota > 0 ? files.storedBytes() : 0;
    if (quota > 0 && used >= quota) {
      throw new InsufficientStorageException(
          "the notebook's file store is full: it holds "
              + size(used)
              + " of its "
              + quota(quota)
              + "; nothing was stored. Delete failed measurements or ask an administrator to"
              + " raise the quota");
    }
    checkDisk(name, 0);
    long room = quota > 0 ? quota - used : Long.MAX_VALUE;
    return store.put(new Metered(name, in, room, quota), maxUploadBytes);
  }

  /**
   * Checks a stored file against its recorded SHA-256 (one streamed read, no database access: an
   * analysis may run it interruptibly).
   *
   * @throws StoredFileChangedException when the bytes changed
   */
  void check(MeasurementFile f) throws IOException {
    String actual = store.rehash(f.getSha256());
    if (!actual.equals(f.getSha256())) {
      log.error(
          "stored file {} ('{}') now hashes to {}: changed on disk",
          f.getSha256(),
          f.getOriginalName(),
          actual);
      throw new StoredFileChangedException(f.getOriginalName(), f.getSha256(), actual);
    }
  }

  /** The format of a stored picture by its first bytes; empty for anything else. */
  Optional<ImageFormat> imageFormat(String sha256) throws IOException {
    try (InputStream in = store.open(sha256)) {
      return ImageFormat.of(in.readNBytes(ImageFormat.HEAD_BYTES));
    }
  }

  /** The stored bytes, after checking them; a changed file marks its measurement. */
  InputStream openVerified(long measurementId, MeasurementFile f) throws IOException {
    verify(measurementId, f);
    return store.open(f.getSha256());
  }

  /** A local path of the stored file, after checking it (readers that need random access). */
  Path verifiedPath(long measurementId, MeasurementFile f) throws IOException {
    verify(measurementId, f);
    return store.localPath(f.getSha256());
  }

  private void verify(long measurementId, MeasurementFile f) throws IOException {
    try {
      check(f);
    } catch (StoredFileChangedException e) {
      mark(measurementId, FileIntegrity.MISMATCH);
      throw e;
    }
  }

  /** Records what the last check of a measurement's files found. */
  void mark(long measurementId, FileIntegrity integrity) {
    ownTransaction.executeWithoutResult(s -> measurements.markIntegrity(measurementId, integrity));
  }

  /**
   * Removes stored bytes no measurement refers to. Skipped (false) while an upload is between
   * storing and commit: it may be about to refer to them; the start-up clean-up gets them later.
   */
  boolean removeIfUnreferenced(String sha256) throws IOException {
    if (!storing.writeLock().tryLock()) {
      return false;
    }
    try {
      if (files.existsBySha256(sha256)) {
        return false;
      }
      store.delete(sha256);
      return true;
    } finally {
      storing.writeLock().unlock();
    }
  }

  private void checkDisk(String name, long received) throws IOException {
    long keep = minFreeBytes;
    long free = Files.getFileStore(existing(disk)).getUsableSpace();
    if (free < keep) {
      throw new InsufficientStorageException(
          "the disk holding the notebook has only "
              + size(free)
              + " free"
              + (received > 0 ? " after " + size(received) + " of '" + name + "'" : "")
              + "; "
              + size(keep)
              + " must stay free (cellbook.measurements.min-free-disk-mb): nothing was stored."
              + " Free space on that disk or ask an administrator");
    }
  }

  /** The folder, or the nearest one above it that exists (before the first upload, say). */
  private static Path existing(Path folder) {
    Path p = folder.toAbsolutePath();
    while (!Files.exists(p) && p.getParent() != null) {
      p = p.getParent();
    }
    return p;
  }

  /** "5 kB", "412 MB", "10.2 GB". */
  static String size(long bytes) {
    if (bytes >= GB) {
      return String.format(Locale.ROOT, "%.1f GB", bytes / (double) GB);
    }
    return bytes >= MB ? (bytes + MB / 2) / MB + " MB" : (bytes + 1023) / 1024 + " kB";
  }

  private static String quota(long bytes) {
    return size(bytes) + " quota (cellbook.measurements.max-store-gb)";
  }

  /**
   * Counts an upload's bytes against the room left, asking for the free disk space now and then.
   */
  private final class Metered extends FilterInputStream {
    private final String name;
    private final long room;
    private final long quota;
    private long received;
    private long nextDiskCheck = DISK_CHECK_BYTES;

    Metered(String name, InputStream in, long room, long quota) {
      super(in);
      this.name = name;
      this.room = room;
      this.quota = quota;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws IOException {
      received += n;
      if (received > room) {
        throw new InsufficientStorageException(
            "the notebook's file store is full: '"
                + name
                + "' does not fit in the "
                + size(room)
                + " left of its "
                + quota(quota)
                + "; nothing was stored. Delete failed measurements or ask an administrator to"
                + " raise the quota");
      }
      if (received >= nextDiskCheck) {
        nextDiskCheck += DISK_CHECK_BYTES;
        checkDisk(name, received);
      }
    }
  }
}

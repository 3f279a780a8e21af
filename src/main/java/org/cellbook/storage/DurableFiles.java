package org.cellbook.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writing files that survive a crash and that only the notebook's own user can read. A file is
 * durable once its bytes and the directory entry naming it are forced to the device ({@code
 * fsync}); until then a power cut may lose it even after the process wrote it.
 */
public final class DurableFiles {

  static final Set<PosixFilePermission> PRIVATE_FILE = PosixFilePermissions.fromString("rw-------");
  static final Set<PosixFilePermission> PRIVATE_DIRECTORY =
      PosixFilePermissions.fromString("rwx------");

  private DurableFiles() {}

  /** Creates the directory and any missing parents readable by the owner only (POSIX mode 0700). */
  public static Path createPrivateDirectories(Path dir) throws IOException {
    if (Files.isDirectory(dir)) {
      return dir;
    }
    return posix(dir)
        ? Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PRIVATE_DIRECTORY))
        : Files.createDirectories(dir);
  }

  /** A new empty temporary file in {@code dir} (mode 0600, as the JDK creates them). */
  public static Path createTempFile(Path dir, String prefix, String suffix) throws IOException {
    FileAttribute<?>[] attrs =
        posix(dir)
            ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PRIVATE_FILE)}
            : new FileAttribute<?>[0];
    return Files.createTempFile(createPrivateDirectories(dir), prefix, suffix, attrs);
  }

  /** Forces a written file's bytes to the device. */
  public static void force(Path file) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
      ch.force(true);
    }
  }

  /**
   * Forces a directory's entries to the device, so a file just created, renamed into or removed
   * from it stays so after a power cut. Platforms that cannot open a directory (Windows) skip it.
   */
  public static void forceDirectory(Path dir) throws IOException {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      if (Files.isDirectory(dir) && !posix(dir)) {
        return;
      }
      throw e;
    }
  }

  /**
   * Moves a fully written temporary file into place: its bytes are forced first, then the rename is
   * atomic and forced with the directory, so readers and a restart see either the old file or the
   * whole new one.
   */
  public static void publish(Path written, Path target) throws IOException {
    force(written);
    Files.move(
        written, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    forceDirectory(target.getParent());
  }

  /** Writes a small private file (mode 0600) atomically and durably. */
  public static void writePrivately(Path target, byte[] content) throws IOException {
    Path tmp = createTempFile(target.getParent(), target.getFileName().toString(), ".part");
    try {
      Files.write(tmp, content, StandardOpenOption.TRUNCATE_EXISTING);
      publish(tmp, target);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  static boolean posix(Path p) {
    return p.getFileSystem().supportedFileAttributeViews().contains("posix");
  }
}

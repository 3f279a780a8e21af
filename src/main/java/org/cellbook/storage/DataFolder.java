package org.cellbook.storage;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/**
 * The notebook's folder ({@code cellbook.data-dir}): the database, the raw-file store and the
 * parsed series. It holds users, token hashes and the database password, so it is the owner's
 * alone: the folder is mode 0700 and everything in it 0600 (directories 0700), and a read-only file
 * stays read-only for its owner.
 */
public final class DataFolder {

  private static final Set<PosixFilePermission> GROUP_OR_OTHERS =
      EnumSet.of(
          PosixFilePermission.GROUP_READ,
          PosixFilePermission.GROUP_WRITE,
          PosixFilePermission.GROUP_EXECUTE,
          PosixFilePermission.OTHERS_READ,
          PosixFilePermission.OTHERS_WRITE,
          PosixFilePermission.OTHERS_EXECUTE);

  private DataFolder() {}

  /**
   * The folder as an absolute path: a relative {@code --data-dir notebook} means the folder of that
   * name in the working directory (H2 refuses implicitly relative database paths).
   */
  public static Path resolve(String configured) {
    return Path.of(configured).toAbsolutePath().normalize();
  }

  /**
   * Creates the folder if needed and takes group and other permissions away from it and from what
   * is in it; symbolic links are left alone. A folder that was open to others (made before Cellbook
   * kept it private, or copied without its modes) is tightened all the way down, once; in a private
   * folder only the top level is looked at, where the database recreates its files at every open:
   * Cellbook creates everything deeper private. Returns how many entries were changed.
   */
  public static int makePrivate(Path folder) throws IOException {
    DurableFiles.createPrivateDirectories(folder);
    if (!DurableFiles.posix(folder)) {
      return 0;
    }
    boolean wasOpen = restrict(folder) == 1;
    int[] changed = {wasOpen ? 1 : 0};
    Files.walkFileTree(
        folder,
        Set.of(),
        wasOpen ? Integer.MAX_VALUE : 1,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
              throws IOException {
            if (!dir.equals(folder)) {
              changed[0] += restrict(dir);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            // A directory at the depth limit is visited as a file; links are left alone.
            if (attrs.isRegularFile() || attrs.isDirectory()) {
              changed[0] += restrict(file);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            // A temporary file that vanished while walking (the database's own) is no concern.
            return FileVisitResult.CONTINUE;
          }
        });
    return changed[0];
  }

  private static int restrict(Path p) throws IOException {
    PosixFileAttributeView view =
        Files.getFileAttributeView(p, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    Set<PosixFilePermission> perms;
    try {
      perms = view.readAttributes().permissions();
    } catch (java.nio.file.NoSuchFileException e) {
      return 0;
    }
    if (perms.stream().noneMatch(GROUP_OR_OTHERS::contains)) {
      return 0;
    }
    perms.removeAll(GROUP_OR_OTHERS);
    view.setPermissions(perms);
    return 1;
  }
}

package org.cellbook.measurements;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** What a clean-up removed: how many files and how many bytes, for the log. */
public record Swept(int files, long bytes) {

  public static final Swept NOTHING = new Swept(0, 0);

  public Swept plus(Swept other) {
    return new Swept(files + other.files, bytes + other.bytes);
  }

  public boolean isEmpty() {
    return files == 0;
  }

  @Override
  public String toString() {
    return files + (files == 1 ? " file, " : " files, ") + StoredFiles.size(bytes);
  }

  /** Removes the files of {@code dir} matching {@code glob} last changed before {@code before}. */
  static Swept olderThan(Path dir, String glob, Instant before) throws IOException {
    if (!Files.isDirectory(dir)) {
      return NOTHING;
    }
    Swept out = NOTHING;
    try (DirectoryStream<Path> found = Files.newDirectoryStream(dir, glob)) {
      for (Path p : found) {
        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
        if (a.isRegularFile()
            && a.lastModifiedTime().toInstant().isBefore(before)
            && Files.deleteIfExists(p)) {
          out = out.plus(new Swept(1, a.size()));
        }
      }
    }
    return out;
  }

  /** Removes a folder and everything in it. */
  public static Swept folder(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return NOTHING;
    }
    List<Path> all;
    try (Stream<Path> walk = Files.walk(dir)) {
      all = walk.sorted(Comparator.reverseOrder()).toList();
    }
    Swept out = NOTHING;
    for (Path p : all) {
      // links (an analysis links the stored files it reads) go, never what they point at
      BasicFileAttributes a =
          Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (Files.deleteIfExists(p) && !a.isDirectory()) {
        out = out.plus(new Swept(1, a.isRegularFile() ? a.size() : 0));
      }
    }
    return out;
  }
}

package org.cellbook.measurements;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cellbook.storage.DurableFiles;
import org.cellbook.storage.StorageSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Working folders of analyses, under {@code <data-dir>/tmp} rather than the system's temporary
 * folder so that what a killed process left is found and removed. Each folder's name carries the id
 * of the process that made it.
 */
@Component
class WorkFolders {

  private static final Logger log = LoggerFactory.getLogger(WorkFolders.class);
  private static final Pattern NAME = Pattern.compile("analysis-(\\d+)-.*");

  private final Path root;

  WorkFolders(StorageSettings storage) {
    this.root = storage.dataDir().resolve("tmp");
  }

  Path create() throws IOException {
    DurableFiles.createPrivateDirectories(root);
    return Files.createTempDirectory(root, "analysis-" + ProcessHandle.current().pid() + "-");
  }

  /** Removes a working folder; a failure to is logged, not raised (the clean-up retries). */
  static void remove(Path dir) {
    try {
      Swept.folder(dir);
    } catch (IOException e) {
      log.warn("could not remove the working folder {}: {}", dir, e.getMessage());
    }
  }

  /**
   * Removes the folders of processes that are gone, and any older than {@code before}. Run before
   * this process starts its first analysis: a folder bearing its own id is a predecessor's (a
   * container restarts the app under the same id).
   */
  Swept removeLeftovers(Instant before) throws IOException {
    if (!Files.isDirectory(root)) {
      return Swept.NOTHING;
    }
    List<Path> dirs;
    try (Stream<Path> list = Files.list(root)) {
      dirs = list.filter(Files::isDirectory).toList();
    }
    Swept out = Swept.NOTHING;
    for (Path dir : dirs) {
      Matcher m = NAME.matcher(dir.getFileName().toString());
      if (!m.matches()) {
        continue;
      }
      if (!alive(Long.parseLong(m.group(1)))
          || Files.getLastModifiedTime(dir).toInstant().isBefore(before)) {
        out = out.plus(Swept.folder(dir));
      }
    }
    return out;
  }

  private static boolean alive(long pid) {
    return pid != ProcessHandle.current().pid()
        && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }
}

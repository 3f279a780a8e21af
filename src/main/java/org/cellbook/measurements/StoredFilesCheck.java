package org.cellbook.measurements;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cellbook.audit.IntegrityCheck;
import org.springframework.stereotype.Component;

/**
 * Hashes every stored file again and compares it with the SHA-256 its measurement recorded; a file
 * stored once for several measurements is read once. A changed file marks its measurements as it
 * does when an analysis finds it, so their pages say so too.
 */
@Component
class StoredFilesCheck implements IntegrityCheck {

  private final FileStore store;
  private final MeasurementFileRepository files;
  private final StoredFiles storedFiles;

  StoredFilesCheck(FileStore store, MeasurementFileRepository files, StoredFiles storedFiles) {
    this.store = store;
    this.files = files;
    this.storedFiles = storedFiles;
  }

  @Override
  public String subject() {
    return "files";
  }

  @Override
  public Result check() {
    List<MeasurementFileRepository.Recorded> recorded = files.recorded();
    Map<String, String> found = new HashMap<>();
    List<Problem> problems = new ArrayList<>();
    for (MeasurementFileRepository.Recorded f : recorded) {
      String what = found.computeIfAbsent(f.getSha256(), this::whatIsWrong);
      if (!what.isEmpty()) {
        problems.add(new Problem(f.getCode(), null, "file '" + f.getOriginalName() + "' " + what));
        storedFiles.mark(f.getMeasurementId(), FileIntegrity.MISMATCH);
      }
    }
    return new Result(recorded.size(), problems);
  }

  /** Empty when the stored bytes still hash to their name. */
  private String whatIsWrong(String sha256) {
    try {
      String now = store.rehash(sha256);
      return now.equals(sha256)
          ? ""
          : "changed in the file store: recorded SHA-256 " + sha256 + ", now " + now;
    } catch (NoSuchFileException e) {
      return "is missing from the file store (SHA-256 " + sha256 + ")";
    } catch (IOException e) {
      return "cannot be read from the file store (SHA-256 " + sha256 + "): " + e.getMessage();
    }
  }
}

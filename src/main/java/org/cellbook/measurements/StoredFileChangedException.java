package org.cellbook.measurements;

import java.io.IOException;

/**
 * A stored raw file whose bytes no longer hash to the SHA-256 recorded at upload: it was changed or
 * replaced on disk and is neither analysed nor handed out. The message names the file by its
 * uploaded name and gives both hashes.
 */
public class StoredFileChangedException extends IOException {

  StoredFileChangedException(String originalName, String recorded, String actual) {
    super(
        "the stored copy of '"
            + originalName
            + "' has changed since it was uploaded (SHA-256 recorded "
            + recorded
            + ", now "
            + actual
            + "): it is not used; restore the file from a backup or upload it again");
  }
}

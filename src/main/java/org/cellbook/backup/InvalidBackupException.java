package org.cellbook.backup;

/**
 * A file given to restore that is not a Cellbook backup, or one that is damaged: an entry whose
 * bytes do not match the manifest is named. Nothing was written.
 */
public class InvalidBackupException extends RuntimeException {

  public InvalidBackupException(String message) {
    super(message);
  }

  public InvalidBackupException(String message, Throwable cause) {
    super(message, cause);
  }
}

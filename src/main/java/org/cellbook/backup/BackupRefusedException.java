package org.cellbook.backup;

/**
 * A backup or restore Cellbook will not do here: a restore into a folder that already holds
 * something, or a backup of a notebook on PostgreSQL (whose own tools do it; the message says where
 * that is documented). Nothing was written.
 */
public class BackupRefusedException extends RuntimeException {

  public BackupRefusedException(String message) {
    super(message);
  }
}

package org.cellbook.measurements;

import org.cellbook.base.ValidationException;

/**
 * An upload refused because the notebook's file store has reached its quota or the disk holding the
 * notebook is nearly full; nothing of it was kept. The message says which, with the figures and the
 * setting that governs it.
 */
public class InsufficientStorageException extends ValidationException {

  InsufficientStorageException(String message) {
    super("files", message);
  }
}

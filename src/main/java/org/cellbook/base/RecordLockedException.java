package org.cellbook.base;

/** An edit or withdrawal of a signed record: the API answers 409, the UI shows the message. */
public class RecordLockedException extends RuntimeException {

  public RecordLockedException(String message) {
    super(message);
  }
}

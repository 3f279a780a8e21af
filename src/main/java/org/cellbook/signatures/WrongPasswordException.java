package org.cellbook.signatures;

/**
 * A signature refused because the signer's password did not match (or too many wrong ones paused
 * it): the API answers 401, the UI shows the message. Nothing was signed.
 */
public class WrongPasswordException extends RuntimeException {

  public WrongPasswordException(String message) {
    super(message);
  }
}

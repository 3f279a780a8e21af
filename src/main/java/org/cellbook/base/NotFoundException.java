package org.cellbook.base;

/** A record asked for by code or id that does not exist (or no longer exists). */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String what, String code) {
    super("No " + what + " with code " + code);
  }
}

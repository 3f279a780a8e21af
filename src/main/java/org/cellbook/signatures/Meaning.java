package org.cellbook.signatures;

import java.util.Locale;

/** What a signer states by signing: that they made the record, checked it, or approve it. */
public enum Meaning {
  AUTHORED,
  REVIEWED,
  APPROVED;

  /** "authored", as in the API and the reports. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** A review or an approval witnesses someone else's record. */
  public boolean witnesses() {
    return this != AUTHORED;
  }
}

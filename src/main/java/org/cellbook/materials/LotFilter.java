package org.cellbook.materials;

import java.time.LocalDate;

/**
 * What the lot list shows: free text over code, material, supplier and location; optional kind,
 * origin and received-date range; optionally only lots with something left.
 */
public record LotFilter(
    String text,
    MaterialKind kind,
    LotOrigin origin,
    boolean onlyAvailable,
    LocalDate receivedFrom,
    LocalDate receivedTo) {

  public LotFilter(String text, MaterialKind kind, LotOrigin origin, boolean onlyAvailable) {
    this(text, kind, origin, onlyAvailable, null, null);
  }

  public static LotFilter none() {
    return new LotFilter(null, null, null, false);
  }
}

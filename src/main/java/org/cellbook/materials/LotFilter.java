package org.cellbook.materials;

import java.time.LocalDate;

/**
 * What the lot list shows: free text over code, material, supplier and location; optional kind,
 * origin and received-date range; optionally only lots with something left. Withdrawn lots only
 * when asked for.
 */
public record LotFilter(
    String text,
    MaterialKind kind,
    LotOrigin origin,
    boolean onlyAvailable,
    LocalDate receivedFrom,
    LocalDate receivedTo,
    boolean showWithdrawn) {

  public LotFilter(
      String text,
      MaterialKind kind,
      LotOrigin origin,
      boolean onlyAvailable,
      LocalDate receivedFrom,
      LocalDate receivedTo) {
    this(text, kind, origin, onlyAvailable, receivedFrom, receivedTo, false);
  }

  public LotFilter(String text, MaterialKind kind, LotOrigin origin, boolean onlyAvailable) {
    this(text, kind, origin, onlyAvailable, null, null);
  }

  /** The same filter, with withdrawn lots shown too or not. */
  public LotFilter withWithdrawn(boolean show) {
    return new LotFilter(text, kind, origin, onlyAvailable, receivedFrom, receivedTo, show);
  }

  public static LotFilter none() {
    return new LotFilter(null, null, null, false);
  }
}

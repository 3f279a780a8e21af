package org.cellbook.cells;

import java.time.LocalDate;

/** What the cell list shows; every criterion optional; withdrawn cells only when asked for. */
public record CellFilter(
    String text,
    CellStatus status,
    CellConfiguration configuration,
    LocalDate assembledFrom,
    LocalDate assembledTo,
    String assembledBy,
    boolean showWithdrawn) {

  public CellFilter(
      String text,
      CellStatus status,
      CellConfiguration configuration,
      LocalDate assembledFrom,
      LocalDate assembledTo,
      String assembledBy) {
    this(text, status, configuration, assembledFrom, assembledTo, assembledBy, false);
  }

  public static CellFilter none() {
    return new CellFilter(null, null, null, null, null, null);
  }

  /** The same filter, with withdrawn cells shown too or not. */
  public CellFilter withWithdrawn(boolean show) {
    return new CellFilter(
        text, status, configuration, assembledFrom, assembledTo, assembledBy, show);
  }
}

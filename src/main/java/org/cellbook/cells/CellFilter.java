package org.cellbook.cells;

import java.time.LocalDate;

/** What the cell list shows; every criterion optional. */
public record CellFilter(
    String text,
    CellStatus status,
    CellConfiguration configuration,
    LocalDate assembledFrom,
    LocalDate assembledTo,
    String assembledBy) {

  public static CellFilter none() {
    return new CellFilter(null, null, null, null, null, null);
  }
}

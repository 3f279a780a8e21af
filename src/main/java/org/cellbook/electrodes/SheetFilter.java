package org.cellbook.electrodes;

import java.time.LocalDate;

/** What the sheet list shows; every criterion optional. */
public record SheetFilter(String text, LocalDate madeFrom, LocalDate madeTo, String operatorName) {

  public static SheetFilter none() {
    return new SheetFilter(null, null, null, null);
  }
}

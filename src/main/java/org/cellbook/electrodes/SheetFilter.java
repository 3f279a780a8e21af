package org.cellbook.electrodes;

import java.time.LocalDate;

/** What the sheet list shows; every criterion optional; withdrawn sheets only when asked for. */
public record SheetFilter(
    String text, LocalDate madeFrom, LocalDate madeTo, String operatorName, boolean showWithdrawn) {

  public SheetFilter(String text, LocalDate madeFrom, LocalDate madeTo, String operatorName) {
    this(text, madeFrom, madeTo, operatorName, false);
  }

  public static SheetFilter none() {
    return new SheetFilter(null, null, null, null);
  }

  /** The same filter, with withdrawn sheets shown too or not. */
  public SheetFilter withWithdrawn(boolean show) {
    return new SheetFilter(text, madeFrom, madeTo, operatorName, show);
  }
}

package org.cellbook.cells;

import org.cellbook.base.Labelled;

/** Where a cell is in its life; shown by its label everywhere ("On test", not ON_TEST). */
public enum CellStatus implements Labelled {
  ASSEMBLED("Assembled"),
  ON_TEST("On test"),
  FINISHED("Finished"),
  FAILED("Failed"),
  DISASSEMBLED("Disassembled");

  private final String label;

  CellStatus(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}

package org.cellbook.cells;

import org.cellbook.base.Labelled;

/** Where a cell is in its life; shown by its label everywhere ("On test", not ON_TEST). */
public enum CellStatus implements Labelled {
  ASSEMBLED,
  ON_TEST,
  FINISHED,
  FAILED,
  DISASSEMBLED
}

package org.cellbook.cells;

public enum CellStatus {
  ASSEMBLED,
  ON_TEST,
  FINISHED,
  FAILED,
  DISASSEMBLED
}

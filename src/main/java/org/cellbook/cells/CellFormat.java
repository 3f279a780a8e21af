package org.cellbook.cells;

public enum CellFormat {
  CR2032,
  CR2025,
  CR2016,
  POUCH,
  SWAGELOK
}

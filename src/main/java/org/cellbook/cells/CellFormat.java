package org.cellbook.cells;

import org.cellbook.base.Labelled;

/** The cell hardware, with the most electrolyte it can hold. */
public enum CellFormat implements Labelled {
  CR2032("CR2032", CellFormat.COIN_MAX_ELECTROLYTE_UL),
  CR2025("CR2025", CellFormat.COIN_MAX_ELECTROLYTE_UL),
  CR2016("CR2016", CellFormat.COIN_MAX_ELECTROLYTE_UL),
  POUCH("pouch", CellFormat.POUCH_MAX_ELECTROLYTE_UL),
  SWAGELOK("Swagelok", CellFormat.COIN_MAX_ELECTROLYTE_UL);

  /**
   * A CR2032 case holds well under 1 cm³ and lab coin and Swagelok cells are filled with 20–150 µL;
   * 500 µL is past any flooded cell, so more is a typing error (mL for µL).
   */
  private static final double COIN_MAX_ELECTROLYTE_UL = 500;

  /** Lab pouch cells of up to a few Ah take a few mL; 20 mL refuses typing errors. */
  private static final double POUCH_MAX_ELECTROLYTE_UL = 20_000;

  /** What a cell recorded without a format is. */
  public static final CellFormat DEFAULT = CR2032;

  private final String label;
  private final double maxElectrolyteMicrolitres;

  CellFormat(String label, double maxElectrolyteMicrolitres) {
    this.label = label;
    this.maxElectrolyteMicrolitres = maxElectrolyteMicrolitres;
  }

  public double maxElectrolyteMicrolitres() {
    return maxElectrolyteMicrolitres;
  }

  @Override
  public String label() {
    return label;
  }
}

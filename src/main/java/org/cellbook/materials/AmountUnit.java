package org.cellbook.materials;

import org.cellbook.base.Labelled;

/** Unit in which a lot's amount is counted: solids by mass, liquids by volume, parts by piece. */
public enum AmountUnit implements Labelled {
  GRAM("g"),
  MILLILITRE("mL"),
  PIECE("pcs");

  private final String symbol;

  AmountUnit(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }

  /** Amounts read "12 g", so the unit is named by its symbol. */
  @Override
  public String label() {
    return symbol;
  }
}

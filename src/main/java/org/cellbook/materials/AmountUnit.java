package org.cellbook.materials;

/** Unit in which a lot's amount is counted: solids by mass, liquids by volume, parts by piece. */
public enum AmountUnit {
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
}

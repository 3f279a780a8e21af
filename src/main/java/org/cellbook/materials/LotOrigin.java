package org.cellbook.materials;

import org.cellbook.base.Labelled;

/** Where a lot came from: bought from a supplier, or made here as a batch's product. */
public enum LotOrigin implements Labelled {
  PURCHASED("Purchased"),
  PRODUCED("Produced");

  private final String label;

  LotOrigin(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}

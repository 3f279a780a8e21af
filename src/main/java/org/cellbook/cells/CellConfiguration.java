package org.cellbook.cells;

import org.cellbook.base.Labelled;

/**
 * HALF: the working electrode against a metal counter electrode (Na or Li). FULL: the working disc
 * is the negative electrode, the counter disc the positive one.
 */
public enum CellConfiguration implements Labelled {
  HALF("Half cell"),
  FULL("Full cell");

  private final String label;

  CellConfiguration(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}

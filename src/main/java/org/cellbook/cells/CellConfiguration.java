package org.cellbook.cells;

/**
 * HALF: the working electrode against a metal counter electrode (Na or Li). FULL: the working disc
 * is the negative electrode, the counter disc the positive one.
 */
public enum CellConfiguration {
  HALF,
  FULL
}

package org.cellbook.synthesis;

import org.cellbook.base.Labelled;

/** What an input does in a batch; decides which inputs count for ratio and yield. */
public enum InputRole implements Labelled {
  HOST,
  FILLER,
  PRECURSOR,
  /** One of several solids mixed, e.g. AC and GC mixed 1:1. */
  COMPONENT,
  ACTIVATOR,
  SOLVENT;

  /** Inputs whose carbon can end up in the product: the yield's denominator. */
  public boolean carbonBearing() {
    return this == HOST || this == FILLER || this == PRECURSOR || this == COMPONENT;
  }
}

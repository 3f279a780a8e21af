package org.cellbook.synthesis;

import org.cellbook.base.Labelled;

/** What an input does in a batch; decides which inputs count for ratio and yield. */
public enum InputRole implements Labelled {
  HOST("Host"),
  FILLER("Filler"),
  PRECURSOR("Precursor"),
  /** One of several solids mixed, e.g. AC and GC mixed 1:1. */
  COMPONENT("Component"),
  ACTIVATOR("Activator"),
  SOLVENT("Solvent");

  private final String label;

  InputRole(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /** Inputs whose carbon can end up in the product: the yield's denominator. */
  public boolean carbonBearing() {
    return this == HOST || this == FILLER || this == PRECURSOR || this == COMPONENT;
  }
}

package org.cellbook.materials;

import org.cellbook.base.Labelled;

/** What a catalogue material is used as. */
public enum MaterialKind implements Labelled {
  HOST_CARBON("Host carbon"),
  FILLER("Filler / precursor for filling"),
  PRECURSOR("Precursor"),
  ACTIVATOR("Activator"),
  SYNTHESISED_CARBON("Synthesised carbon (product)"),
  BINDER("Binder"),
  CONDUCTIVE_ADDITIVE("Conductive additive"),
  CURRENT_COLLECTOR("Current collector"),
  SEPARATOR("Separator"),
  ELECTROLYTE("Electrolyte"),
  COUNTER_ELECTRODE("Counter electrode"),
  CATHODE_ACTIVE("Cathode active material"),
  SOLVENT("Solvent"),
  OTHER("Other");

  private final String label;

  MaterialKind(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}

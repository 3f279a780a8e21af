package org.cellbook.synthesis;

import org.cellbook.base.Labelled;

/** The kinds of synthesis step; each uses its own subset of a step's parameters. */
public enum SynthesisStepType implements Labelled {
  DRYING("Drying"),
  MIXING("Mixing"),
  HEAT("Heat treatment"),
  COOLING("Cooling"),
  HYDROTHERMAL("Hydrothermal"),
  ACTIVATION("Activation"),
  WASHING("Washing"),
  GRINDING("Grinding"),
  SIEVING("Sieving");

  private final String label;

  SynthesisStepType(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}

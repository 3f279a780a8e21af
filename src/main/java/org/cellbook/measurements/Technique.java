package org.cellbook.measurements;

import org.cellbook.base.Labelled;

/**
 * What a measurement is. Cell techniques attach to cells, material techniques to lots, images and
 * other files to either; the analysed ones name the {@code analyze} technique that turns their
 * files into KPIs, the others keep their files without analysis.
 */
public enum Technique implements Labelled {
  CYCLING("Galvanostatic cycling", Target.CELL, "cycling"),
  RATE("Rate test", Target.CELL, "cycling"),
  TEMPERATURE_SERIES("Temperature series", Target.CELL, "cycling"),
  CV("Cyclic voltammetry", Target.CELL, "cv"),
  GITT("GITT", Target.CELL, "gitt"),
  EIS("Impedance (EIS)", Target.CELL, null),
  SORPTION("Gas sorption (N₂ / CO₂)", Target.LOT, "sorption"),
  XRD("XRD", Target.LOT, "xrd"),
  RAMAN("Raman", Target.LOT, "raman"),
  PYCNOMETRY("He pycnometry", Target.LOT, null),
  NMR("²³Na NMR", Target.LOT, null),
  IMAGE("Image (SEM/TEM/photo)", Target.ANY, null),
  OTHER("Other file", Target.ANY, null);

  private enum Target {
    CELL,
    LOT,
    ANY
  }

  private final String label;
  private final Target target;
  private final String analysis;

  Technique(String label, Target target, String analysis) {
    this.label = label;
    this.target = target;
    this.analysis = analysis;
  }

  @Override
  public String label() {
    return label;
  }

  /** True when files of this technique may be attached to a cell. */
  public boolean fitsCell() {
    return target != Target.LOT;
  }

  /** True when files of this technique may be attached to a lot (a material sample). */
  public boolean fitsLot() {
    return target != Target.CELL;
  }

  /** True when the analysis core computes KPIs from this technique's files. */
  public boolean analysed() {
    return analysis != null;
  }

  /** The {@code analyze --technique} value, or null when the files are only kept. */
  public String analysisName() {
    return analysis;
  }

  /** The technique {@code analyze} reported (cycling, cv, gitt, sorption, xrd, raman). */
  public static Technique fromAnalysisName(String name) {
    for (Technique t : values()) {
      if (name.equals(t.analysis)) {
        return t;
      }
    }
    throw new IllegalArgumentException("no technique for analysis '" + name + "'");
  }
}

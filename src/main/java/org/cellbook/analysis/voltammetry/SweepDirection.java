package org.cellbook.analysis.voltammetry;

/** Anodic sweeps raise the potential (oxidation, desodiation); cathodic ones lower it. */
public enum SweepDirection {
  ANODIC,
  CATHODIC
}

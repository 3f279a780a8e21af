package org.cellbook.analysis.series;

/** Kind of an instrument step, normalised across cyclers and potentiostats. */
public enum InstrumentStepType {
  REST,
  CC_CHARGE,
  CC_DISCHARGE,
  CCCV_CHARGE,
  CCCV_DISCHARGE,
  CV_CHARGE,
  CV_DISCHARGE,
  /** Potential sweep (cyclic voltammetry, linear sweep). */
  SWEEP,
  PULSE,
  OCV,
  OTHER
}

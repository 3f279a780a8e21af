package org.cellbook.analysis.cycling;

/** Where the cycle boundaries of a result came from. */
public enum CycleSource {
  /** The instrument's own cycle index, because it agreed with the half-cycle sequence. */
  INSTRUMENT,
  /** Rebuilt from the half cycles. */
  REBUILT
}

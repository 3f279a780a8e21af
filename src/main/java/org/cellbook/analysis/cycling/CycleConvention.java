package org.cellbook.analysis.cycling;

/** Which half cycle opens a cycle; CE is always closing / opening half. */
public enum CycleConvention {
  /** The direction of the first non-rest half cycle in the file (default). */
  AUTO,
  /** Anode half cell (hard carbon, graphite vs Na/Li): sodiation then desodiation. */
  REDUCTION_FIRST,
  /** Cathode half cell or full cell: charge then discharge. */
  OXIDATION_FIRST
}

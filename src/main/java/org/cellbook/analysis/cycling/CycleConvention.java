package org.cellbook.analysis.cycling;

/** Which half cycle opens a cycle; CE is always closing / opening half. */
public enum CycleConvention {
  /**
   * Decided from the file (default): by its voltage window, which tells an anode half cell from a
   * cathode half cell or a full cell, else by the first full half cycle ({@link CycleOpening}).
   */
  AUTO,
  /** Anode half cell (hard carbon, graphite vs Na/Li): sodiation then desodiation. */
  REDUCTION_FIRST,
  /** Cathode half cell or full cell: charge then discharge. */
  OXIDATION_FIRST
}

package org.cellbook.analysis.cycling;

/**
 * Charge passed in each direction within one instrument cycle index, summed over its steps (the way
 * vendor software reports per-cycle capacities even when its cycles are not charge/discharge
 * pairs).
 */
public record InstrumentCycleTotal(
    int instrumentCycle, double oxidationMilliAmpHours, double reductionMilliAmpHours) {}

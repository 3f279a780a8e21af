package org.cellbook.analysis.cycling;

import org.jspecify.annotations.Nullable;

/**
 * Consecutive cycles at one current density (within the relative tolerance of the group's first
 * cycle). Capacities are in the table's capacity unit.
 *
 * @param firstCycle number of the first cycle
 * @param lastCycle number of the last cycle
 * @param cycles number of cycles
 * @param meanCurrentDensity mean current density (table's current unit)
 * @param meanReversibleCapacity mean reversible capacity
 * @param firstReversibleCapacity of the first cycle
 * @param lastReversibleCapacity of the last cycle
 * @param meanCoulombicEfficiency mean CE over the group's complete cycles, null if none
 * @param retentionVsLowestRate mean / mean of the first lowest-rate group
 */
public record RateGroup(
    int firstCycle,
    int lastCycle,
    int cycles,
    double meanCurrentDensity,
    double meanReversibleCapacity,
    double firstReversibleCapacity,
    double lastReversibleCapacity,
    @Nullable Double meanCoulombicEfficiency,
    double retentionVsLowestRate) {}

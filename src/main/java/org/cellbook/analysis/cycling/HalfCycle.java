package org.cellbook.analysis.cycling;

/**
 * A maximal run of records with current of one sign, rests and near-zero current ignored.
 *
 * @param number 1-based position among the half cycles of the file
 * @param direction oxidation (I &gt; 0) or reduction
 * @param firstRecord index of the first record of its first current-carrying step
 * @param lastRecord index of the last record of its last current-carrying step
 * @param steps number of current-carrying steps merged
 * @param capacityMilliAmpHours Q = Σ step-end charge of its steps (or ∫|I| dt without a counter)
 * @param energyMilliWattHours E = ∫ V dQ (trapezoid on the records)
 * @param meanVoltageVolts E / Q
 * @param meanCurrentMilliAmps time-averaged |I| over its steps
 * @param durationSeconds time spent in its current-carrying steps
 * @param instrumentCycle instrument cycle index at its first record, or {@link Integer#MIN_VALUE}
 */
public record HalfCycle(
    int number,
    CurrentDirection direction,
    int firstRecord,
    int lastRecord,
    int steps,
    double capacityMilliAmpHours,
    double energyMilliWattHours,
    double meanVoltageVolts,
    double meanCurrentMilliAmps,
    double durationSeconds,
    int instrumentCycle) {}

package org.cellbook.analysis.cycling;

/**
 * Capacity of one half cycle split by voltage. Between two records V and Q are taken as linear, so
 * a record pair straddling a threshold contributes the interpolated part; for a monotone
 * desodiation branch this equals the capacity at which V first reaches the threshold.
 *
 * @param direction the half cycle split
 * @param cutVolts V_cut
 * @param plateauMilliAmpHours capacity delivered while V &lt; V_cut (plateau)
 * @param slopeMilliAmpHours the rest (sloping region)
 * @param plateauFraction plateau / total
 * @param belowOneVoltMilliAmpHours capacity delivered while V &lt; 1.0 V
 * @param belowOneVoltFraction that / total
 */
public record VoltageSplit(
    CurrentDirection direction,
    double cutVolts,
    double plateauMilliAmpHours,
    double slopeMilliAmpHours,
    double plateauFraction,
    double belowOneVoltMilliAmpHours,
    double belowOneVoltFraction) {}

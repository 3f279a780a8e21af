package org.cellbook.electrodes;

import java.time.LocalDate;

/**
 * An electrode sheet as it is recorded after coating. Fractions are mass % of the dry coating and
 * must add up to 100; the binder solution concentration is in mg mL⁻¹.
 */
public record NewSheet(
    String name,
    String activeLotCode,
    String binderLotCode,
    String additiveLotCode,
    String collectorLotCode,
    Double activeFractionPercent,
    Double binderFractionPercent,
    Double additiveFractionPercent,
    Double binderSolutionMilligramsPerMillilitre,
    String solvent,
    String coatingMethod,
    Double slurryActiveMassGrams,
    String drying,
    LocalDate madeOn,
    String operatorName,
    String notes) {}

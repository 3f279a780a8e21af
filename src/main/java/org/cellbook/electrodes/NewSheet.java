package org.cellbook.electrodes;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

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
    @Nullable Double activeFractionPercent,
    @Nullable Double binderFractionPercent,
    @Nullable Double additiveFractionPercent,
    @Nullable Double binderSolutionMilligramsPerMillilitre,
    String solvent,
    String coatingMethod,
    @Nullable Double slurryActiveMassGrams,
    String drying,
    LocalDate madeOn,
    String operatorName,
    String notes) {}

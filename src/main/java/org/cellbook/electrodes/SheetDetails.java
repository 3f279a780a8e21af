package org.cellbook.electrodes;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The editable recipe and description of a sheet, with the version the user started from. Mass
 * fractions in % of the dry coating; the lots it was made from are not part of it.
 */
public record SheetDetails(
    String code,
    long version,
    String name,
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
    String notes) {

  public static SheetDetails of(ElectrodeSheet s) {
    return new SheetDetails(
        s.getCode(),
        s.getVersion(),
        s.getName(),
        s.getActiveFractionPercent(),
        s.getBinderFractionPercent(),
        s.getAdditiveFractionPercent(),
        s.getBinderSolutionMilligramsPerMillilitre(),
        s.getSolvent(),
        s.getCoatingMethod(),
        s.getSlurryActiveMassGrams(),
        s.getDrying(),
        s.getMadeOn(),
        s.getOperatorName(),
        s.getNotes());
  }
}

package org.cellbook.analysis.cycling;

import org.jspecify.annotations.Nullable;

/**
 * Inputs of a cycling analysis besides the records.
 *
 * @param activeMassMilligrams active material mass; null = use the file's, if any
 * @param areaSquareCentimetres electrode area; null = no areal values
 * @param plateauCutVolts V_cut of the plateau/slope split (default 0.1 V vs Na/Na⁺)
 * @param convention which half cycle opens a cycle
 * @param useInstrumentCycles use the instrument's cycle index when it agrees
 * @param splitHalf half cycle on which the plateau split and the capacity below 1 V are taken
 *     (default desodiation = oxidation)
 * @param formationCycles cycles excluded as retention references
 * @param rateTolerance relative tolerance for "same current density" (default 0.05)
 */
public record CyclingOptions(
    @Nullable Double activeMassMilligrams,
    @Nullable Double areaSquareCentimetres,
    double plateauCutVolts,
    CycleConvention convention,
    boolean useInstrumentCycles,
    CurrentDirection splitHalf,
    int formationCycles,
    double rateTolerance) {

  public static final double DEFAULT_PLATEAU_CUT_VOLTS = 0.1;

  public CyclingOptions {
    if (activeMassMilligrams != null && !(activeMassMilligrams > 0)) {
      throw new IllegalArgumentException("active mass must be > 0 mg");
    }
    if (areaSquareCentimetres != null && !(areaSquareCentimetres > 0)) {
      throw new IllegalArgumentException("area must be > 0 cm²");
    }
    if (formationCycles < 0 || !(rateTolerance > 0 && rateTolerance < 1)) {
      throw new IllegalArgumentException("formationCycles ≥ 0 and 0 < rateTolerance < 1");
    }
  }

  public static CyclingOptions defaults() {
    return new CyclingOptions(
        null,
        null,
        DEFAULT_PLATEAU_CUT_VOLTS,
        CycleConvention.AUTO,
        true,
        CurrentDirection.OXIDATION,
        0,
        0.05);
  }

  public CyclingOptions withActiveMassMilligrams(Double mg) {
    return new CyclingOptions(
        mg,
        areaSquareCentimetres,
        plateauCutVolts,
        convention,
        useInstrumentCycles,
        splitHalf,
        formationCycles,
        rateTolerance);
  }

  public CyclingOptions withAreaSquareCentimetres(Double cm2) {
    return new CyclingOptions(
        activeMassMilligrams,
        cm2,
        plateauCutVolts,
        convention,
        useInstrumentCycles,
        splitHalf,
        formationCycles,
        rateTolerance);
  }

  public CyclingOptions withPlateauCutVolts(double v) {
    return new CyclingOptions(
        activeMassMilligrams,
        areaSquareCentimetres,
        v,
        convention,
        useInstrumentCycles,
        splitHalf,
        formationCycles,
        rateTolerance);
  }

  public CyclingOptions withConvention(CycleConvention c) {
    return new CyclingOptions(
        activeMassMilligrams,
        areaSquareCentimetres,
        plateauCutVolts,
        c,
        useInstrumentCycles,
        splitHalf,
        formationCycles,
        rateTolerance);
  }

  public CyclingOptions withInstrumentCycles(boolean use) {
    return new CyclingOptions(
        activeMassMilligrams,
        areaSquareCentimetres,
        plateauCutVolts,
        convention,
        use,
        splitHalf,
        formationCycles,
        rateTolerance);
  }

  public CyclingOptions withFormationCycles(int n) {
    return new CyclingOptions(
        activeMassMilligrams,
        areaSquareCentimetres,
        plateauCutVolts,
        convention,
        useInstrumentCycles,
        splitHalf,
        n,
        rateTolerance);
  }
}

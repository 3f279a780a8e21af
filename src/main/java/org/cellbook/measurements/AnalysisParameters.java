package org.cellbook.measurements;

import tools.jackson.databind.json.JsonMapper;

/**
 * The inputs of one analysis, stored as JSON with the measurement and with each run: what the
 * records supplied (active mass, area) and what the user chose or corrected. Null = not given.
 *
 * @param format importer name to force instead of detecting
 * @param activeMassMilligrams active mass of the working electrode (for a full cell: both)
 * @param areaCm2 electrode area
 * @param plateauCutoffVolts plateau/slope cut-off (default 0.1 V)
 * @param opening which half cycle opens a cycle: auto, reduction or oxidation
 * @param molarMassGramsPerMole GITT
 * @param molarVolumeCm3PerMole GITT
 * @param adsorbate sorption: N2 or CO2
 * @param betRangeLow sorption: p/p₀ where a user-forced BET range starts (null: automatic)
 * @param betRangeHigh sorption: p/p₀ where it ends
 */
public record AnalysisParameters(
    String format,
    Double activeMassMilligrams,
    Double areaCm2,
    Double plateauCutoffVolts,
    String opening,
    Double molarMassGramsPerMole,
    Double molarVolumeCm3PerMole,
    String adsorbate,
    Double betRangeLow,
    Double betRangeHigh) {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  public static final AnalysisParameters NONE =
      new AnalysisParameters(null, null, null, null, null, null, null, null, null, null);

  public String toJson() {
    return JSON.writeValueAsString(this);
  }

  public static AnalysisParameters fromJson(String json) {
    return json == null || json.isBlank() ? NONE : JSON.readValue(json, AnalysisParameters.class);
  }

  public AnalysisParameters withActiveMass(Double milligrams) {
    return new AnalysisParameters(
        format,
        milligrams,
        areaCm2,
        plateauCutoffVolts,
        opening,
        molarMassGramsPerMole,
        molarVolumeCm3PerMole,
        adsorbate,
        betRangeLow,
        betRangeHigh);
  }

  public AnalysisParameters withArea(Double cm2) {
    return new AnalysisParameters(
        format,
        activeMassMilligrams,
        cm2,
        plateauCutoffVolts,
        opening,
        molarMassGramsPerMole,
        molarVolumeCm3PerMole,
        adsorbate,
        betRangeLow,
        betRangeHigh);
  }
}

package org.cellbook.measurements;

import java.util.List;
import java.util.Locale;
import org.cellbook.base.Problems;
import org.cellbook.base.ValidationException;
import org.jspecify.annotations.Nullable;
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
    @Nullable Double activeMassMilligrams,
    @Nullable Double areaCm2,
    @Nullable Double plateauCutoffVolts,
    String opening,
    @Nullable Double molarMassGramsPerMole,
    @Nullable Double molarVolumeCm3PerMole,
    String adsorbate,
    @Nullable Double betRangeLow,
    @Nullable Double betRangeHigh) {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  public static final AnalysisParameters NONE =
      new AnalysisParameters(null, null, null, null, null, null, null, null, null, null);

  /** The values {@code opening} takes; null means auto. */
  public static final List<String> OPENINGS = List.of("auto", "reduction", "oxidation");

  /**
   * These parameters with the opening in lower case, or a {@link ValidationException} naming each
   * field (by its API name) that is not a finite number in a plausible range, before anything is
   * stored or queued: a NaN mass would otherwise fail the analysis late, an infinite one give
   * meaningless KPIs.
   */
  public AnalysisParameters checked() {
    String open =
        opening == null || opening.isBlank() ? null : opening.strip().toLowerCase(Locale.ROOT);
    new Problems()
        .check(
            open == null || OPENINGS.contains(open),
            "opening",
            "opening must be auto, reduction or oxidation, not '" + opening + "'")
        .inRangeIfGiven(activeMassMilligrams, 0, 100_000, "active_mass_mg", "Active mass", "mg")
        .inRangeIfGiven(areaCm2, 0, 10_000, "area_cm2", "Electrode area", "cm²")
        .inRangeIfGiven(plateauCutoffVolts, 0, 5, "plateau_cutoff_v", "Plateau cut-off", "V")
        .inRangeIfGiven(molarMassGramsPerMole, 0, 10_000, "molar_mass_g_mol", "Molar mass", "g/mol")
        .inRangeIfGiven(
            molarVolumeCm3PerMole, 0, 10_000, "molar_volume_cm3_mol", "Molar volume", "cm³/mol")
        .inRangeIfGiven(betRangeLow, 0, 1, "bet_range_low", "BET range start", "p/p₀")
        .inRangeIfGiven(betRangeHigh, 0, 1, "bet_range_high", "BET range end", "p/p₀")
        .check(
            (betRangeLow == null) == (betRangeHigh == null)
                && (betRangeLow == null || betRangeLow < betRangeHigh),
            "bet_range_high",
            "A forced BET range needs both ends, the start below the end")
        .check(
            adsorbate == null || (adsorbate.length() <= 40 && printable(adsorbate)),
            "adsorbate",
            "Name the adsorptive in at most 40 plain characters (N2, CO2, Ar)")
        .check(
            format == null || (format.length() <= 80 && printable(format)),
            "format",
            "Name the importer in at most 80 plain characters")
        .throwIfAny();
    return new AnalysisParameters(
        format,
        activeMassMilligrams,
        areaCm2,
        plateauCutoffVolts,
        open,
        molarMassGramsPerMole,
        molarVolumeCm3PerMole,
        adsorbate,
        betRangeLow,
        betRangeHigh);
  }

  private static boolean printable(String s) {
    return s.codePoints().noneMatch(Character::isISOControl);
  }

  public String toJson() {
    return JSON.writeValueAsString(this);
  }

  public static AnalysisParameters fromJson(@Nullable String json) {
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

  /** These parameters with {@code opening} (auto, reduction or oxidation; null: auto). */
  public AnalysisParameters withOpening(String opening) {
    return new AnalysisParameters(
        format,
        activeMassMilligrams,
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

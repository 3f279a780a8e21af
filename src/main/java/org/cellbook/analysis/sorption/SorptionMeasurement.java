package org.cellbook.analysis.sorption;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A gas-sorption measurement as an instrument file gives it: the adsorption and desorption branches
 * kept apart (each sorted by p/p₀, amounts in mmol g⁻¹; the analyses use the adsorption branch) and
 * what the file says about the sample and the run.
 *
 * @param desorption empty when the file has no desorption branch
 * @param format the file format, e.g. "AIF (Adsorption Information File)"
 * @param instrument instrument or software named in the file, may be null
 * @param sampleName sample identifier from the file, may be null
 * @param sampleMassGrams degassed sample mass from the header, may be null
 * @param temperatureKelvin analysis (bath) temperature, may be null
 * @param saturationPressurePascals p₀: the file's value (the mean over the adsorption points when
 *     measured per point) or the standard value assumed for the adsorptive (then a warning says
 *     so); null when the file gives relative pressures only
 * @param warnings what the importer assumed or repaired, one sentence each (p₀ assumed, points
 *     sorted or left out, p/p₀ above 1, a cut last line…)
 */
public record SorptionMeasurement(
    Isotherm adsorption,
    Isotherm desorption,
    String format,
    @Nullable String instrument,
    @Nullable String sampleName,
    @Nullable Double sampleMassGrams,
    @Nullable Double temperatureKelvin,
    @Nullable Double saturationPressurePascals,
    List<String> warnings) {

  public SorptionMeasurement {
    warnings = List.copyOf(warnings);
  }

  /** The adsorptive ("N2", "CO2"…), null when the file does not say. */
  public String adsorbate() {
    return adsorption.adsorbate();
  }
}

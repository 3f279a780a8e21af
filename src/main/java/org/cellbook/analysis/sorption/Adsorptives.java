package org.cellbook.analysis.sorption;

import java.util.Locale;
import java.util.Optional;

/**
 * The adsorptives the importers meet: one short name for the many ways files write them
 * ("Nitrogen", "nitrogen", "N2" → "N2") and the standard saturation pressure p₀ used when a file
 * gives absolute pressures without p₀ (METHODS.md §0).
 */
final class Adsorptives {

  /** N₂ and Ar at their normal boiling points (77.355 K, 87.302 K): p₀ = 1 atm. */
  private static final double ONE_ATMOSPHERE_PASCALS = 101_325;

  /** CO₂ critical point and Span–Wagner ancillary coefficients (J. Phys. Chem. Ref. Data 1996). */
  private static final double CO2_CRITICAL_KELVIN = 304.1282;

  private static final double CO2_CRITICAL_PASCALS = 7.3773e6;
  private static final double CO2_TRIPLE_KELVIN = 216.592;
  private static final double[] CO2_A = {-7.0602087, 1.9391218, -1.6463597, -3.2995634};
  private static final double[] CO2_T = {1.0, 1.5, 2.0, 4.0};

  private Adsorptives() {}

  /** A saturation pressure and where it comes from, for the result's warnings. */
  record StandardSaturationPressure(double pascals, String source) {}

  /** "N2", "CO2", "Ar" for the usual spellings; other names trimmed as written; null stays null. */
  static String canonical(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String n = name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ");
    return switch (n) {
      case "n2", "nitrogen" -> "N2";
      case "co2", "carbon dioxide" -> "CO2";
      case "ar", "argon" -> "Ar";
      case "kr", "krypton" -> "Kr";
      default -> name.strip();
    };
  }

  /**
   * The standard p₀ of the adsorptive at the temperature, if known: N₂ near 77 K and Ar near 87 K
   * at their normal boiling points (1 atm); CO₂ between its triple and critical points from the
   * Span–Wagner (1996) ancillary equation
   *
   * <pre>ln(p_s/p_c) = (T_c/T) · Σ aᵢ τ^tᵢ,  τ = 1 − T/T_c</pre>
   *
   * (7.19 MPa at 303 K, 3.4851 MPa at 273.15 K).
   */
  static Optional<StandardSaturationPressure> saturationPressure(
      String adsorbate, Double temperatureKelvin) {
    if (adsorbate == null || temperatureKelvin == null) {
      return Optional.empty();
    }
    double t = temperatureKelvin;
    return switch (adsorbate) {
      case "N2" ->
          Math.abs(t - 77.355) <= 2.5
              ? Optional.of(
                  new StandardSaturationPressure(
                      ONE_ATMOSPHERE_PASCALS, "the normal boiling point of N2 (77.355 K)"))
              : Optional.empty();
      case "Ar" ->
          Math.abs(t - 87.302) <= 2.5
              ? Optional.of(
                  new StandardSaturationPressure(
                      ONE_ATMOSPHERE_PASCALS, "the normal boiling point of Ar (87.302 K)"))
              : Optional.empty();
      case "CO2" ->
          t >= CO2_TRIPLE_KELVIN && t < CO2_CRITICAL_KELVIN
              ? Optional.of(
                  new StandardSaturationPressure(
                      carbonDioxideSaturationPascals(t),
                      "the Span–Wagner (1996) vapour-pressure equation of CO2"))
              : Optional.empty();
      default -> Optional.empty();
    };
  }

  static double carbonDioxideSaturationPascals(double temperatureKelvin) {
    double tau = 1 - temperatureKelvin / CO2_CRITICAL_KELVIN;
    double sum = 0;
    for (int i = 0; i < CO2_A.length; i++) {
      sum += CO2_A[i] * Math.pow(tau, CO2_T[i]);
    }
    return CO2_CRITICAL_PASCALS * Math.exp(CO2_CRITICAL_KELVIN / temperatureKelvin * sum);
  }
}

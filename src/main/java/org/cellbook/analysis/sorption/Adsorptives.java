package org.cellbook.analysis.sorption;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

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

  /**
   * Adsorptives as free text names them (a comment "# CO2 273.15 K", a title "N2 uptake (mmol/g)"):
   * a formula standing alone ("N2", "N2_77K", not "N2O") or a name. Formulas of one capital and one
   * small letter (Ar, Kr, Xe) count only as written; the rest regardless of case.
   */
  private record Name(String canonical, Pattern pattern) {}

  private static final List<Name> NAMES =
      List.of(
          name("CO2", "(?i)" + alone("CO[2₂]") + "|carbon dioxide"),
          name("N2", "(?i)" + alone("N[2₂]") + "|\\bnitrogen\\b"),
          name("Ar", alone("Ar") + "|(?i)\\bargon\\b"),
          name("Kr", alone("Kr") + "|(?i)\\bkrypton\\b"),
          name("Xe", alone("Xe") + "|(?i)\\bxenon\\b"),
          name("H2O", "(?i)" + alone("H[2₂]O") + "|\\bwater\\b"),
          name("CH4", "(?i)" + alone("CH[4₄]") + "|\\bmethane\\b"),
          name("C2H6", "(?i)" + alone("C2H6") + "|\\bethane\\b"),
          name("C2H4", "(?i)" + alone("C2H4") + "|\\bethylene\\b|\\bethene\\b"),
          name("C3H8", "(?i)" + alone("C3H8") + "|\\bpropane\\b"),
          name("C4H10", "(?i)" + alone("C4H10") + "|\\b(?:n-?)?butane\\b"),
          name("H2", "(?i)" + alone("H[2₂]") + "|\\bhydrogen\\b"),
          name("O2", "(?i)" + alone("O[2₂]") + "|\\boxygen\\b"));

  private Adsorptives() {}

  private static Name name(String canonical, String regex) {
    return new Name(canonical, Pattern.compile(regex));
  }

  /** A formula with no letter or digit right before or after it ("_" and "-" may touch it). */
  private static String alone(String formula) {
    return "(?<![A-Za-z0-9])" + formula + "(?![A-Za-z0-9])";
  }

  /**
   * The adsorptive a line of free text names, the one named first when it names several; null when
   * it names none.
   */
  static String inText(String text) {
    String found = null;
    int at = Integer.MAX_VALUE;
    for (Name n : NAMES) {
      var m = n.pattern().matcher(text);
      if (m.find() && m.start() < at) {
        at = m.start();
        found = n.canonical();
      }
    }
    return found;
  }

  /** A saturation pressure and where it comes from, for the result's warnings. */
  record StandardSaturationPressure(double pascals, String source) {}

  /** "N2", "CO2", "Ar" for the usual spellings; other names trimmed as written; null stays null. */
  static @Nullable String canonical(@Nullable String name) {
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
      @Nullable String adsorbate, @Nullable Double temperatureKelvin) {
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

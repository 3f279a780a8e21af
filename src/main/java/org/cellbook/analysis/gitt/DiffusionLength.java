package org.cellbook.analysis.gitt;

/**
 * The length L in the Weppner–Huggins formula D = 4/(πτ) · L² · (ΔE_s/ΔE_t)² (cm), from one of its
 * two usual sources, stated with the result.
 *
 * @param centimetres L
 * @param source how L was obtained, e.g. "m_B·V_M/(M_B·S)" with the inputs
 */
public record DiffusionLength(double centimetres, String source) {

  /**
   * L = m_B·V_M / (M_B·S): active mass (g), its molar mass (g mol⁻¹) and molar volume (cm³ mol⁻¹),
   * electrode area (cm²). Weppner &amp; Huggins, J. Electrochem. Soc. 124, 1569 (1977).
   */
  public static DiffusionLength fromMolarVolume(
      double activeMassGrams,
      double molarMassGramsPerMole,
      double molarVolumeCm3PerMole,
      double areaCm2) {
    if (activeMassGrams <= 0
        || molarMassGramsPerMole <= 0
        || molarVolumeCm3PerMole <= 0
        || areaCm2 <= 0) {
      throw new IllegalArgumentException(
          "mass, molar mass, molar volume and area must be positive");
    }
    double l = activeMassGrams * molarVolumeCm3PerMole / (molarMassGramsPerMole * areaCm2);
    return new DiffusionLength(
        l,
        "m_B·V_M/(M_B·S) with m_B = %s g, V_M = %s cm³/mol, M_B = %s g/mol, S = %s cm²"
            .formatted(activeMassGrams, molarVolumeCm3PerMole, molarMassGramsPerMole, areaCm2));
  }

  /** L = electrode (coating) thickness, in cm. */
  public static DiffusionLength fromThickness(double thicknessCentimetres) {
    if (thicknessCentimetres <= 0) {
      throw new IllegalArgumentException("thickness must be positive");
    }
    return new DiffusionLength(
        thicknessCentimetres, "electrode thickness L = " + thicknessCentimetres + " cm");
  }
}

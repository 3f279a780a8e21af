package org.cellbook.electrodes;

/**
 * What a weighed disc tells:
 *
 * <pre>
 * A       = π (d / 2)²                     [cm², d in cm]
 * coating = m_disc − m_blank               [mg]
 * active  = coating × active fraction      [mg]
 * loading = active / A                     [mg cm⁻²]
 * </pre>
 *
 * A 12 mm disc has A = 1.131 cm²; 2.0 mg of coating at 90 % active gives 1.80 mg and 1.59 mg cm⁻².
 */
public record DiscMetrics(
    double areaCm2,
    double blankMassMilligrams,
    double coatingMassMilligrams,
    double activeMassMilligrams,
    double loadingMilligramsPerCm2) {

  public static double areaCm2(double diameterMillimetres) {
    double radiusCm = diameterMillimetres / 20.0;
    return Math.PI * radiusCm * radiusCm;
  }

  /** Blank foil mass from the foil's areal mass when the blank disc was not weighed. */
  public static double blankFromFoil(double diameterMillimetres, double foilArealMassMgPerCm2) {
    return areaCm2(diameterMillimetres) * foilArealMassMgPerCm2;
  }

  /**
   * @param activeFraction active mass fraction of the coating, 0…1
   */
  public static DiscMetrics of(
      double diameterMillimetres,
      double discMassMilligrams,
      double blankMassMilligrams,
      double activeFraction) {
    double area = areaCm2(diameterMillimetres);
    double coating = discMassMilligrams - blankMassMilligrams;
    double active = coating * activeFraction;
    return new DiscMetrics(area, blankMassMilligrams, coating, active, active / area);
  }
}

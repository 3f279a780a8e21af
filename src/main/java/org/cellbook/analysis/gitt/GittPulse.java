package org.cellbook.analysis.gitt;

import org.cellbook.analysis.kpi.PlausibleRange;

/**
 * One current pulse of a GITT experiment and what follows from it.
 *
 * @param number 1-based pulse number in the file
 * @param sodiation true for reduction pulses (current &lt; 0), false for oxidation
 * @param tauSeconds pulse length τ (last minus first pulse record)
 * @param currentMilliAmps mean current during the pulse (signed)
 * @param restBeforeVolts E at the end of the rest before the pulse
 * @param restAfterVolts E at the end of the rest after the pulse
 * @param deltaEsVolts |E_after − E_before|, the change of the steady-state voltage
 * @param deltaEtVolts |E(τ) − E(0⁺)|, the transient excluding the IR jump
 * @param irDropVolts |E(0⁺) − E_before|
 * @param internalResistanceOhms IR drop / |I|
 * @param diffusionCm2PerSecond D = 4/(πτ) · L² · (ΔE_s/ΔE_t)²
 */
public record GittPulse(
    int number,
    boolean sodiation,
    double tauSeconds,
    double currentMilliAmps,
    double restBeforeVolts,
    double restAfterVolts,
    double deltaEsVolts,
    double deltaEtVolts,
    double irDropVolts,
    double internalResistanceOhms,
    double diffusionCm2PerSecond) {

  /**
   * Solid-state chemical diffusion coefficients of electrode materials lie within 10⁻¹⁶–10⁻⁶ cm²
   * s⁻¹ (Weppner &amp; Huggins, J. Electrochem. Soc. 124 (1977) 1569).
   */
  public static final PlausibleRange DIFFUSION_COEFFICIENT =
      PlausibleRange.of(
          1e-16,
          1e-6,
          "cm² s⁻¹",
          "outside what solid-state diffusion gives: check the diffusion length (active mass,"
              + " molar mass, molar volume and area, or the thickness), or the pulse is too long for"
              + " the √τ regime");

  /** The voltage D is reported against: the middle of the two relaxed voltages. */
  public double midVolts() {
    return (restBeforeVolts + restAfterVolts) / 2;
  }
}

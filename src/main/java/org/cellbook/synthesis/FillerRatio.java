package org.cellbook.synthesis;

import java.util.Locale;

/**
 * Host:filler ratio for filling a porous host with a molten filler: the filler mass per gram of
 * host that exactly fills the host's pores,
 *
 * <pre>m_filler / m_host = V_pore(host) [cm³ g⁻¹] × ρ(filler) [g cm⁻³] × fill fraction</pre>
 *
 * AC (1.391 cm³ g⁻¹) with PTCDA (1.70 g cm⁻³) gives 2.365 g g⁻¹, written 1 : 2.36 in the study
 * (Yang et al., Nano-Micro Lett. 13, 98 (2021)).
 */
public final class FillerRatio {

  private FillerRatio() {}

  /** Filler grams per gram of host. */
  public static double fillerGramsPerHostGram(
      double hostPoreVolumeCm3PerGram, double fillerDensityGramsPerCm3, double fillFraction) {
    if (hostPoreVolumeCm3PerGram <= 0 || fillerDensityGramsPerCm3 <= 0 || fillFraction <= 0) {
      throw new IllegalArgumentException(
          "pore volume, filler density and fill fraction must be positive");
    }
    return hostPoreVolumeCm3PerGram * fillerDensityGramsPerCm3 * fillFraction;
  }

  /** "1 : 2.36" — the way ratios are written in the lab. */
  public static String asRatio(double fillerPerHost) {
    return String.format(Locale.ROOT, "1 : %.2f", fillerPerHost);
  }

  /**
   * Planned against weighed ratio.
   *
   * @param deviationPercent (actual − planned) / planned × 100
   */
  public record Check(
      double planned, double actual, double deviationPercent, boolean withinTolerance) {

    public static Check of(double planned, double actual, double tolerancePercent) {
      double deviation = (actual - planned) / planned * 100;
      return new Check(planned, actual, deviation, Math.abs(deviation) <= tolerancePercent);
    }
  }
}

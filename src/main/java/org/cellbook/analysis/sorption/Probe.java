package org.cellbook.analysis.sorption;

import java.util.Optional;
import org.cellbook.analysis.kpi.PlausibleRange;
import org.jspecify.annotations.Nullable;

/**
 * The adsorptives at the temperatures the analyses are defined for, with the constants that turn an
 * isotherm into an area or a pore volume. An Ar isotherm at 87 K is not an N₂ isotherm: with N₂'s
 * cross-section and liquid density its BET area comes out 14 % and its pore volume 21 % too large.
 *
 * <ul>
 *   <li>Cross-sections σ (BET area = n_m · N_A · σ): ISO 9277:2010, table of cross-sectional areas
 *       (N₂ at 77 K 0.162 nm², Ar at 87 K 0.142 nm², Ar at 77 K 0.138 nm², Kr at 77 K 0.202 nm²)
 *       and Thommes et al., Pure Appl. Chem. 87, 1051 (2015); CO₂ at 273 K 0.170 nm² as pyGAPS and
 *       instrument software use it.
 *   <li>Liquid densities ρ for pore volumes (V = n · M / ρ, the Gurvich rule): N₂ 0.808 g cm⁻³ at
 *       77 K (the value ASiQwin and QuadraWin print beside their reports; 0.0015468 cm³ liquid per
 *       cm³(STP)), Ar 1.3954 g cm⁻³ as saturated liquid at 87.3 K (Tegeler, Span &amp; Wagner, J.
 *       Phys. Chem. Ref. Data 28, 779 (1999); 0.0012772 cm³ per cm³(STP)), CO₂ 1.023 g cm⁻³, the
 *       adsorbed-phase density Dubinin used at 273 K (Cazorla-Amorós et al., Langmuir 12, 2820
 *       (1996); METHODS.md §0). Ar and Kr at 77 K lie below their triple points (83.8 K, 115.8 K):
 *       the pore filling is not a liquid of known density, so no pore volume is given from them.
 *   <li>Which analysis applies: BET for the four probes ISO 9277 gives a cross-section for; CO₂ at
 *       273 K fills ultramicropores at p/p₀ &lt; 0.03 and never builds the multilayer BET
 *       describes, so it gets Dubinin–Radushkevich (β = 0.35) and no BET (Thommes et al. 2015). The
 *       Harkins–Jura thickness of the t-plot is a curve for N₂ at 77 K only.
 * </ul>
 */
public enum Probe {
  N2_77K("N2", 77.355, 0.162, 28.0134, 0.808, true),
  AR_87K("Ar", 87.302, 0.142, 39.948, 1.3954, true),
  AR_77K("Ar", 77.355, 0.138, 39.948, Double.NaN, true),
  KR_77K("Kr", 77.355, 0.202, 83.798, Double.NaN, true),
  CO2_273K("CO2", 273.15, 0.170, 44.0095, 1.023, false);

  /**
   * Any pore volume (total, t-plot micropore, DR): no known solid holds more than about 5 cm³ g⁻¹
   * (the record, DUT-60, 5.02 cm³ g⁻¹; Hönicke et al., Angew. Chem. Int. Ed. 57, 13780 (2018)).
   */
  public static final PlausibleRange PORE_VOLUME =
      PlausibleRange.of(
          0,
          5,
          "cm³ g⁻¹",
          "more pore volume than any known solid holds (the record, DUT-60, 5.02 cm³ g⁻¹): the"
              + " amounts are likely not per gram of sample (a total not divided by the sample"
              + " mass, or a per-gram amount divided by it again), in the wrong unit (cm³(STP) read as"
              + " mmol), or the adsorptive is not the one analysed (its liquid density)");

  /** How far a file's temperature may lie from a probe's and still be that probe. */
  private static final double TEMPERATURE_TOLERANCE_KELVIN = 3;

  /** N₂ critical temperature (Span et al., J. Phys. Chem. Ref. Data 29, 1361 (2000)). */
  private static final double NITROGEN_CRITICAL_KELVIN = 126.192;

  private final String adsorptive;
  private final double kelvin;
  private final double crossSectionNm2;
  private final double molarMassGramsPerMole;
  private final double liquidDensityGramsPerCm3;
  private final boolean bet;

  Probe(
      String adsorptive,
      double kelvin,
      double crossSectionNm2,
      double molarMassGramsPerMole,
      double liquidDensityGramsPerCm3,
      boolean bet) {
    this.adsorptive = adsorptive;
    this.kelvin = kelvin;
    this.crossSectionNm2 = crossSectionNm2;
    this.molarMassGramsPerMole = molarMassGramsPerMole;
    this.liquidDensityGramsPerCm3 = liquidDensityGramsPerCm3;
    this.bet = bet;
  }

  /** "N2", "Ar", "Kr", "CO2", as {@link Isotherm#adsorbate()} names them. */
  public String adsorptive() {
    return adsorptive;
  }

  /** The temperature the constants belong to (normal boiling point for N₂ and Ar at 87 K). */
  public double kelvin() {
    return kelvin;
  }

  /** σ, nm² per molecule. */
  public double crossSectionNm2() {
    return crossSectionNm2;
  }

  public double molarMassGramsPerMole() {
    return molarMassGramsPerMole;
  }

  /** ρ of the pore filling, g cm⁻³; NaN where it is not a liquid of known density. */
  public double liquidDensityGramsPerCm3() {
    return liquidDensityGramsPerCm3;
  }

  /** cm³ of pore filling per mmol adsorbed (M / ρ / 1000); NaN where ρ is not known. */
  public double liquidCm3PerMillimole() {
    return molarMassGramsPerMole / liquidDensityGramsPerCm3 / 1000;
  }

  /** Whether a BET area means something for this probe (not for CO₂ at 273 K). */
  public boolean bet() {
    return bet;
  }

  /** Whether the Harkins–Jura thickness curve of the t-plot holds (N₂ at 77 K only). */
  public boolean tPlot() {
    return this == N2_77K;
  }

  /** "Ar at 87 K". */
  public String label() {
    return "%s at %.0f K".formatted(adsorptive, kelvin);
  }

  /**
   * The probe an isotherm of {@code adsorptive} ("N2", "Ar", as {@link Adsorptives#canonical} names
   * them) at {@code kelvin} was measured with, within ±3 K; empty for any other adsorptive or
   * temperature (propane at 303 K, water, CH₄ at 111 K, CO₂ at 298 K). Without a temperature the
   * probe's usual one is taken (Ar: 87 K, the ISO 9277 recommendation). N₂ stated above its
   * critical temperature (126.2 K) has no p₀, so relative pressures prove the bath was at 77 K and
   * the stated temperature wrong (METHODS.md §5: "Nitrogen at 273 K" files exist).
   */
  public static Optional<Probe> of(@Nullable String adsorptive, @Nullable Double kelvin) {
    if (adsorptive == null) {
      return Optional.empty();
    }
    if (adsorptive.equals("N2") && kelvin != null && kelvin > NITROGEN_CRITICAL_KELVIN) {
      return Optional.of(N2_77K);
    }
    for (Probe p : values()) {
      if (p.adsorptive.equals(adsorptive)
          && (kelvin == null
              ? p != AR_77K
              : Math.abs(kelvin - p.kelvin) <= TEMPERATURE_TOLERANCE_KELVIN)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}

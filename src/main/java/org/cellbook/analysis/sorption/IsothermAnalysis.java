package org.cellbook.analysis.sorption;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cellbook.analysis.kpi.ImplausibleKpis;
import org.jspecify.annotations.Nullable;

/**
 * The analyses of one isotherm (METHODS.md §1), chosen by the {@link Probe} it was measured with:
 * BET (Rouquerol/BETSI range), Gurvich total pore volume and the t-plot for N₂ at 77 K; BET and the
 * total pore volume with argon's own cross-section and density for Ar at 87 K; BET only for Ar and
 * Kr at 77 K; Dubinin–Radushkevich and no BET for CO₂. An isotherm of any other vapour (propane,
 * water, CH₄…) gets none of them, with a warning that says why — never N₂'s numbers. Every KPI is
 * checked against its range ({@link BetAnalysis#AREA}, {@link BetAnalysis#C}, {@link
 * Probe#PORE_VOLUME}, {@link TPlot#EXTERNAL_TO_BET_AREA}) and the micropore volume against the
 * total pore volume it is part of.
 */
public final class IsothermAnalysis {

  /** Gurvich's relative pressure (METHODS.md §1.4). */
  public static final double TOTAL_PORE_VOLUME_RELATIVE_PRESSURE = 0.99;

  /** The t range of the t-plot (METHODS.md §1.5, the Micromeritics default), nm. */
  public static final double T_PLOT_MIN_NM = 0.35;

  public static final double T_PLOT_MAX_NM = 0.50;

  private IsothermAnalysis() {}

  /**
   * @param adsorptive as analysed: the user's, else the file's, else "N2" when assumed; null when
   *     unknown
   * @param temperatureKelvin the file's, null when it states none
   * @param probe null when the isotherm is of no probe the analyses are defined for
   * @param bet null when refused or when no range passes the Rouquerol criteria; tier −1 for a
   *     range the user forced
   * @param totalPoreVolumeCm3PerGram null when not given (warnings say why)
   * @param tPlot null when not given
   * @param dubininRadushkevich null unless the adsorptive is CO₂
   * @param warnings the importer's, then the analysis's (the implausible KPIs' reasons are not
   *     repeated here)
   * @param implausible KPI name → reason, empty when every KPI is plausible
   */
  public record Result(
      @Nullable String adsorptive,
      @Nullable Double temperatureKelvin,
      @Nullable Probe probe,
      BetAnalysis.@Nullable Result bet,
      @Nullable Double totalPoreVolumeCm3PerGram,
      @Nullable TPlot tPlot,
      @Nullable DubininRadushkevich dubininRadushkevich,
      List<String> warnings,
      Map<String, String> implausible) {

    public Result {
      warnings = List.copyOf(warnings);
      implausible = Collections.unmodifiableMap(new LinkedHashMap<>(implausible));
    }
  }

  /**
   * @param adsorbate the adsorptive the user names, or null to take the file's
   * @param betRange a user-forced BET range [low, high] in p/p₀, or null for the automatic one
   * @throws IllegalArgumentException for a forced range that is not a range or holds fewer than
   *     three points
   */
  public static Result analyze(
      SorptionMeasurement m, @Nullable String adsorbate, double @Nullable [] betRange) {
    List<String> warnings = new ArrayList<>(m.warnings());
    String gas = adsorbate == null ? m.adsorbate() : Adsorptives.canonical(adsorbate);
    if (adsorbate != null && m.adsorbate() != null && !gas.equalsIgnoreCase(m.adsorbate())) {
      warnings.add("--adsorbate " + adsorbate + " overrides the file's " + m.adsorbate());
    }
    Double kelvin = m.temperatureKelvin();
    Probe probe = probe(gas, kelvin, warnings);
    if (gas == null && probe != null) {
      gas = probe.adsorptive();
    }
    String what = probe != null ? probe.label() : describe(gas, kelvin);
    Isotherm iso = m.adsorption();

    BetAnalysis.Result bet =
        betRange != null
            ? forcedBet(iso, betRange, probe, what, warnings)
            : bet(iso, probe, what, warnings);
    Double total = null;
    TPlot tplot = null;
    if (probe != null && probe.bet()) {
      total = totalPoreVolume(iso, probe, warnings);
      tplot = tPlot(iso, probe, warnings);
    }
    DubininRadushkevich dr =
        "CO2".equals(gas) ? dubininRadushkevich(iso, probe, kelvin, warnings) : null;
    return new Result(
        gas, kelvin, probe, bet, total, tplot, dr, warnings, plausibility(bet, total, tplot, dr));
  }

  /** The probe of the isotherm, with a warning for each assumption made. */
  private static @Nullable Probe probe(
      @Nullable String gas, @Nullable Double kelvin, List<String> warnings) {
    if (gas == null) {
      if (kelvin == null || Math.abs(kelvin - Probe.N2_77K.kelvin()) <= 3) {
        warnings.add(
            "the file names no adsorptive: analysed as N2 at 77 K (set the adsorbate if it is"
                + " another)");
        return Probe.N2_77K;
      }
      return null;
    }
    Probe probe = Probe.of(gas, kelvin).orElse(null);
    if (probe == Probe.N2_77K && kelvin != null && Math.abs(kelvin - probe.kelvin()) > 3) {
      warnings.add(
          f(
              "N2 at the stated %.2f K is above its critical temperature and has no p0: the"
                  + " relative pressures show a bath at 77 K; analysed as N2 at 77 K",
              kelvin));
    } else if (probe != null && kelvin == null && probe != Probe.N2_77K) {
      warnings.add("the file states no temperature: analysed as " + probe.label());
    }
    return probe;
  }

  private static BetAnalysis.@Nullable Result bet(
      Isotherm iso, @Nullable Probe probe, String what, List<String> warnings) {
    if (probe == null || !probe.bet()) {
      warnings.add(
          probe == Probe.CO2_273K
              ? "no BET area, t-plot or total pore volume for CO2 at 273 K: it fills micropores"
                  + " below p/p0 0.03 and never forms the multilayer the BET model describes; its"
                  + " micropore volume is the DR one"
              : "no BET area, t-plot or total pore volume for "
                  + what
                  + ": they are defined (ISO 9277) for N2 at 77 K, Ar at 87 or 77 K and Kr at 77 K,"
                  + " whose monolayer cross-sections are known; a vapour's packing and multilayer"
                  + " differ from one surface to the next");
      return null;
    }
    BetAnalysis.Result bet = BetAnalysis.auto(iso, probe.crossSectionNm2());
    if (bet == null) {
      warnings.add(
          "no pressure range passes the Rouquerol criteria even at the loosest tier: no BET area");
    } else if (bet.tier() > 0) {
      warnings.add(
          f(
              "BET range from relaxed tier %d (%d points, R² ≥ %s)",
              bet.tier(), bet.minPoints(), bet.minRSquared()));
    }
    if (probe != Probe.N2_77K) {
      warnings.add(
          f(
              "BET area with the cross-section of %s, %.3f nm² (ISO 9277)",
              probe.label(), probe.crossSectionNm2()));
    }
    return bet;
  }

  /**
   * BET over the adsorption points inside a user-chosen p/p₀ range, reported with the Rouquerol
   * criteria it fails (a forced range is the user's call, not rejected); refused, with a warning,
   * for an adsorptive with no known cross-section.
   */
  private static BetAnalysis.@Nullable Result forcedBet(
      Isotherm iso, double[] range, @Nullable Probe probe, String what, List<String> warnings) {
    if (range.length != 2 || !(range[0] < range[1])) {
      throw new IllegalArgumentException("the BET range needs a low and a higher p/p0");
    }
    if (probe == null) {
      warnings.add(
          "the BET range is ignored: no monolayer cross-section is known for "
              + what
              + " (ISO 9277 gives N2 at 77 K, Ar at 87 or 77 K, Kr at 77 K)");
      return null;
    }
    BetAnalysis.Fit fit = BetAnalysis.fitRange(iso, range[0], range[1], probe.crossSectionNm2());
    if (fit == null) {
      throw new IllegalArgumentException(
          f("fewer than three adsorption points between p/p0 %s and %s", range[0], range[1]));
    }
    List<String> failed = new ArrayList<>();
    if (!fit.c1()) {
      failed.add("1 (n(1−x) must increase)");
    }
    if (!fit.c2()) {
      failed.add("2 (C > 0)");
    }
    if (!fit.c3()) {
      failed.add("3 (monolayer pressure inside the range)");
    }
    if (!fit.c4()) {
      failed.add("4 (1/(√C+1) agrees with the monolayer pressure)");
    }
    warnings.add(
        f("BET range forced to p/p0 %s–%s (%d points)", range[0], range[1], fit.points())
            + (failed.isEmpty()
                ? "; all Rouquerol criteria met"
                : "; Rouquerol criteria not met: " + String.join(", ", failed)));
    if (!probe.bet()) {
      warnings.add(
          f(
              "BET does not describe %s: the area over the forced range uses σ = %.3f nm² and is"
                  + " no surface area to report",
              probe.label(), probe.crossSectionNm2()));
    } else if (probe != Probe.N2_77K) {
      warnings.add(
          f(
              "BET area with the cross-section of %s, %.3f nm² (ISO 9277)",
              probe.label(), probe.crossSectionNm2()));
    }
    return new BetAnalysis.Result(
        fit,
        -1,
        fit.points(),
        fit.rSquared(),
        fit.areaSquareMetresPerGram(),
        fit.areaSquareMetresPerGram(),
        1);
  }

  private static @Nullable Double totalPoreVolume(
      Isotherm iso, Probe probe, List<String> warnings) {
    if (Double.isNaN(probe.liquidDensityGramsPerCm3())) {
      warnings.add(
          "no total pore volume from "
              + probe.label()
              + ": below its triple point the pore filling is not a liquid of known density");
      return null;
    }
    double v =
        BetAnalysis.totalPoreVolumeCm3PerGram(iso, TOTAL_PORE_VOLUME_RELATIVE_PRESSURE, probe);
    if (Double.isNaN(v)) {
      warnings.add("the isotherm stops below p/p0 = 0.99: no total pore volume");
      return null;
    }
    return v;
  }

  private static @Nullable TPlot tPlot(Isotherm iso, Probe probe, List<String> warnings) {
    if (!probe.tPlot()) {
      warnings.add(
          "no t-plot from " + probe.label() + ": the Harkins–Jura thickness curve is N2's at 77 K");
      return null;
    }
    try {
      return TPlot.fit(iso, T_PLOT_MIN_NM, T_PLOT_MAX_NM);
    } catch (IllegalArgumentException e) {
      warnings.add("t-plot: " + e.getMessage());
      return null;
    }
  }

  /**
   * DR of a CO₂ isotherm with the constants of CO₂ at 273 K; at another temperature (or none
   * stated) with a warning, since ρ_ads = 1.023 g cm⁻³ is the 273 K value.
   */
  private static @Nullable DubininRadushkevich dubininRadushkevich(
      Isotherm iso, Probe probe, @Nullable Double kelvin, List<String> warnings) {
    double t = kelvin == null ? Probe.CO2_273K.kelvin() : kelvin;
    if (probe != Probe.CO2_273K) {
      warnings.add(
          f(
              "DR at %.2f K with the adsorbed-phase density of CO2 at 273 K (%.3f g/cm³): W0 is"
                  + " approximate",
              t, Probe.CO2_273K.liquidDensityGramsPerCm3()));
    }
    try {
      return DubininRadushkevich.carbonDioxide(iso, t);
    } catch (IllegalArgumentException e) {
      warnings.add("DR: " + e.getMessage());
      return null;
    }
  }

  private static Map<String, String> plausibility(
      BetAnalysis.@Nullable Result bet,
      @Nullable Double total,
      @Nullable TPlot tplot,
      @Nullable DubininRadushkevich dr) {
    ImplausibleKpis kpis = new ImplausibleKpis();
    if (bet != null) {
      kpis.check(
          "bet_area_m2_g", "BET area", bet.fit().areaSquareMetresPerGram(), BetAnalysis.AREA);
      kpis.check("bet_c", "BET C", bet.fit().c(), BetAnalysis.C);
    }
    kpis.check("total_pore_volume_cm3_g", "Total pore volume", total, Probe.PORE_VOLUME);
    if (tplot != null) {
      kpis.check(
          "tplot_micropore_volume_cm3_g",
          "t-plot micropore volume",
          tplot.microporeVolumeCm3PerGram(),
          Probe.PORE_VOLUME);
      if (total != null && tplot.microporeVolumeCm3PerGram() > total) {
        kpis.flag(
            "tplot_micropore_volume_cm3_g",
            f(
                "t-plot micropore volume %.4g cm³ g⁻¹ exceeds the total pore volume %.4g cm³ g⁻¹"
                    + " it is part of: the t range holds no straight multilayer line or the"
                    + " isotherm's high-pressure end is wrong",
                tplot.microporeVolumeCm3PerGram(), total));
      }
      if (bet != null && bet.fit().areaSquareMetresPerGram() > 0) {
        kpis.check(
            "tplot_external_area_m2_g",
            "t-plot external area / BET area",
            tplot.externalAreaSquareMetresPerGram() / bet.fit().areaSquareMetresPerGram(),
            TPlot.EXTERNAL_TO_BET_AREA);
      }
    }
    if (dr != null) {
      kpis.check(
          "dr_micropore_volume_cm3_g",
          "DR micropore volume",
          dr.microporeVolumeCm3PerGram(),
          Probe.PORE_VOLUME);
    }
    return kpis.reasons();
  }

  /** "C3H8 at 303 K", "an unnamed adsorptive at 298 K", "H2O (no temperature stated)". */
  private static String describe(@Nullable String gas, @Nullable Double kelvin) {
    return (gas == null ? "an unnamed adsorptive" : gas)
        + (kelvin == null ? " (no temperature stated)" : f(" at %.0f K", kelvin));
  }

  private static String f(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }
}

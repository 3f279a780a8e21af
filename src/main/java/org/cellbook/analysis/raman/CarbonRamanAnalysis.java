package org.cellbook.analysis.raman;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The D/G fits of METHODS.md §3 on one spectrum, kept only where they found a D and a G band: a fit
 * whose bands lie outside their windows ({@link CarbonRaman#D_POSITION}, {@link
 * CarbonRaman#G_POSITION}) describes something else (silicon's second order, a fluorescence
 * background), so it gives no I_D/I_G but a warning that says where the bands went. A spectrum no
 * fit applies to (one that stops before 1000 cm⁻¹) is still analysed, with warnings only.
 *
 * @param lorentz the two-Lorentzian fit, null when there is none with both bands in their windows
 * @param bwf the Lorentzian D + Breit–Wigner–Fano G fit, null likewise
 * @param multiband the Sadezky D1–D4 fit, null when the spectrum does not support it
 * @param warnings the fits not made and why
 */
public record CarbonRamanAnalysis(
    @Nullable CarbonRaman lorentz,
    @Nullable CarbonRaman bwf,
    @Nullable SadezkyRaman multiband,
    List<String> warnings) {

  public static CarbonRamanAnalysis of(double[] shiftPerCm, double[] intensity) {
    List<String> warnings = new ArrayList<>();
    CarbonRaman lorentz;
    try {
      lorentz = CarbonRaman.fit(shiftPerCm, intensity);
    } catch (RuntimeException e) { // too few points in the window, or no convergence
      warnings.add("no D/G fit: " + e.getMessage());
      return new CarbonRamanAnalysis(null, null, null, List.copyOf(warnings));
    }
    String astray = bandsOutsideTheirWindows(lorentz);
    if (astray != null) {
      warnings.add("no I_D/I_G: the D/G fit " + astray);
      return new CarbonRamanAnalysis(null, null, null, List.copyOf(warnings));
    }
    CarbonRaman bwf = null;
    try {
      bwf = CarbonRaman.fitBreitWignerFano(shiftPerCm, intensity, lorentz);
      astray = bandsOutsideTheirWindows(bwf);
      if (astray != null) {
        warnings.add("no Breit–Wigner–Fano G fit: it " + astray);
        bwf = null;
      }
    } catch (RuntimeException e) {
      warnings.add("no Breit–Wigner–Fano G fit: " + e.getMessage());
    }
    SadezkyRaman multiband = null;
    try {
      multiband = SadezkyRaman.fit(shiftPerCm, intensity, lorentz);
    } catch (RuntimeException e) {
      warnings.add("no D3/D4 (Sadezky) fit: " + e.getMessage());
    }
    return new CarbonRamanAnalysis(lorentz, bwf, multiband, List.copyOf(warnings));
  }

  /**
   * "puts D at 1011 cm⁻¹ and G at 742 cm⁻¹: D position 1011 cm⁻¹ is outside …", or null when both
   * bands lie in their windows.
   */
  private static @Nullable String bandsOutsideTheirWindows(CarbonRaman fit) {
    List<String> reasons = new ArrayList<>();
    if (!CarbonRaman.D_POSITION.admits(fit.dCentre())) {
      reasons.add(CarbonRaman.D_POSITION.explain("D position", fit.dCentre()));
    }
    if (!CarbonRaman.G_POSITION.admits(fit.gCentre())) {
      reasons.add(CarbonRaman.G_POSITION.explain("G position", fit.gCentre()));
    }
    return reasons.isEmpty()
        ? null
        : String.format(
            Locale.ROOT,
            "puts D at %.0f cm⁻¹ and G at %.0f cm⁻¹: %s",
            fit.dCentre(),
            fit.gCentre(),
            String.join("; ", reasons));
  }
}

package org.cellbook.analysis.xrd;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What the carbon methods of METHODS.md §2 say about one pattern, and why, when they say nothing:
 * every pattern is analysed, and a pattern they do not apply to (one that misses the (002) region,
 * or whose strongest reflection there is sharp: graphite or a crystalline phase) gets the reason
 * instead of the R value and the profile fit.
 *
 * @param strongest the strongest reflection in the (002) region, null when the pattern misses it
 * @param rValue the Dahn R value and apparent d002, null when it does not apply
 * @param fit the two-component (002) and (100) profile fit, null when it does not apply or failed
 * @param skipped what was not done, and why
 * @param notes how the results were obtained
 */
public record CarbonXrdAnalysis(
    CarbonXrd.@Nullable Peak strongest,
    CarbonXrd.@Nullable RValue rValue,
    CarbonXrdFit.@Nullable Result fit,
    List<String> skipped,
    List<String> notes) {

  /** Where a carbon's (002) band lies with Cu Kα (° 2θ), as the R value looks for it. */
  private static final double FROM = 15;

  private static final double TO = 35;

  public static CarbonXrdAnalysis of(DiffractionPattern p) {
    double[] x = p.twoThetaDegrees();
    List<String> skipped = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    CarbonXrd.Peak peak;
    try {
      peak = CarbonXrd.strongestPeak(p, FROM, TO);
    } catch (IllegalArgumentException noPointThere) {
      skipped.add(
          f(
              "the pattern covers %.2f–%.2f° 2θ, not the (002) region of a carbon (%.0f–%.0f°):"
                  + " no d002, R value or profile fit",
              x[0], x[x.length - 1], FROM, TO));
      return new CarbonXrdAnalysis(null, null, null, List.copyOf(skipped), List.of());
    }
    if (peak.fwhmDegrees() < CarbonXrd.SHARP_PEAK_FWHM_DEGREES) {
      skipped.add(
          f(
              "the strongest reflection between %.0f and %.0f° is sharp (%.3f° 2θ, d %.4f nm, FWHM"
                  + " %.3f° < %.1f°): graphite or a crystalline phase, not the broad (002) band of a"
                  + " disordered carbon: no d002, R value or profile fit",
              FROM,
              TO,
              peak.twoThetaDegrees(),
              CarbonXrd.braggSpacingAngstrom(peak.twoThetaDegrees(), p.wavelengthAngstrom()) / 10,
              peak.fwhmDegrees(),
              CarbonXrd.SHARP_PEAK_FWHM_DEGREES));
      return new CarbonXrdAnalysis(peak, null, null, List.copyOf(skipped), List.of());
    }
    CarbonXrd.RValue r = null;
    try {
      r = CarbonXrd.rValue(p);
      notes.add(
          "d002_nm is the apparent spacing at the (002) maximum; the fitted components carry their"
              + " own d-spacings (xrd_components)");
      notes.add(
          f(
              "R value baseline joins (%.2f°, %.0f) and (%.2f°, %.0f)",
              r.baselineLow()[0], r.baselineLow()[1], r.baselineHigh()[0], r.baselineHigh()[1]));
    } catch (IllegalArgumentException e) {
      skipped.add("no R value: " + e.getMessage());
    }
    CarbonXrdFit.Result fit = null;
    try {
      fit = CarbonXrdFit.fit(p);
      notes.add(
          "Lc from the graphitic (002) component (Scherrer K = 0.89), La from (100) (K = 1.84);"
              + " no instrumental broadening subtracted");
    } catch (IllegalArgumentException e) {
      skipped.add("no profile fit: " + e.getMessage());
    }
    return new CarbonXrdAnalysis(peak, r, fit, List.copyOf(skipped), List.copyOf(notes));
  }

  private static String f(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }
}

package org.cellbook.analysis.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cellbook.analysis.importers.ImportException;
import org.cellbook.analysis.raman.CarbonRaman;
import org.cellbook.analysis.raman.SadezkyRaman;
import org.cellbook.analysis.sorption.IsothermImporters;
import org.cellbook.analysis.xrd.CarbonXrd;
import org.cellbook.analysis.xrd.CarbonXrdFit;
import org.cellbook.analysis.xrd.Pattern;
import org.cellbook.analysis.xrd.PatternReaders;

/**
 * The materials techniques of {@code analyze} (issue 5's contract): sorption (BET, total pore
 * volume, t-plot; DR for CO₂), XRD of carbons (002 maximum, apparent d002, Dahn R value) and Raman
 * (D/G fit, I_D/I_G), each printed as one JSON object or a short table.
 */
final class MaterialsAnalysis {

  /** The materials techniques, as named on the command line. */
  enum Kind {
    sorption,
    xrd,
    raman
  }

  /** Input the user must fix: the message names the file. */
  static final class Problem extends Exception {
    Problem(String message) {
      super(message);
    }
  }

  private MaterialsAnalysis() {}

  /**
   * Recognises an isotherm (any format the sorption importers detect), a diffractogram or a Raman
   * spectrum by its content or extension.
   */
  static Optional<Kind> detect(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    try {
      PatternReaders.Format pattern = PatternReaders.detect(file);
      if (name.endsWith(".xy")
          || (pattern != PatternReaders.Format.TWO_COLUMN_TEXT
              && pattern != PatternReaders.Format.NOT_A_PATTERN)) {
        return Optional.of(Kind.xrd);
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    try {
      if (IsothermImporters.standard().detect(file).isPresent()) {
        return Optional.of(Kind.sorption);
      }
    } catch (ImportException e) {
      return Optional.empty();
    }
    String head;
    try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
      head = String.join("\n", lines.limit(20).toList()).toLowerCase(Locale.ROOT);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    if (head.contains("2theta") || head.contains("2θ") || head.contains("xrd")) {
      return Optional.of(Kind.xrd);
    }
    if (head.contains("raman") || head.contains("#wave") || head.contains("cm-1")) {
      return Optional.of(Kind.raman);
    }
    return Optional.empty();
  }

  /**
   * @param betRange a user-forced BET range [low, high] in p/p₀, or null for the automatic one
   */
  static String run(Kind kind, Path file, boolean json, String adsorbate, double[] betRange)
      throws Problem {
    return switch (kind) {
      case sorption -> SorptionReport.run(file, json, adsorbate, betRange);
      case xrd -> xrd(file, json);
      case raman -> raman(file, json);
    };
  }

  private static String xrd(Path file, boolean json) throws Problem {
    Pattern p;
    PatternReaders.Format format;
    try {
      format = PatternReaders.detect(file);
      p = PatternReaders.read(file);
    } catch (IOException e) {
      throw new Problem(e.getMessage());
    }
    CarbonXrd.RValue r;
    try {
      r = CarbonXrd.rValue(p);
    } catch (IllegalArgumentException e) {
      throw new Problem(file.getFileName() + ": " + e.getMessage());
    }
    List<String> warnings = new ArrayList<>();
    warnings.add(
        "d002_nm is the apparent spacing at the (002) maximum; the fitted components carry their"
            + " own d-spacings (xrd_components)");
    warnings.add(
        "R value baseline joins (%.2f°, %.0f) and (%.2f°, %.0f)"
            .formatted(
                r.baselineLow()[0], r.baselineLow()[1], r.baselineHigh()[0], r.baselineHigh()[1]));
    CarbonXrdFit.Result fit = null;
    try {
      fit = CarbonXrdFit.fit(p);
      warnings.add(
          "Lc from the graphitic (002) component (Scherrer K = 0.89), La from (100) (K = 1.84);"
              + " no instrumental broadening subtracted");
    } catch (IllegalArgumentException e) {
      warnings.add("no profile fit: " + e.getMessage());
    }
    if (!json) {
      StringBuilder b =
          new StringBuilder(
              f(
                  "(002) maximum %.2f° 2θ → d002 %.4f nm (λ %.4f Å); Dahn R %.3f%n",
                  r.twoThetaAtMaximum(),
                  r.apparentD002Angstrom() / 10,
                  p.wavelengthAngstrom(),
                  r.r()));
      if (fit != null) {
        for (CarbonXrdFit.Component c : fit.components()) {
          b.append(
              f(
                  "  %-15s %.3f ± %.3f°  FWHM %.3f ± %.3f°  η %.2f  d %.4f nm  L %.2f nm%s%n",
                  c.name(),
                  c.centreDegrees(),
                  c.centreSe(),
                  c.fwhmDegrees(),
                  c.fwhmSe(),
                  c.eta(),
                  c.dSpacingAngstrom() / 10,
                  c.scherrerLengthAngstrom() / 10,
                  Double.isNaN(c.areaFraction002())
                      ? ""
                      : f("  (002) area %.1f %%", 100 * c.areaFraction002())));
        }
        b.append(f("  R² %.5f, reduced χ² %.3f%n", fit.rSquared(), fit.reducedChiSquared()));
      }
      warnings.forEach(x -> b.append("note: ").append(x).append(System.lineSeparator()));
      return b.toString();
    }
    JsonWriter w = header(file, "xrd", format.slug(), p.twoThetaDegrees().length);
    w.name("kpis")
        .beginObject()
        .field("peak_002_two_theta_deg", r.twoThetaAtMaximum())
        .field("d002_nm", r.apparentD002Angstrom() / 10)
        .field("r_value", r.r())
        .field("wavelength_angstrom", p.wavelengthAngstrom());
    if (fit != null) {
      w.field("d002_graphitic_nm", fit.graphitic().dSpacingAngstrom() / 10)
          .field("lc_nm", fit.graphitic().scherrerLengthAngstrom() / 10)
          .field("graphitic_area_fraction", fit.graphitic().areaFraction002());
      if (fit.band100() != null) {
        w.field("la_nm", fit.band100().scherrerLengthAngstrom() / 10);
      }
      w.field("fit_r2", fit.rSquared()).field("fit_reduced_chi2", fit.reducedChiSquared());
      w.name("xrd_components").beginArray();
      for (CarbonXrdFit.Component c : fit.components()) {
        w.beginObject()
            .field("name", c.name())
            .field("center_two_theta_deg", c.centreDegrees())
            .field("center_se_deg", c.centreSe())
            .field("fwhm_deg", c.fwhmDegrees())
            .field("fwhm_se_deg", c.fwhmSe())
            .field("eta", c.eta())
            .field("height_counts", c.heightCounts())
            .field("area_fraction", Double.isNaN(c.areaFraction002()) ? null : c.areaFraction002())
            .field("d_nm", c.dSpacingAngstrom() / 10)
            .field("scherrer_length_nm", c.scherrerLengthAngstrom() / 10)
            .endObject();
      }
      w.endArray();
    }
    w.endObject();
    return footer(w, warnings);
  }

  private static String raman(Path file, boolean json) throws Problem {
    Pattern spectrum;
    try {
      spectrum = Pattern.read(file); // any increasing two-column text: here Raman shift and counts
    } catch (IOException e) {
      throw new Problem(e.getMessage());
    }
    CarbonRaman r;
    CarbonRaman bwf = null;
    List<String> warnings = new ArrayList<>();
    try {
      r = CarbonRaman.fit(spectrum.twoThetaDegrees(), spectrum.counts());
    } catch (RuntimeException e) {
      throw new Problem(file.getFileName() + ": no D/G fit: " + e.getMessage());
    }
    try {
      bwf = CarbonRaman.fitBreitWignerFano(spectrum.twoThetaDegrees(), spectrum.counts(), r);
    } catch (RuntimeException e) {
      warnings.add("no Breit–Wigner–Fano G fit: " + e.getMessage());
    }
    SadezkyRaman four = null;
    try {
      four = SadezkyRaman.fit(spectrum.twoThetaDegrees(), spectrum.counts(), r);
    } catch (RuntimeException e) {
      warnings.add("no D3/D4 (Sadezky) fit: " + e.getMessage());
    }
    Double laser = laserWavelengthNm(file);
    if (laser == null) {
      warnings.add("the file does not state the laser wavelength");
    }
    if (!json) {
      String text =
          f(
              "D %.1f cm⁻¹, G %.1f cm⁻¹; I_D/I_G %.3f (height), %.3f (area); model: %s%n",
              r.dCentre(), r.gCentre(), r.idIgHeight(), r.idIgArea(), r.model());
      if (bwf != null) {
        text +=
            f(
                "BWF G maximum %.1f cm⁻¹ (q %.2f); I_D/I_G %.3f (height); model: %s%n",
                bwf.gCentre(), bwf.bwfQ(), bwf.idIgHeight(), bwf.model());
      }
      if (four != null) {
        text +=
            f(
                "%s; I_D1/I_G %.3f (height), %.3f (area), I_D3/I_G %.3f; R² %.4f; model: %s%n",
                String.join(
                    ", ",
                    four.bands().stream()
                        .map(b -> f("%s %.1f cm⁻¹", b.name(), b.centre()))
                        .toList()),
                four.idIgHeight(),
                four.idIgArea(),
                four.id3IgHeight(),
                four.rSquared(),
                four.model());
      }
      return text;
    }
    JsonWriter w = header(file, "raman", "two-column-text", spectrum.counts().length);
    w.name("kpis")
        .beginObject()
        .field("raman_d_position_cm1", r.dCentre())
        .field("raman_g_position_cm1", r.gCentre())
        .field("raman_d_fwhm_cm1", r.dWidth())
        .field("raman_g_fwhm_cm1", r.gWidth())
        .field("id_ig_height", r.idIgHeight())
        .field("id_ig_height_se", r.idIgHeightSe())
        .field(
            "raman_d_position_se_cm1", r.standardErrors().length > 1 ? r.standardErrors()[1] : null)
        .field(
            "raman_g_position_se_cm1", r.standardErrors().length > 4 ? r.standardErrors()[4] : null)
        .field("id_ig_area", r.idIgArea())
        .field("raman_fit_r2", r.rSquared())
        .field("raman_fit_iterations", r.iterations())
        .field("raman_model", r.model())
        .field("laser_wavelength_nm", laser);
    if (bwf != null) {
      w.field("id_ig_height_bwf", bwf.idIgHeight())
          .field("raman_g_position_bwf_cm1", bwf.gCentre())
          .field("bwf_q", bwf.bwfQ())
          .field("raman_fit_r2_bwf", bwf.rSquared())
          .field("raman_model_bwf", bwf.model());
    }
    if (four != null) {
      w.field("raman_d4_position_cm1", four.band("D4").map(SadezkyRaman.Band::centre).orElse(null))
          .field("raman_d3_position_cm1", four.band("D3").orElseThrow().centre())
          .field("raman_d3_fwhm_cm1", four.band("D3").orElseThrow().fwhm())
          .field("raman_d1_position_multiband_cm1", four.band("D1").orElseThrow().centre())
          .field("raman_g_position_multiband_cm1", four.band("G").orElseThrow().centre())
          .field("id_ig_height_multiband", four.idIgHeight())
          .field("id_ig_height_multiband_se", four.idIgHeightSe())
          .field("id_ig_area_multiband", four.idIgArea())
          .field("id3_ig_height", four.id3IgHeight())
          .field("raman_multiband_r2", four.rSquared())
          .field("raman_model_multiband", four.model());
    }
    w.endObject();
    return footer(w, warnings);
  }

  /**
   * The excitation wavelength a header states ("#Laser=532.17(nm)" in LabSpec exports, "laser 532
   * nm"), or null.
   */
  static Double laserWavelengthNm(Path file) {
    java.util.regex.Pattern laser =
        java.util.regex.Pattern.compile(
            "(?i)(?:laser|excitation)[^0-9\\r\\n]{0,40}?([2-9][0-9]{2}(?:\\.[0-9]+)?)");
    try (var lines = Files.lines(file, StandardCharsets.ISO_8859_1)) {
      return lines
          .limit(60)
          .map(laser::matcher)
          .filter(java.util.regex.Matcher::find)
          .map(m -> Double.valueOf(m.group(1)))
          .findFirst()
          .orElse(null);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  static JsonWriter header(Path file, String technique, String format, int records) {
    return new JsonWriter()
        .beginObject()
        .field("file", file.toString())
        .field("sha256", Analyzer.sha256(file))
        .field("format", format)
        .field("technique", technique)
        .field("records", records);
  }

  /**
   * Closes the document with the implausible KPIs (name → reason, empty when all is well) and the
   * warnings, each implausible KPI's reason among them, as {@code Analyzer} does for cycling.
   */
  static String footer(JsonWriter w, Map<String, String> implausible, List<String> warnings) {
    w.name("implausible").beginObject();
    implausible.forEach(w::field);
    w.endObject();
    List<String> all = new ArrayList<>(warnings);
    all.addAll(implausible.values());
    return footer(w, all);
  }

  private static String footer(JsonWriter w, List<String> warnings) {
    w.name("warnings").beginArray();
    warnings.forEach(w::value);
    w.endArray().endObject();
    return w + System.lineSeparator();
  }

  private static String f(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }
}

package org.cellbook.analysis.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cellbook.analysis.importers.ImportException;
import org.cellbook.analysis.importers.ImporterRegistry;
import org.cellbook.analysis.kpi.ImplausibleKpis;
import org.cellbook.analysis.raman.CarbonRaman;
import org.cellbook.analysis.raman.CarbonRamanAnalysis;
import org.cellbook.analysis.raman.SadezkyRaman;
import org.cellbook.analysis.sorption.IsothermImporters;
import org.cellbook.analysis.xrd.CarbonXrd;
import org.cellbook.analysis.xrd.CarbonXrdAnalysis;
import org.cellbook.analysis.xrd.CarbonXrdFit;
import org.cellbook.analysis.xrd.Pattern;
import org.cellbook.analysis.xrd.PatternReaders;
import org.cellbook.analysis.xrd.XyText;

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
   * spectrum: binary and XML diffractometer formats by their signatures first, then isotherms, then
   * two-column text by its content ({@link #spectrumKind}).
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
    if (cyclerFile(file)) {
      return Optional.empty();
    }
    try {
      return spectrumKind(XyText.head(file));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * A file a cycler importer recognises with confidence: words in its header ("Raman" in an
   * operando cell's comment, "cm-1" in a unit) must not turn it into a spectrum.
   */
  private static boolean cyclerFile(Path file) {
    try {
      return ImporterRegistry.standard()
          .detect(file)
          .filter(d -> d.confidence() >= 0.8)
          .isPresent();
    } catch (ImportException e) {
      return false;
    }
  }

  /** Words in a spectrum's header that name a Raman shift axis or a Raman instrument. */
  private static final List<String> RAMAN_WORDS =
      List.of("raman", "#wave", "cm-1", "cm-¹", "cm⁻¹", "1/cm", "labspec", "labram");

  /**
   * What a table of numbers is: a diffractogram or a Raman spectrum has one x column that increases
   * or decreases and an intensity column (a third, for an error or a background, is allowed where
   * the header names the technique). The header decides when it names 2θ or a Raman shift; without
   * one, two columns whose x spans at least 300 within −500…4500 and reaches beyond any 2θ (> 200)
   * are Raman shifts in cm⁻¹. Wider tables are never spectra: a 72-column EC-Lab export names a
   * conductivity in "mS.cm-1", and it is cycler data.
   */
  static Optional<Kind> spectrumKind(XyText head) {
    int columns = head.columns();
    if (head.rows().size() < 10 || columns < 2 || columns > 3 || !head.monotonicX()) {
      return Optional.empty();
    }
    String header = String.join("\n", head.header()).toLowerCase(Locale.ROOT);
    if (header.contains("2theta") || header.contains("2θ") || header.contains("xrd")) {
      return Optional.of(Kind.xrd);
    }
    if (RAMAN_WORDS.stream().anyMatch(header::contains)) {
      return Optional.of(Kind.raman);
    }
    double min = head.minX();
    double max = head.maxX();
    boolean ramanShifts = min >= -500 && max <= 4500 && max - min >= 300 && max > 200;
    return columns == 2 && ramanShifts ? Optional.of(Kind.raman) : Optional.empty();
  }

  /**
   * A cycler or potentiostat table, which words in its header ("Raman" in an operando cell's file
   * name or comment, "cm-1") must not turn into a spectrum or pattern: a row of more than four
   * numbers (EC-Lab exports up to 72 columns; a spectrum has two, a Raman map four), or a file a
   * cycler importer recognises with confidence.
   */
  private static boolean cyclerTable(Path file, String head) {
    for (String line : head.split("\n")) {
      String[] fields = line.strip().split("[\\t,;]|\\s+");
      if (fields.length > 4
          && Arrays.stream(fields).allMatch(f -> f.matches("[-+]?[\\d.,]+(e[-+]?\\d+)?"))) {
        return true;
      }
    }
    try {
      return ImporterRegistry.standard()
          .detect(file)
          .filter(d -> d.confidence() >= 0.8)
          .isPresent();
    } catch (ImportException e) {
      return false;
    }
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
    CarbonXrdAnalysis carbon = CarbonXrdAnalysis.of(p);
    CarbonXrd.RValue r = carbon.rValue();
    CarbonXrdFit.Result fit = carbon.fit();
    ImplausibleKpis implausible = new ImplausibleKpis();
    Double d002 =
        r == null
            ? null
            : implausible.check(
                "d002_nm",
                "d002 at the (002) maximum",
                r.apparentD002Angstrom() / 10,
                CarbonXrd.D002_SPACING);
    Double d002Graphitic =
        fit == null
            ? null
            : implausible.check(
                "d002_graphitic_nm",
                "d002 of the graphitic (002) component",
                fit.graphitic().dSpacingAngstrom() / 10,
                CarbonXrd.D002_SPACING);
    if (!json) {
      double[] x = p.twoThetaDegrees();
      StringBuilder b =
          new StringBuilder(
              f(
                  "Pattern: %d points, %.2f–%.2f° 2θ, λ %.4f Å%n",
                  x.length, x[0], x[x.length - 1], p.wavelengthAngstrom()));
      if (r != null) {
        b.append(
            f(
                "(002) maximum %.2f° 2θ → d002 %.4f nm; Dahn R %.3f%n",
                r.twoThetaAtMaximum(), d002, r.r()));
      }
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
      return b.append(notes(xrdWarnings(carbon), implausible)).toString();
    }
    JsonWriter w = header(file, "xrd", format.slug(), p.twoThetaDegrees().length);
    w.name("kpis").beginObject();
    if (r != null) {
      w.field("peak_002_two_theta_deg", r.twoThetaAtMaximum())
          .field("d002_nm", d002)
          .field("r_value", r.r());
    }
    w.field("wavelength_angstrom", p.wavelengthAngstrom());
    if (fit != null) {
      w.field("d002_graphitic_nm", d002Graphitic)
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
    return footer(w, implausible, xrdWarnings(carbon));
  }

  /** What the carbon analysis did not do and why, then how it got its results. */
  private static List<String> xrdWarnings(CarbonXrdAnalysis carbon) {
    List<String> warnings = new ArrayList<>(carbon.skipped());
    warnings.addAll(carbon.notes());
    return warnings;
  }

  private static String raman(Path file, boolean json) throws Problem {
    XyText text;
    Pattern spectrum; // any increasing two-column text: here Raman shift and counts
    try {
      text = XyText.read(file);
      spectrum = Pattern.fromText(file, text);
    } catch (IOException e) {
      throw new Problem(e.getMessage());
    }
    CarbonRamanAnalysis carbon =
        CarbonRamanAnalysis.of(spectrum.twoThetaDegrees(), spectrum.counts());
    CarbonRaman r = carbon.lorentz();
    CarbonRaman bwf = carbon.bwf();
    SadezkyRaman four = carbon.multiband();
    List<String> warnings = new ArrayList<>(carbon.warnings());
    Double laser = laserWavelengthNm(text.header());
    if (laser == null) {
      warnings.add("the file does not state the laser wavelength");
    }
    ImplausibleKpis implausible = new ImplausibleKpis();
    if (r != null) {
      implausible.check(
          "id_ig_height", "I_D/I_G (height)", r.idIgHeight(), CarbonRaman.ID_IG_HEIGHT);
      implausible.check("id_ig_area", "I_D/I_G (area)", r.idIgArea(), CarbonRaman.ID_IG_AREA);
    }
    if (bwf != null) {
      implausible.check(
          "id_ig_height_bwf", "I_D/I_G (height, BWF)", bwf.idIgHeight(), CarbonRaman.ID_IG_HEIGHT);
    }
    if (four != null) {
      implausible.check(
          "id_ig_height_multiband",
          "I_D1/I_G (height, multi-band)",
          four.idIgHeight(),
          CarbonRaman.ID_IG_HEIGHT);
      implausible.check(
          "id_ig_area_multiband",
          "I_D1/I_G (area, multi-band)",
          four.idIgArea(),
          CarbonRaman.ID_IG_AREA);
    }
    if (!json) {
      double[] x = spectrum.twoThetaDegrees();
      StringBuilder b =
          new StringBuilder(
              f("Spectrum: %d points, %.1f–%.1f cm⁻¹%n", x.length, x[0], x[x.length - 1]));
      if (r != null) {
        b.append(
            f(
                "D %.1f cm⁻¹, G %.1f cm⁻¹; I_D/I_G %.3f (height), %.3f (area); model: %s%n",
                r.dCentre(), r.gCentre(), r.idIgHeight(), r.idIgArea(), r.model()));
      }
      if (bwf != null) {
        b.append(
            f(
                "BWF G maximum %.1f cm⁻¹ (q %.2f); I_D/I_G %.3f (height); model: %s%n",
                bwf.gCentre(), bwf.bwfQ(), bwf.idIgHeight(), bwf.model()));
      }
      if (four != null) {
        b.append(
            f(
                "%s; I_D1/I_G %.3f (height), %.3f (area), I_D3/I_G %.3f; R² %.4f; model: %s%n",
                String.join(
                    ", ",
                    four.bands().stream()
                        .map(band -> f("%s %.1f cm⁻¹", band.name(), band.centre()))
                        .toList()),
                four.idIgHeight(),
                four.idIgArea(),
                four.id3IgHeight(),
                four.rSquared(),
                four.model()));
      }
      return b.append(notes(warnings, implausible)).toString();
    }
    JsonWriter w = header(file, "raman", "two-column-text", spectrum.counts().length);
    w.name("kpis").beginObject();
    if (r != null) {
      w.field("raman_d_position_cm1", r.dCentre())
          .field("raman_g_position_cm1", r.gCentre())
          .field("raman_d_fwhm_cm1", r.dWidth())
          .field("raman_g_fwhm_cm1", r.gWidth())
          .field("id_ig_height", r.idIgHeight())
          .field("id_ig_height_se", r.idIgHeightSe())
          .field(
              "raman_d_position_se_cm1",
              r.standardErrors().length > 1 ? r.standardErrors()[1] : null)
          .field(
              "raman_g_position_se_cm1",
              r.standardErrors().length > 4 ? r.standardErrors()[4] : null)
          .field("id_ig_area", r.idIgArea())
          .field("raman_fit_r2", r.rSquared())
          .field("raman_fit_iterations", r.iterations())
          .field("raman_model", r.model());
    }
    w.field("laser_wavelength_nm", laser);
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
    return footer(w, implausible, warnings);
  }

  /** The text summary's closing lines: each warning, then each implausible KPI's reason. */
  private static String notes(List<String> warnings, ImplausibleKpis implausible) {
    StringBuilder b = new StringBuilder();
    warnings.forEach(x -> b.append("note: ").append(x).append(System.lineSeparator()));
    implausible
        .reasons()
        .values()
        .forEach(x -> b.append("IMPLAUSIBLE: ").append(x).append(System.lineSeparator()));
    return b.toString();
  }

  /**
   * The excitation wavelength a header states ("#Laser=532.17(nm)" or "#Laser (nm)=\t532" in
   * LabSpec exports, "laser 532 nm"), or null.
   */
  static Double laserWavelengthNm(List<String> header) {
    java.util.regex.Pattern laser =
        java.util.regex.Pattern.compile(
            "(?i)(?:laser|excitation)[^0-9\\r\\n]{0,40}?([2-9][0-9]{2}(?:\\.[0-9]+)?)");
    return header.stream()
        .map(laser::matcher)
        .filter(java.util.regex.Matcher::find)
        .map(m -> Double.valueOf(m.group(1)))
        .findFirst()
        .orElse(null);
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
   * Closes the document as {@code Analyzer} does: the implausible KPIs (name → reason, empty when
   * all is well), then the warnings, each implausible KPI's reason among them.
   */
  static String footer(JsonWriter w, Map<String, String> implausible, List<String> warnings) {
    w.name("implausible").beginObject();
    implausible.forEach(w::field);
    w.endObject().name("warnings").beginArray();
    warnings.forEach(w::value);
    implausible.values().forEach(w::value);
    w.endArray().endObject();
    return w + System.lineSeparator();
  }

  private static String footer(JsonWriter w, ImplausibleKpis implausible, List<String> warnings) {
    return footer(w, implausible.reasons(), warnings);
  }

  private static String f(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }
}

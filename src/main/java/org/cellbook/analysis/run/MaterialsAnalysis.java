package org.cellbook.analysis.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cellbook.analysis.importers.ImportException;
import org.cellbook.analysis.kpi.ImplausibleKpis;
import org.cellbook.analysis.sorption.BetAnalysis;
import org.cellbook.analysis.sorption.DubininRadushkevich;
import org.cellbook.analysis.sorption.Isotherm;
import org.cellbook.analysis.sorption.IsothermImporters;
import org.cellbook.analysis.sorption.SorptionMeasurement;
import org.cellbook.analysis.sorption.TPlot;
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

  /** CO₂ for DR (METHODS.md): molar mass, adsorbed-phase density, affinity coefficient. */
  private static final double CO2_MOLAR_MASS = 44.0095;

  private static final double CO2_DENSITY = 1.023;
  private static final double CO2_BETA = 0.35;

  /** DR temperature when the file does not state one. */
  private static final double CO2_TEMPERATURE = 273.15;

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
    try {
      return spectrumKind(XyText.head(file));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
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
   * @param betRange a user-forced BET range [low, high] in p/p₀, or null for the automatic one
   */
  static String run(Kind kind, Path file, boolean json, String adsorbate, double[] betRange)
      throws Problem {
    try {
      return switch (kind) {
        case sorption -> sorption(file, json, adsorbate, betRange);
        case xrd -> render(XrdRun.analyze(file), json);
        case raman -> render(RamanRun.analyze(file), json);
      };
    } catch (IOException e) {
      throw new Problem(e.getMessage());
    }
  }

  private static String render(AnalysisResult r, boolean json) {
    return json ? r.json(false) : r.table();
  }

  /**
   * @param adsorbate the adsorptive named on the command line, or null to take the file's (N2 when
   *     the file does not say)
   */
  private static String sorption(Path file, boolean json, String adsorbate, double[] betRange)
      throws Problem {
    SorptionMeasurement measurement;
    try {
      measurement = IsothermImporters.standard().read(file);
    } catch (ImportException e) {
      throw new Problem(e.getMessage());
    }
    Isotherm iso = measurement.adsorption();
    List<String> warnings = new ArrayList<>(measurement.warnings());
    String gas = adsorbate;
    if (gas == null) {
      gas = measurement.adsorbate() == null ? "N2" : measurement.adsorbate();
    } else if (measurement.adsorbate() != null && !gas.equalsIgnoreCase(measurement.adsorbate())) {
      warnings.add("--adsorbate " + gas + " overrides the file's " + measurement.adsorbate());
    }
    BetAnalysis.Result bet =
        betRange != null
            ? forcedBet(file, iso, betRange, warnings)
            : BetAnalysis.auto(iso, BetAnalysis.NITROGEN_CROSS_SECTION_NM2);
    if (bet == null) {
      warnings.add(
          "no pressure range passes the Rouquerol criteria even at the loosest tier: no BET area");
    } else if (bet.tier() > 0) {
      warnings.add(
          "BET range from relaxed tier "
              + bet.tier()
              + " ("
              + bet.minPoints()
              + " points, R² ≥ "
              + bet.minRSquared()
              + ")");
    }
    if (!gas.equalsIgnoreCase("N2")) {
      warnings.add("BET area uses the N₂ cross-section 0.162 nm²");
    }
    double poreVolume = BetAnalysis.totalPoreVolumeCm3PerGram(iso, 0.99);
    if (Double.isNaN(poreVolume)) {
      warnings.add("the isotherm stops below p/p0 = 0.99: no total pore volume");
    }
    TPlot tplot = null;
    try {
      tplot = TPlot.fit(iso, 0.35, 0.50);
    } catch (IllegalArgumentException e) {
      warnings.add("t-plot: " + e.getMessage());
    }
    double temperature =
        measurement.temperatureKelvin() == null ? CO2_TEMPERATURE : measurement.temperatureKelvin();
    DubininRadushkevich dr =
        gas.equalsIgnoreCase("CO2")
            ? DubininRadushkevich.fit(iso, 0, 1, temperature, CO2_MOLAR_MASS, CO2_DENSITY, CO2_BETA)
            : null;
    if (!json) {
      StringBuilder b =
          new StringBuilder(
              f(
                  "Isotherm: %d adsorption, %d desorption points (%s, %s)%n",
                  iso.size(), measurement.desorption().size(), gas, measurement.format()));
      if (bet != null) {
        b.append(
            f(
                "BET: %.1f m²/g, C %.1f, n_m %.4f mmol/g over p/p0 %.5f–%.5f (%d points, R² %.5f)%n",
                bet.fit().areaSquareMetresPerGram(),
                bet.fit().c(),
                bet.fit().monolayerMillimolesPerGram(),
                bet.fit().minRelativePressure(),
                bet.fit().maxRelativePressure(),
                bet.fit().points(),
                bet.fit().rSquared()));
      }
      b.append(f("Total pore volume (p/p0 0.99): %.4f cm³/g%n", poreVolume));
      if (tplot != null) {
        b.append(
            f(
                "t-plot (0.35–0.50 nm): micropore volume %.4f cm³/g, external area %.1f m²/g%n",
                tplot.microporeVolumeCm3PerGram(), tplot.externalAreaSquareMetresPerGram()));
      }
      if (dr != null) {
        b.append(
            f(
                "DR: W0 %.4f cm³/g, E0 %.2f kJ/mol%n",
                dr.microporeVolumeCm3PerGram(), dr.characteristicEnergyKilojoulesPerMole()));
      }
      warnings.forEach(w -> b.append("note: ").append(w).append(System.lineSeparator()));
      return b.toString();
    }
    JsonWriter w = header(file, "sorption", Analyzer.formatSlug(measurement.format()), iso.size());
    w.name("kpis").beginObject();
    if (bet != null) {
      w.field("bet_area_m2_g", bet.fit().areaSquareMetresPerGram())
          .field("bet_c", bet.fit().c())
          .field("bet_monolayer_mmol_g", bet.fit().monolayerMillimolesPerGram())
          .name("bet_range_p_p0")
          .beginArray()
          .value(bet.fit().minRelativePressure())
          .value(bet.fit().maxRelativePressure())
          .endArray()
          .field("bet_points", bet.fit().points())
          .field("bet_r2", bet.fit().rSquared())
          .field("bet_area_valid_min_m2_g", bet.areaValidMin())
          .field("bet_area_valid_max_m2_g", bet.areaValidMax());
    }
    w.field("total_pore_volume_cm3_g", poreVolume);
    if (tplot != null) {
      w.field("tplot_micropore_volume_cm3_g", tplot.microporeVolumeCm3PerGram())
          .field("tplot_external_area_m2_g", tplot.externalAreaSquareMetresPerGram());
    }
    if (dr != null) {
      w.field("dr_micropore_volume_cm3_g", dr.microporeVolumeCm3PerGram())
          .field("dr_characteristic_energy_kj_mol", dr.characteristicEnergyKilojoulesPerMole());
    }
    w.endObject();
    return footer(w, warnings);
  }

  /**
   * BET over the adsorption points inside a user-chosen p/p₀ range, reported with the Rouquerol
   * criteria it fails (a forced range is the user's call, not rejected).
   */
  private static BetAnalysis.Result forcedBet(
      Path file, Isotherm iso, double[] range, List<String> warnings) throws Problem {
    if (range.length != 2 || !(range[0] < range[1])) {
      throw new Problem(file.getFileName() + ": the BET range needs a low and a higher p/p0");
    }
    BetAnalysis.Fit fit =
        BetAnalysis.fitRange(iso, range[0], range[1], BetAnalysis.NITROGEN_CROSS_SECTION_NM2);
    if (fit == null) {
      throw new Problem(
          file.getFileName()
              + f(
                  ": fewer than three adsorption points between p/p0 %s and %s",
                  range[0], range[1]));
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
    return new BetAnalysis.Result(
        fit,
        -1,
        fit.points(),
        fit.rSquared(),
        fit.areaSquareMetresPerGram(),
        fit.areaSquareMetresPerGram(),
        1);
  }

  private static JsonWriter header(Path file, String technique, String format, int records) {
    return new JsonWriter()
        .beginObject()
        .field("file", file.toString())
        .field("sha256", Analyzer.sha256(file))
        .field("format", format)
        .field("technique", technique)
        .field("records", records);
  }

  private static String footer(JsonWriter w, List<String> warnings) {
    return footer(w, new ImplausibleKpis(), warnings);
  }

  /**
   * Closes the document as {@code Analyzer} does: the implausible KPIs (name → reason, empty when
   * all is well), then the warnings, each implausible KPI's reason among them.
   */
  private static String footer(JsonWriter w, ImplausibleKpis implausible, List<String> warnings) {
    w.name("implausible").beginObject();
    implausible.reasons().forEach(w::field);
    w.endObject().name("warnings").beginArray();
    warnings.forEach(w::value);
    implausible.reasons().values().forEach(w::value);
    w.endArray().endObject();
    return w + System.lineSeparator();
  }

  private static String f(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }
}

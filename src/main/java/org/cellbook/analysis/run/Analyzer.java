package org.cellbook.analysis.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cellbook.analysis.gitt.GittProtocol;
import org.cellbook.analysis.importers.CyclerImporter;
import org.cellbook.analysis.importers.CyclerImporters;
import org.cellbook.analysis.importers.ImportException;
import org.cellbook.analysis.importers.ImportOptions;
import org.cellbook.analysis.importers.ImporterRegistry;
import org.cellbook.analysis.importers.ReadLimits;
import org.cellbook.analysis.series.CellSeries;
import org.cellbook.analysis.series.InstrumentStepType;
import org.jspecify.annotations.Nullable;

/**
 * The entry of {@code analyze FILE...} and of every upload in the app: imports instrument exports
 * (format detected from the content unless a format is named), detects their technique and hands
 * them to its analysis — {@link CyclingRun}, {@link CvRun} (several files or one holding several
 * rates), {@link GittRun}, or through {@link MaterialsAnalysis} a {@link SorptionRun}, {@link
 * XrdRun} or {@link RamanRun} — whose typed result the command line prints as a table or one JSON
 * object (a contract: scripts read its KPI names, and the app stores them under the same names) and
 * the app stores.
 */
public final class Analyzer {

  /** Which half cycle opens a cycle. */
  public enum Opening {
    auto,
    reduction,
    oxidation
  }

  private final List<Path> files;
  private final Settings settings;
  private final AnalysisTechnique technique;
  private final boolean json;

  /** One imported file. */
  record Imported(Path file, String sha256, CellSeries series) {}

  /** An input the user has to fix; the message names the file or option. */
  static final class UsageProblem extends RuntimeException {
    UsageProblem(String message) {
      super(message);
    }
  }

  /**
   * The options of one analysis; null where not given (defaults: detect technique and format,
   * plateau cut-off 0.1 V, the opening half cycle decided from the file, the adsorptive the file
   * names).
   */
  public record Settings(
      AnalysisTechnique technique,
      String format,
      @Nullable Double activeMassMg,
      @Nullable Double areaCm2,
      @Nullable Double plateauCutoffVolts,
      Opening opening,
      List<Double> potentialsVolts,
      @Nullable Double molarMassGramsPerMole,
      @Nullable Double molarVolumeCm3PerMole,
      @Nullable Double thicknessCm,
      String adsorbate,
      double[] betRangeRelativePressure) {

    public static Settings defaults() {
      return new Settings(null, null, null, null, null, null, null, null, null, null, null, null);
    }
  }

  /**
   * What an analysis produced: the typed result, and the series of each cycler file (empty for
   * materials files).
   *
   * @param json whether {@link #output} is the JSON document or the readable table
   */
  public record Outcome(AnalysisResult result, List<CellSeries> series, boolean json) {

    public Outcome {
      series = List.copyOf(series);
    }

    /**
     * What {@code analyze} prints: the JSON document (whose KPI names the app stores) or the table.
     */
    public String output() {
      return json ? result.json(false) : result.table();
    }
  }

  /** A file or an option that cannot be used; the message is one line naming the file. */
  public static final class AnalysisProblem extends Exception {
    AnalysisProblem(String message) {
      super(message);
    }
  }

  private Analyzer(List<Path> files, Settings settings, boolean json) {
    this.files = List.copyOf(files);
    this.settings = settings;
    this.technique = settings.technique() == null ? AnalysisTechnique.auto : settings.technique();
    this.json = json;
  }

  /**
   * What a file looks like before it is analysed, for the user to confirm or correct: "sorption
   * isotherm", "XRD pattern", "Raman spectrum" or the cycler importer's format name; null when
   * nothing recognises it.
   */
  public static @Nullable String recognise(Path file) {
    try {
      ReadLimits.checkArchive(file);
    } catch (ImportException e) {
      return null;
    }
    Optional<MaterialsAnalysis.Kind> materials = MaterialsAnalysis.detect(file);
    if (materials.isPresent()) {
      return switch (materials.get()) {
        case sorption -> "sorption isotherm";
        case xrd -> "XRD pattern";
        case raman -> "Raman spectrum";
      };
    }
    try {
      return CyclerImporters.standard()
          .detect(file)
          .map(d -> d.importer().formatName())
          .orElse(null);
    } catch (ImportException e) {
      return null;
    }
  }

  /** Analyses the files: one JSON object when {@code json}, else a readable table. */
  public static Outcome analyze(List<Path> files, Settings settings, boolean json)
      throws AnalysisProblem {
    if (files.isEmpty()) {
      throw new AnalysisProblem("no file to analyse");
    }
    return new Analyzer(files, settings, json).run();
  }

  private Outcome run() throws AnalysisProblem {
    try {
      for (Path file : files) {
        ReadLimits.checkArchive(file);
      }
      Optional<MaterialsAnalysis.Kind> materials =
          switch (technique) {
            case sorption -> Optional.of(MaterialsAnalysis.Kind.sorption);
            case xrd -> Optional.of(MaterialsAnalysis.Kind.xrd);
            case raman -> Optional.of(MaterialsAnalysis.Kind.raman);
            case auto -> MaterialsAnalysis.detect(files.getFirst());
            default -> Optional.empty();
          };
      if (materials.isPresent()) {
        return new Outcome(
            MaterialsAnalysis.analyze(
                materials.get(),
                files.getFirst(),
                settings.adsorbate(),
                settings.betRangeRelativePressure()),
            List.of(),
            json);
      }
      List<Imported> imported = new ArrayList<>();
      for (Path file : files) {
        imported.add(importFile(file));
      }
      AnalysisTechnique chosen =
          technique == AnalysisTechnique.auto ? detect(imported.getFirst().series()) : technique;
      AnalysisResult result =
          switch (chosen) {
            case cv -> CvRun.analyze(imported, settings.potentialsVolts());
            case gitt -> GittRun.analyze(one(imported, "GITT"), settings);
            default -> CyclingRun.analyze(one(imported, "cycling"), settings);
          };
      return new Outcome(result, imported.stream().map(Imported::series).toList(), json);
    } catch (ImportException e) {
      throw new AnalysisProblem("cannot import: " + e.getMessage());
    } catch (MaterialsAnalysis.Problem e) {
      throw new AnalysisProblem("cannot analyse: " + e.getMessage());
    } catch (UsageProblem | IllegalArgumentException | UncheckedIOException e) {
      throw new AnalysisProblem("cannot analyse " + files.getFirst() + ": " + e.getMessage());
    }
  }

  private Imported importFile(Path file) throws ImportException {
    ImporterRegistry<CyclerImporter> registry = CyclerImporters.standard();
    String format = settings.format();
    CellSeries series;
    if (format != null) {
      CyclerImporter importer =
          registry
              .byName(format)
              .orElseThrow(
                  () ->
                      new ImportException(
                          file,
                          "unknown --format '"
                              + format
                              + "'; known: "
                              + String.join(", ", registry.formatNames())));
      series = importer.parse(file, ImportOptions.defaults());
    } else {
      series = CyclerImporters.importFile(file, ImportOptions.defaults());
    }
    return new Imported(file, sha256(file), series);
  }

  /** The only file of a technique that analyses one file at a time. */
  private static Imported one(List<Imported> imported, String technique) {
    if (imported.size() > 1) {
      throw new UsageProblem(technique + " analyses one file at a time; give one FILE");
    }
    return imported.getFirst();
  }

  /**
   * Potential sweeps make a CV (step type SWEEP, or no step type and the potential moving every
   * record while the current does not hold one value); repeated pulses of one current and duration,
   * each followed by a longer rest, make a GITT ({@link GittProtocol}); anything else is cycling.
   */
  static AnalysisTechnique detect(CellSeries s) {
    int sweeps = 0;
    for (InstrumentStepType t : s.stepType()) {
      if (t == InstrumentStepType.SWEEP) {
        sweeps++;
      }
    }
    if (sweeps > s.size() * 0.9 || steadySweep(s) && !constantCurrent(s)) {
      return AnalysisTechnique.cv;
    }
    return GittProtocol.of(s).isPresent() ? AnalysisTechnique.gitt : AnalysisTechnique.cycling;
  }

  /**
   * True when nearly every record's |I| is within 2 % of the median |I|: a galvanostatic record,
   * however linear its potential, where a sweep's current follows the electrode's response.
   */
  private static boolean constantCurrent(CellSeries s) {
    double[] magnitudes = Arrays.stream(s.currentMilliAmps()).map(Math::abs).sorted().toArray();
    double median = magnitudes[magnitudes.length / 2];
    long held =
        Arrays.stream(magnitudes).filter(x -> Math.abs(x - median) <= 0.02 * median).count();
    return median > 0 && held > 0.9 * magnitudes.length;
  }

  /** True when nearly every record moves the potential at the same rate: a linear sweep. */
  private static boolean steadySweep(CellSeries s) {
    double[] e = s.voltageVolts();
    double[] t = s.timeSeconds();
    if (e.length < 10) {
      return false;
    }
    double[] rates = new double[e.length - 1];
    for (int k = 1; k < e.length; k++) {
      double dt = t[k] - t[k - 1];
      rates[k - 1] = dt > 0 ? Math.abs(e[k] - e[k - 1]) / dt : 0;
    }
    double[] sorted = rates.clone();
    Arrays.sort(sorted);
    double median = sorted[sorted.length / 2];
    if (median == 0) {
      return false;
    }
    int steady = 0;
    for (double r : rates) {
      if (Math.abs(r - median) <= 0.05 * median) {
        steady++;
      }
    }
    return steady > 0.9 * rates.length;
  }

  /** "LAND .xlsx (Record/Step/Cycle)" → "land-xlsx": a stable name for scripts. */
  static String formatSlug(String format) {
    return format
        .replaceAll("\\(.*?\\)", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-|-$", "");
  }

  /** Hex SHA-256 of a file, as printed in the JSON. */
  public static String sha256(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}

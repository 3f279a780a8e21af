package org.cellbook.analysis.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.cellbook.analysis.importers.CyclerImporter;
import org.cellbook.analysis.importers.CyclerImporters;
import org.cellbook.analysis.importers.ImportException;
import org.cellbook.analysis.importers.ImporterRegistry;
import org.cellbook.analysis.importers.InstrumentFormat;
import org.cellbook.analysis.sorption.IsothermImporter;
import org.cellbook.analysis.sorption.IsothermImporters;
import org.cellbook.analysis.xrd.PatternReaders;
import org.cellbook.analysis.xrd.XyText;

/**
 * The materials files of {@code analyze}: recognises an isotherm, an XRD pattern or a Raman
 * spectrum and hands it to its analysis ({@link SorptionRun}, {@link XrdRun}, {@link RamanRun}).
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

  /** Cycler and isotherm importers in one ranking, so a file is sampled once to be recognised. */
  private static final ImporterRegistry<InstrumentFormat> FORMATS =
      new ImporterRegistry<>(
          Stream.concat(
                  CyclerImporters.standard().importers().stream(),
                  IsothermImporters.standard().importers().stream())
              .toList());

  /** A cycler importer this sure of a file wins over isotherm and spectrum detection. */
  private static final double CERTAIN_CYCLER = 0.8;

  /**
   * Recognises an isotherm, a diffractogram or a Raman spectrum: binary and XML diffractometer
   * formats by their signatures first, then one ranking of cycler and isotherm importers (an
   * isotherm unless a cycler importer is sure of the file: words in a cycler header, "Raman" in an
   * operando cell's comment or "cm-1" in a unit, must not make it a spectrum either), then
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
    List<ImporterRegistry.Detection<InstrumentFormat>> ranked;
    try {
      ranked =
          FORMATS.rank(file).stream()
              .filter(d -> d.confidence() >= ImporterRegistry.MIN_CONFIDENCE)
              .toList();
    } catch (ImportException e) {
      return Optional.empty();
    }
    boolean certainCycler =
        !ranked.isEmpty()
            && ranked.getFirst().importer() instanceof CyclerImporter
            && ranked.getFirst().confidence() >= CERTAIN_CYCLER;
    if (certainCycler) {
      return Optional.empty();
    }
    if (ranked.stream().anyMatch(d -> d.importer() instanceof IsothermImporter)) {
      return Optional.of(Kind.sorption);
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
   * @param adsorbate the adsorptive named on the command line, or null to take the file's
   * @param betRange a user-forced BET range [low, high] in p/p₀, or null for the automatic one
   */
  static AnalysisResult analyze(Kind kind, Path file, String adsorbate, double[] betRange)
      throws Problem {
    try {
      return switch (kind) {
        case sorption -> SorptionRun.analyze(file, adsorbate, betRange);
        case xrd -> XrdRun.analyze(file);
        case raman -> RamanRun.analyze(file);
      };
    } catch (IOException e) {
      throw new Problem(e.getMessage());
    }
  }
}

package org.cellbook.analysis.sorption;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.cellbook.analysis.importers.FileSample;
import org.cellbook.analysis.importers.ImportException;
import org.cellbook.analysis.importers.ImporterRegistry;

/**
 * Picks the sorption importer for a file by asking each how sure it is from the file's content,
 * like {@link ImporterRegistry} does for cycler files.
 */
public final class IsothermImporters {

  /** A detection result. */
  public record Detection(IsothermImporter importer, double confidence) {}

  private final List<IsothermImporter> importers;

  public IsothermImporters(List<IsothermImporter> importers) {
    this.importers = List.copyOf(importers);
  }

  /** The instrument formats of this package and plain p/p₀–amount text. */
  public static IsothermImporters standard() {
    return new IsothermImporters(
        List.of(
            new AifImporter(),
            new QuantachromeRawDataImporter(),
            new QuantachromeIsothermReportImporter(),
            new MicromeriticsReportImporter(),
            new MicromeriticsTextReportImporter(),
            new MicromeriticsIsothermCsvImporter(),
            new BelsorpDatImporter(),
            new ThreePXlsxImporter(),
            new PygapsJsonImporter(),
            new IsothermSpreadsheetImporter(),
            new IsothermTextImporter()));
  }

  public List<IsothermImporter> importers() {
    return importers;
  }

  /** All importers with their confidence for the file, most confident first. */
  public List<Detection> rank(Path file) throws ImportException {
    FileSample sample;
    try {
      sample = FileSample.of(file);
    } catch (IOException e) {
      throw new ImportException(file, "cannot open the file: " + e.getMessage());
    }
    return importers.stream()
        .map(i -> new Detection(i, i.detect(sample)))
        .sorted(Comparator.comparingDouble(Detection::confidence).reversed())
        .toList();
  }

  /** The most confident importer, if any is confident enough. */
  public Optional<Detection> detect(Path file) throws ImportException {
    List<Detection> ranked = rank(file);
    return ranked.isEmpty() || ranked.getFirst().confidence() < ImporterRegistry.MIN_CONFIDENCE
        ? Optional.empty()
        : Optional.of(ranked.getFirst());
  }

  /** Detects the format and reads the file. */
  public SorptionMeasurement read(Path file) throws ImportException {
    Detection d =
        detect(file)
            .orElseThrow(
                () ->
                    new ImportException(
                        file,
                        "not a sorption isotherm format this version reads; supported: "
                            + String.join(
                                ", ",
                                importers.stream().map(IsothermImporter::formatName).toList())));
    return d.importer().read(file);
  }
}

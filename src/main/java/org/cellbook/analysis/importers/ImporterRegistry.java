package org.cellbook.analysis.importers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.cellbook.analysis.series.CellSeries;

/**
 * Picks the importer for a file by asking every importer how sure it is, from the file's content
 * (first bytes and lines, sheet names and headers). The file extension only breaks ties inside an
 * importer's own judgement.
 */
public final class ImporterRegistry {

  /** A detection result. */
  public record Detection(CyclerImporter importer, double confidence) {}

  /** Below this confidence a file is reported as unknown rather than guessed. */
  public static final double MIN_CONFIDENCE = 0.25;

  private final List<CyclerImporter> importers;

  public ImporterRegistry(List<CyclerImporter> importers) {
    this.importers = List.copyOf(importers);
  }

  /** Every importer of this package: text, spreadsheet and binary formats. */
  public static ImporterRegistry standard() {
    return new ImporterRegistry(
        List.of(
            new LandImporter(),
            new BiologicMptImporter(),
            new BiologicMprImporter(),
            new NewareExportImporter(),
            new ArbinExportImporter(),
            new ArbinResImporter(),
            new NewareNdaImporter(),
            new NewareNdaxImporter(),
            new MaccorTextImporter(),
            new PecCsvImporter(),
            new PotentiostatAsciiImporter(),
            new GenericDelimitedImporter()));
  }

  public List<CyclerImporter> importers() {
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
    return ranked.isEmpty() || ranked.getFirst().confidence() < MIN_CONFIDENCE
        ? Optional.empty()
        : Optional.of(ranked.getFirst());
  }

  /**
   * Finds an importer by its format name, case-insensitively: a unique prefix wins, else a unique
   * substring ("nova", "mpt").
   */
  public Optional<CyclerImporter> byName(String name) {
    String n = name.strip().toLowerCase(java.util.Locale.ROOT);
    if (n.isEmpty()) {
      return Optional.empty();
    }
    List<CyclerImporter> prefix =
        importers.stream()
            .filter(i -> i.formatName().toLowerCase(java.util.Locale.ROOT).startsWith(n))
            .toList();
    if (prefix.size() == 1) {
      return Optional.of(prefix.getFirst());
    }
    List<CyclerImporter> part =
        importers.stream()
            .filter(i -> i.formatName().toLowerCase(java.util.Locale.ROOT).contains(n))
            .toList();
    return part.size() == 1 ? Optional.of(part.getFirst()) : Optional.empty();
  }

  /** Detects the format and imports the file. */
  public CellSeries importFile(Path file, ImportOptions options) throws ImportException {
    Detection d =
        detect(file)
            .orElseThrow(
                () ->
                    new ImportException(
                        file,
                        "format not recognised; supported: "
                            + String.join(
                                ", ", importers.stream().map(CyclerImporter::formatName).toList())
                            + " (binary files are recognised by their content, not their name)"));
    return d.importer().parse(file, options);
  }
}

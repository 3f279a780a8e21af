package org.cellbook.analysis.importers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Picks the importer for a file by asking every importer how sure it is, from the file's content
 * (first bytes and lines, sheet names and headers). The file extension only breaks ties inside an
 * importer's own judgement. One registry serves cycler files ({@link CyclerImporters}), isotherms
 * and both at once (auto-detection of {@code analyze}), so a file is read once to be recognised.
 *
 * @param <I> the kind of importer ranked
 */
public final class ImporterRegistry<I extends InstrumentFormat> {

  /** A detection result. */
  public record Detection<I>(I importer, double confidence) {}

  /** Below this confidence a file is reported as unknown rather than guessed. */
  public static final double MIN_CONFIDENCE = 0.25;

  private final List<I> importers;

  public ImporterRegistry(List<? extends I> importers) {
    this.importers = List.copyOf(importers);
  }

  public List<I> importers() {
    return importers;
  }

  /** All importers with their confidence for the file, most confident first. */
  public List<Detection<I>> rank(Path file) throws ImportException {
    FileSample sample;
    try {
      sample = FileSample.of(file);
    } catch (IOException e) {
      throw new ImportException(file, "cannot open the file: " + e.getMessage());
    }
    return importers.stream()
        .map(i -> new Detection<>(i, i.detect(sample)))
        .sorted(Comparator.comparingDouble((Detection<I> d) -> d.confidence()).reversed())
        .toList();
  }

  /** The most confident importer, if any is confident enough. */
  public Optional<Detection<I>> detect(Path file) throws ImportException {
    List<Detection<I>> ranked = rank(file);
    return ranked.isEmpty() || ranked.getFirst().confidence() < MIN_CONFIDENCE
        ? Optional.empty()
        : Optional.of(ranked.getFirst());
  }

  /**
   * The most confident importer for the file.
   *
   * @param what what the registry reads, for the message ("format", "sorption isotherm format")
   * @throws ImportException naming the formats it knows when none is confident enough
   */
  public I choose(Path file, String what) throws ImportException {
    return detect(file)
        .map(Detection::importer)
        .orElseThrow(
            () ->
                new ImportException(
                    file,
                    what
                        + " not recognised; supported: "
                        + String.join(", ", formatNames())
                        + " (files are recognised by their content, not their name)"));
  }

  /** The format names, in the registry's order. */
  public List<String> formatNames() {
    return importers.stream().map(InstrumentFormat::formatName).toList();
  }

  /**
   * Finds an importer by its format name, case-insensitively: a unique prefix wins, else a unique
   * substring ("nova", "mpt").
   */
  public Optional<I> byName(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    if (n.isEmpty()) {
      return Optional.empty();
    }
    List<I> prefix = matching(n, true);
    if (prefix.size() == 1) {
      return Optional.of(prefix.getFirst());
    }
    List<I> part = matching(n, false);
    return part.size() == 1 ? Optional.of(part.getFirst()) : Optional.empty();
  }

  private List<I> matching(String lowerName, boolean prefix) {
    return importers.stream()
        .filter(
            i -> {
              String format = i.formatName().toLowerCase(Locale.ROOT);
              return prefix ? format.startsWith(lowerName) : format.contains(lowerName);
            })
        .toList();
  }
}

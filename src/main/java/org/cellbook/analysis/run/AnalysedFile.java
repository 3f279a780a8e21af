package org.cellbook.analysis.run;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * A file as analysed.
 *
 * @param path the path as given
 * @param sha256 hex SHA-256 of its bytes
 * @param format a stable name of its format for scripts ("land-xlsx", "xrdml")
 * @param formatName the importer's own name of the format ("LAND .xlsx (Record/Step/Cycle)"), null
 *     for materials files
 * @param records records, points or isotherm points read
 */
public record AnalysedFile(
    String path, String sha256, String format, @Nullable String formatName, int records) {

  static AnalysedFile of(Path file, String sha256, String formatName, int records) {
    return new AnalysedFile(
        file.toString(), sha256, Analyzer.formatSlug(formatName), formatName, records);
  }
}

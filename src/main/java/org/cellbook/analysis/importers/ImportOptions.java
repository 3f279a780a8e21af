package org.cellbook.analysis.importers;

import java.nio.charset.Charset;
import java.util.Optional;

/**
 * Options a user may give when importing.
 *
 * @param columnMapping mapping for the generic delimited-text importer; empty = infer from headers
 * @param charset text encoding to use instead of auto-detection; empty = detect
 */
public record ImportOptions(Optional<ColumnMapping> columnMapping, Optional<Charset> charset) {

  public static ImportOptions defaults() {
    return new ImportOptions(Optional.empty(), Optional.empty());
  }

  public static ImportOptions withMapping(ColumnMapping mapping) {
    return new ImportOptions(Optional.of(mapping), Optional.empty());
  }
}

package org.cellbook.analysis.sorption;

import java.nio.file.Path;
import org.cellbook.analysis.importers.FileSample;
import org.cellbook.analysis.importers.ImportException;

/**
 * Reads one sorption-analyser export format into a {@link SorptionMeasurement}. Implementations are
 * stateless and thread-safe.
 */
public interface IsothermImporter {

  /** Short human name of the format, e.g. "AIF (Adsorption Information File)". */
  String formatName();

  /**
   * How sure this importer is that it can read the file, judged from its content (first bytes and
   * lines, sheet names, keys) and only secondarily from its name.
   *
   * @return 0 (not this format) to 1 (certain)
   */
  double detect(FileSample sample);

  /** Reads the whole file; problems name the file and, where known, the line or row. */
  SorptionMeasurement read(Path file) throws ImportException;
}

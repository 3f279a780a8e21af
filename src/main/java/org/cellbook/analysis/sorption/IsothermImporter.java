package org.cellbook.analysis.sorption;

import java.nio.file.Path;
import org.cellbook.analysis.importers.ImportException;
import org.cellbook.analysis.importers.InstrumentFormat;

/**
 * Reads one sorption-analyser export format into a {@link SorptionMeasurement}. Implementations are
 * stateless and thread-safe.
 */
public interface IsothermImporter extends InstrumentFormat {

  /** Reads the whole file; problems name the file and, where known, the line or row. */
  SorptionMeasurement read(Path file) throws ImportException;
}

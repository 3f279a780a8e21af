package org.cellbook.analysis.importers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.cellbook.analysis.series.CellSeries;

/**
 * Reads one instrument export format into the normalised {@link CellSeries}: time (s), voltage (V),
 * current (mA, positive = oxidation of the working electrode), charge passed in the current step
 * (mAh, unsigned, reset each step), step index/type and the instrument's cycle index.
 *
 * <p>Implementations are stateless and thread-safe.
 */
public interface CyclerImporter extends InstrumentFormat {

  /** Reads the whole file. */
  CellSeries parse(Path file, ImportOptions options) throws ImportException;

  /**
   * Reads an upload: the stream is spooled to a temporary file (spreadsheets need random access to
   * their zip directory), parsed and the file deleted. Messages name {@code fileName}.
   */
  default CellSeries parse(InputStream in, String fileName, ImportOptions options)
      throws ImportException {
    Path dir = null;
    Path tmp = null;
    try {
      dir = Files.createTempDirectory("cellbook-import");
      tmp = dir.resolve(Path.of(fileName).getFileName().toString());
      Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
      return parse(tmp, options);
    } catch (IOException e) {
      throw new ImportException(Path.of(fileName), "cannot read the upload: " + e.getMessage(), e);
    } finally {
      try {
        if (tmp != null) {
          Files.deleteIfExists(tmp);
        }
        if (dir != null) {
          Files.deleteIfExists(dir);
        }
      } catch (IOException ignored) {
        // a temporary file left behind is harmless
      }
    }
  }
}

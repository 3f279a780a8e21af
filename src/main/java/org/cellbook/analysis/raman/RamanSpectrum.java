package org.cellbook.analysis.raman;

import java.io.IOException;
import java.nio.file.Path;
import org.cellbook.analysis.xrd.XyText;

/** A Raman spectrum: intensities (counts) on an increasing Raman shift grid (cm⁻¹). */
public record RamanSpectrum(double[] ramanShiftPerCm, double[] counts) {

  /**
   * Two-column text ({@link XyText}: .txt, .csv, LabSpec and WiRE exports): Raman shift and
   * intensity per row, ascending or descending.
   *
   * @throws IOException naming the file and line of anything that is not a row of numbers
   */
  public static RamanSpectrum read(Path file) throws IOException {
    return fromText(file, XyText.read(file));
  }

  /** The spectrum of text already read from {@code file} (see {@link #read}). */
  public static RamanSpectrum fromText(Path file, XyText text) throws IOException {
    XyText.Columns columns = text.ascending(file, "Raman shift");
    return new RamanSpectrum(columns.x(), columns.y());
  }
}

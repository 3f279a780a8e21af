package org.cellbook.analysis.xrd;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A powder pattern on an increasing 2θ grid (degrees) with intensities (counts), and the X-ray
 * wavelength in Å (Cu Kα₁ 1.5406 Å unless the file says otherwise).
 */
public record DiffractionPattern(
    double[] twoThetaDegrees, double[] counts, double wavelengthAngstrom) {

  public static final double CU_K_ALPHA1_ANGSTROM = 1.5406;

  /**
   * Two-column text ({@link XyText}: .xy, .txt, .csv, LabSpec and WiRE exports): 2θ (or Raman
   * shift) and intensity per row, ascending or descending; a comment naming "lambda = x A" sets the
   * wavelength.
   *
   * @throws IOException naming the file and line of anything that is not a row of numbers
   */
  public static DiffractionPattern read(Path file) throws IOException {
    return fromText(file, XyText.read(file));
  }

  /** The pattern of text already read from {@code file} (see {@link #read}). */
  public static DiffractionPattern fromText(Path file, XyText text) throws IOException {
    double lambda = CU_K_ALPHA1_ANGSTROM;
    var wavelength = java.util.regex.Pattern.compile("lambda\\s*=\\s*([0-9.]+)\\s*A");
    for (String line : text.header()) {
      var m = wavelength.matcher(line);
      if (line.startsWith("#") && m.find()) {
        try {
          lambda = Double.parseDouble(m.group(1));
        } catch (NumberFormatException e) {
          lambda = Double.NaN;
        }
        if (!(lambda > 0)) {
          throw new IOException(
              file.getFileName() + ": the wavelength '" + m.group(1) + "' is no length in Å");
        }
      }
    }
    List<double[]> points = new ArrayList<>(text.rows());
    if (points.size() >= 2 && points.getLast()[0] < points.getFirst()[0]) {
      java.util.Collections.reverse(points); // spectrometers often write the axis descending
    }
    return of(file, points, lambda);
  }

  /**
   * A pattern from (2θ, counts) points that must strictly increase in 2θ; at least ten.
   *
   * @throws IOException naming the file and the first point out of order
   */
  static DiffractionPattern of(Path file, List<double[]> points, double lambda) throws IOException {
    if (points.size() < 10) {
      throw new IOException(file.getFileName() + ": fewer than ten points");
    }
    double[] x = new double[points.size()];
    double[] y = new double[points.size()];
    for (int k = 0; k < x.length; k++) {
      x[k] = points.get(k)[0];
      y[k] = points.get(k)[1];
      if (k > 0 && x[k] <= x[k - 1]) {
        throw new IOException(file.getFileName() + ": 2θ must increase (point " + (k + 1) + ")");
      }
    }
    return new DiffractionPattern(x, y, lambda);
  }
}

package org.cellbook.analysis.xrd;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A powder pattern on an increasing 2θ grid (degrees) with intensities (counts), and the X-ray
 * wavelength in Å (Cu Kα₁ 1.5406 Å unless the file says otherwise).
 */
public record DiffractionPattern(
    double[] twoThetaDegrees, double[] counts, double wavelengthAngstrom) {

  public static final double CU_K_ALPHA1_ANGSTROM = 1.5406;

  private static final String TWO_THETA = "2θ";

  /**
   * Two-column text ({@link XyText}: .xy, .txt, .csv): 2θ and intensity per row, ascending or
   * descending; a comment naming "lambda = x A" sets the wavelength.
   *
   * @throws IOException naming the file and line of anything that is not a row of numbers
   */
  public static DiffractionPattern read(Path file) throws IOException {
    XyText text = XyText.read(file);
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
    XyText.Columns columns = text.ascending(file, TWO_THETA);
    return new DiffractionPattern(columns.x(), columns.y(), lambda);
  }

  /**
   * A pattern from (2θ, counts) points that must strictly increase in 2θ; at least ten.
   *
   * @throws IOException naming the file and the first point out of order
   */
  static DiffractionPattern of(Path file, List<double[]> points, double lambda) throws IOException {
    XyText.Columns columns = XyText.Columns.increasing(file, points, TWO_THETA);
    return new DiffractionPattern(columns.x(), columns.y(), lambda);
  }
}

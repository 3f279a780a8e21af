package org.cellbook.analysis.xrd;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cellbook.analysis.importers.TextDecoding;

/**
 * A powder pattern on an increasing 2θ grid (degrees) with intensities (counts), and the X-ray
 * wavelength in Å (Cu Kα₁ 1.5406 Å unless the file says otherwise).
 */
public record Pattern(double[] twoThetaDegrees, double[] counts, double wavelengthAngstrom) {

  public static final double CU_K_ALPHA1_ANGSTROM = 1.5406;

  /**
   * Two-column text (.xy, .txt, .csv): 2θ (or Raman shift) and intensity per line, ascending or
   * descending; '#' lines are comments, and a comment naming "lambda = x A" sets the wavelength.
   *
   * @throws IOException naming the file and line of anything that is not two numbers
   */
  public static Pattern read(Path file) throws IOException {
    List<double[]> points = new ArrayList<>();
    double lambda = CU_K_ALPHA1_ANGSTROM;
    byte[] bytes = Files.readAllBytes(file);
    // UTF-8, else windows-1252 as Windows spectrometer software writes its headers
    List<String> lines =
        TextDecoding.decode(bytes, 0, bytes.length, Charset.forName("windows-1252"))
            .lines()
            .toList();
    for (int k = 0; k < lines.size(); k++) {
      String line = lines.get(k).strip();
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("#")) {
        var m = java.util.regex.Pattern.compile("lambda\\s*=\\s*([0-9.]+)\\s*A").matcher(line);
        if (m.find()) {
          lambda = Double.parseDouble(m.group(1));
        }
        continue;
      }
      String[] parts = line.split("\\s*[,;\\t]\\s*|\\s+");
      try {
        points.add(new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1])});
      } catch (RuntimeException e) {
        if (points.isEmpty()) {
          continue; // a column header
        }
        throw new IOException(
            file.getFileName()
                + ", line "
                + (k + 1)
                + ": expected 2θ and intensity, found '"
                + line
                + "'");
      }
    }
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
  static Pattern of(Path file, List<double[]> points, double lambda) throws IOException {
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
    return new Pattern(x, y, lambda);
  }
}

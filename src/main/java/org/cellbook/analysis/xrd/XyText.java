package org.cellbook.analysis.xrd;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cellbook.analysis.importers.TextDecoding;
import org.jspecify.annotations.Nullable;

/**
 * Text as diffractometers and Raman spectrometers export a pattern or spectrum (.xy, .txt, .csv):
 * header lines ('#' comments, column titles, LabSpec's "#key=value"), then rows of numbers, the x
 * value first. Fields are separated by tabs, semicolons, commas or spaces; where tabs or semicolons
 * separate them, a decimal comma is read as a decimal point. The encoding is read from the bytes:
 * UTF-16, UTF-8, else windows-1252, in which Horiba LabSpec writes "cm-¹" and "°C" in its header.
 *
 * @param header the lines before the first row of numbers, and '#' comments anywhere
 * @param rows the rows of numbers (at least two in each), in file order
 */
public record XyText(List<String> header, List<double[]> rows) {

  /** The head {@link #head} reads to judge what a file is. */
  static final int HEAD_BYTES = 64 * 1024;

  /** Patterns and spectra have 10²–10⁵ points; a text file far larger is something else. */
  static final long MAX_BYTES = 64L << 20;

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /**
   * The whole file.
   *
   * @throws IOException naming the file and the line of anything after the header that is not a row
   *     of numbers
   */
  public static XyText read(Path file) throws IOException {
    if (Files.size(file) > MAX_BYTES) {
      throw new IOException(
          file.getFileName() + ": " + Files.size(file) + " bytes is too large for a text pattern");
    }
    byte[] bytes = Files.readAllBytes(file);
    return parse(file, TextDecoding.text(bytes, bytes.length, WINDOWS_1252), true);
  }

  /**
   * The first rows of the file, to tell what it holds: its first {@value #HEAD_BYTES} bytes cut at
   * the last line break, the rows up to the first line that is not one.
   */
  public static XyText head(Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(HEAD_BYTES);
    }
    int len = head.length;
    if (len == HEAD_BYTES) {
      while (len > 0 && head[len - 1] != '\n') {
        len--;
      }
    }
    return parse(file, TextDecoding.text(head, len, WINDOWS_1252), false);
  }

  private static XyText parse(Path file, String text, boolean strict) throws IOException {
    List<String> header = new ArrayList<>();
    List<double[]> rows = new ArrayList<>();
    String[] lines = text.split("\r\n|\n|\r");
    for (int k = 0; k < lines.length; k++) {
      String line = lines[k].strip();
      if (line.isEmpty()) {
        continue;
      }
      double[] row = line.startsWith("#") ? null : numbers(line);
      if (row != null) {
        rows.add(row);
      } else if (rows.isEmpty() || line.startsWith("#")) {
        header.add(line);
      } else if (strict) {
        throw new IOException(
            file.getFileName()
                + ", line "
                + (k + 1)
                + ": expected a row of numbers (x, intensity), found '"
                + line
                + "'");
      } else {
        break;
      }
    }
    return new XyText(List.copyOf(header), List.copyOf(rows));
  }

  /** The finite numbers of a line with at least two fields, or null when a field is no number. */
  static double @Nullable [] numbers(String line) {
    boolean decimalComma = line.contains("\t") || line.contains(";");
    String[] fields =
        line.contains("\t")
            ? line.split("\t")
            : line.contains(";") ? line.split(";") : line.split("[,\\s]+");
    double[] out = new double[fields.length];
    int n = 0;
    for (String field : fields) {
      String f = field.strip();
      if (f.isEmpty()) {
        continue;
      }
      if (decimalComma && f.indexOf(',') >= 0 && f.indexOf('.') < 0) {
        f = f.replace(',', '.');
      }
      double v;
      try {
        v = Double.parseDouble(f);
      } catch (NumberFormatException e) {
        return null;
      }
      if (!Double.isFinite(v)) {
        return null;
      }
      out[n++] = v;
    }
    return n >= 2 ? java.util.Arrays.copyOf(out, n) : null;
  }

  /**
   * The first two columns with x ascending (spectrometers often write the axis descending).
   *
   * @param axis what x is, for the error message ("2θ", "Raman shift")
   * @throws IOException naming the file when there are fewer than ten rows or x repeats
   */
  public Columns ascending(Path file, String axis) throws IOException {
    List<double[]> points = new ArrayList<>(rows);
    if (points.size() >= 2 && points.getLast()[0] < points.getFirst()[0]) {
      java.util.Collections.reverse(points);
    }
    return Columns.increasing(file, points, axis);
  }

  /** An x column and the intensities at it: at least ten points, x strictly increasing. */
  public record Columns(double[] x, double[] y) {

    /**
     * The columns of (x, y) points that must strictly increase in x.
     *
     * @throws IOException naming the file and the first point out of order
     */
    static Columns increasing(Path file, List<double[]> points, String axis) throws IOException {
      if (points.size() < 10) {
        throw new IOException(file.getFileName() + ": fewer than ten points");
      }
      double[] x = new double[points.size()];
      double[] y = new double[points.size()];
      for (int k = 0; k < x.length; k++) {
        x[k] = points.get(k)[0];
        y[k] = points.get(k)[1];
        if (k > 0 && x[k] <= x[k - 1]) {
          throw new IOException(
              file.getFileName() + ": " + axis + " must increase (point " + (k + 1) + ")");
        }
      }
      return new Columns(x, y);
    }
  }

  /** The number of fields of every row, or 0 when the rows disagree or there are none. */
  public int columns() {
    if (rows.isEmpty()) {
      return 0;
    }
    int n = rows.getFirst().length;
    return rows.stream().allMatch(r -> r.length == n) ? n : 0;
  }

  /** True when x strictly increases or strictly decreases over the rows (at least two). */
  public boolean monotonicX() {
    if (rows.size() < 2) {
      return false;
    }
    double sign = Math.signum(rows.get(1)[0] - rows.get(0)[0]);
    for (int k = 1; k < rows.size(); k++) {
      if (sign == 0 || Math.signum(rows.get(k)[0] - rows.get(k - 1)[0]) != sign) {
        return false;
      }
    }
    return true;
  }

  /** The smallest x of the rows (NaN when there are none). */
  public double minX() {
    return rows.stream().mapToDouble(r -> r[0]).min().orElse(Double.NaN);
  }

  /** The largest x of the rows (NaN when there are none). */
  public double maxX() {
    return rows.stream().mapToDouble(r -> r[0]).max().orElse(Double.NaN);
  }
}

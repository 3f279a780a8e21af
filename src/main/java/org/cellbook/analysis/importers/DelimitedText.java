package org.cellbook.analysis.importers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/** Shared steps of the delimited-text importers: locate the column row, guess delimiters. */
final class DelimitedText {

  private DelimitedText() {}

  /** The delimiter used most on the line among tab, semicolon and comma (tab wins ties). */
  static byte guessDelimiter(String line) {
    long tabs = line.chars().filter(c -> c == '\t').count();
    long semis = line.chars().filter(c -> c == ';').count();
    long commas = line.chars().filter(c -> c == ',').count();
    if (tabs > 0 && tabs >= semis && tabs >= commas) {
      return '\t';
    }
    if (semis > 0 && semis >= commas) {
      return ';';
    }
    return ',';
  }

  /** True when the data line writes numbers with a decimal comma (and is not comma-separated). */
  static boolean usesDecimalComma(String dataLine, byte delimiter) {
    if (delimiter == ',') {
      return false;
    }
    return dataLine.matches(".*(^|[\\t; ])-?\\d+,\\d+([\\t; ]|$).*")
        && !dataLine.matches(".*\\d\\.\\d.*");
  }

  /** An open table positioned just after its column row. */
  record Opened(TextTable table, Header header, List<String> linesBefore, long headerLine) {}

  /**
   * Opens the file and reads lines until one satisfies {@code isColumnRow} (split on the
   * delimiter). The lines before it are returned as metadata.
   */
  static Opened open(
      Path file,
      byte delimiter,
      Charset fallback,
      int maxHeaderLines,
      Predicate<Header> isColumnRow)
      throws ImportException {
    InputStream in = null;
    try {
      in = Files.newInputStream(file);
      TextTable table = new TextTable(in, delimiter, fallback);
      List<String> before = new ArrayList<>();
      String delim = delimiter == '\t' ? "\t" : String.valueOf((char) delimiter);
      while (table.readLine()) {
        String line = table.lineText();
        Header h = new Header(splitHeader(line, delim));
        if (isColumnRow.test(h)) {
          return new Opened(table, h, before, table.rowNumber());
        }
        before.add(line);
        if (before.size() > maxHeaderLines) {
          break;
        }
      }
      in.close();
      throw new ImportException(
          file, -1, null, "no column row found in the first " + maxHeaderLines + " lines");
    } catch (IOException e) {
      closeQuietly(in);
      throw new ImportException(file, "cannot read the file: " + e.getMessage());
    }
  }

  static String[] splitHeader(String line, String delim) {
    String[] parts = line.split(java.util.regex.Pattern.quote(delim), -1);
    for (int i = 0; i < parts.length; i++) {
      String p = parts[i].strip();
      if (p.length() >= 2 && p.startsWith("\"") && p.endsWith("\"")) {
        p = p.substring(1, p.length() - 1).replace("\"\"", "\"");
      }
      parts[i] = p;
    }
    return parts;
  }

  private static void closeQuietly(@Nullable InputStream in) {
    if (in != null) {
      try {
        in.close();
      } catch (IOException ignored) {
        // already failing
      }
    }
  }

  static int require(Header h, Path file, String label, String... names) throws ImportException {
    int i = h.find(names);
    if (i < 0) {
      throw new ImportException(
          file, -1, label, "column is missing (columns: " + String.join(", ", h.rawNames()) + ")");
    }
    return i;
  }

  /** The first sample line after the given 1-based line number that is not blank. */
  static String firstDataLine(FileSample sample, long headerLine) {
    List<String> lines = sample.lines();
    for (int i = (int) headerLine; i < lines.size(); i++) {
      if (!lines.get(i).isBlank() && !lines.get(i).replace("\t", "").isBlank()) {
        return lines.get(i);
      }
    }
    return "";
  }

  static FileSample sample(Path file) throws ImportException {
    try {
      return FileSample.of(file);
    } catch (IOException e) {
      throw new ImportException(file, "cannot open the file: " + e.getMessage());
    }
  }
}

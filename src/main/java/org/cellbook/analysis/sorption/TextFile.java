package org.cellbook.analysis.sorption;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cellbook.analysis.importers.ImportException;
import org.cellbook.analysis.importers.TextDecoding;

/**
 * A whole text export as lines (UTF-16 when it starts with a byte-order mark, as newer
 * Micromeritics reports do; else UTF-8, else the format's legacy charset), and whether its last
 * line is complete: a file cut by a failed copy ends without a line break, so a short last row is
 * reported as cut rather than as a broken row.
 */
record TextFile(List<String> lines, boolean endsWithLineBreak) {

  static TextFile read(Path file, Charset fallback) throws ImportException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ImportException(file, "cannot read the file: " + e.getMessage());
    }
    String text = TextDecoding.text(bytes, bytes.length, fallback);
    return new TextFile(
        text.lines().toList(), text.endsWith("\n") || text.endsWith("\r") || text.isEmpty());
  }

  /** True when line {@code index} (0-based) is the last one and has no line break after it. */
  boolean isCutLine(int index) {
    return index == lines.size() - 1 && !endsWithLineBreak;
  }
}

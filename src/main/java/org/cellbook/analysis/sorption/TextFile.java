package org.cellbook.analysis.sorption;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
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
    String text = utf16(bytes, bytes.length);
    if (text == null) {
      text = TextDecoding.decode(bytes, 0, bytes.length, fallback);
    }
    return new TextFile(
        text.lines().toList(), text.endsWith("\n") || text.endsWith("\r") || text.isEmpty());
  }

  /**
   * The first {@code length} bytes as UTF-16 text when they start with a byte-order mark (LE or BE)
   * or, without one, look like UTF-16LE (a zero after each of the first two ASCII characters, as
   * scripts that re-encode old exports write it); else null. An odd last byte (a cut file) is
   * dropped.
   */
  static String utf16(byte[] bytes, int length) {
    if (length >= 2 && bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) {
      return new String(bytes, 2, (length - 2) & ~1, StandardCharsets.UTF_16LE);
    }
    if (length >= 2 && bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) {
      return new String(bytes, 2, (length - 2) & ~1, StandardCharsets.UTF_16BE);
    }
    if (length >= 4 && bytes[0] != 0 && bytes[1] == 0 && bytes[2] != 0 && bytes[3] == 0) {
      return new String(bytes, 0, length & ~1, StandardCharsets.UTF_16LE);
    }
    return null;
  }

  /** True when line {@code index} (0-based) is the last one and has no line break after it. */
  boolean isCutLine(int index) {
    return index == lines.size() - 1 && !endsWithLineBreak;
  }
}

package org.cellbook.analysis.importers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The head of a file, for content-based format detection: the first bytes, the first text lines
 * (decoded leniently as ISO-8859-1 when not UTF-8) and, for spreadsheets, the sheet names and the
 * first rows of each sheet (read lazily, once).
 */
public final class FileSample {

  static final int HEAD_BYTES = 64 * 1024;

  private final Path path;
  private final byte[] head;
  private @Nullable List<String> lines;
  private Workbooks.@Nullable Preview preview;

  private FileSample(Path path, byte[] head) {
    this.path = path;
    this.head = head;
  }

  public static FileSample of(Path path) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      return new FileSample(path, in.readNBytes(HEAD_BYTES));
    }
  }

  public Path path() {
    return path;
  }

  public String fileName() {
    return path.getFileName().toString();
  }

  /** Lower-case extension without the dot, or "" . */
  public String extension() {
    String n = fileName();
    int dot = n.lastIndexOf('.');
    return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  public byte[] head() {
    return head.clone();
  }

  public boolean startsWith(byte[] magic) {
    if (head.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (head[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }

  public boolean isZip() {
    return startsWith(new byte[] {'P', 'K', 3, 4});
  }

  public boolean isOle2() {
    return startsWith(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
  }

  /** True when the head looks like text (no NUL bytes). */
  public boolean isText() {
    for (byte b : head) {
      if (b == 0) {
        return false;
      }
    }
    return head.length > 0;
  }

  /** The first lines of a text file, UTF-8 or else ISO-8859-1. */
  public List<String> lines() {
    if (lines == null) {
      lines = lines(null);
    }
    return lines;
  }

  /**
   * The first lines of a text file, UTF-8 or else the fallback charset (e.g. GB18030 for Chinese
   * exports). A line cut by the end of the sample is dropped.
   */
  public List<String> lines(java.nio.charset.Charset fallback) {
    List<String> out = new ArrayList<>();
    if (isText()) {
      int len = head.length;
      if (len == HEAD_BYTES) {
        while (len > 0 && head[len - 1] != '\n') {
          len--;
        }
      }
      String text = TextDecoding.decode(head, 0, len, fallback);
      for (String part : text.split("\r\n|\n|\r", -1)) {
        out.add(part);
      }
      if (!out.isEmpty() && out.getLast().isEmpty()) {
        out.removeLast();
      }
    }
    return List.copyOf(out);
  }

  /** Sheet names and first rows of an xlsx or xls workbook; empty preview for other files. */
  public Workbooks.Preview spreadsheet() {
    if (preview == null) {
      preview = (isZip() || isOle2()) ? Workbooks.preview(path, isOle2()) : Workbooks.Preview.EMPTY;
    }
    return preview;
  }
}

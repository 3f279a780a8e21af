package org.cellbook.analysis.importers;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * An instrument file (cycler, potentiostat or sorption analyser) that cannot be imported as it
 * stands: unknown or unsupported format, missing column, unreadable number, truncated row. The
 * message names the file and, where known, the line or row and the column, so that a user can open
 * the file and fix or re-export it.
 */
public class ImportException extends Exception {

  private final String fileName;
  private final long line;
  private final String column;

  /**
   * @param file the file being read (may be null for anonymous streams)
   * @param line 1-based line (text) or row (spreadsheet) number, or -1 when not tied to a row
   * @param column column name or field, or null when not tied to a column
   * @param problem what is wrong, in the user's terms
   */
  public ImportException(Path file, long line, String column, String problem) {
    this(file, line, column, problem, null);
  }

  public ImportException(
      @Nullable Path file, long line, String column, String problem, Throwable cause) {
    super(compose(file, line, column, problem), cause);
    this.fileName = file == null ? null : String.valueOf(file.getFileName());
    this.line = line;
    this.column = column;
  }

  public ImportException(Path file, String problem) {
    this(file, -1, null, problem, null);
  }

  public ImportException(Path file, String problem, Throwable cause) {
    this(file, -1, null, problem, cause);
  }

  private static String compose(
      @Nullable Path file, long line, @Nullable String column, String problem) {
    StringBuilder sb = new StringBuilder();
    sb.append(file == null ? "<stream>" : file.getFileName());
    if (line >= 0) {
      sb.append(", line ").append(line);
    }
    if (column != null) {
      sb.append(", column '").append(column).append('\'');
    }
    return sb.append(": ").append(problem).toString();
  }

  /** File name (without directories), or null for a stream. */
  public String fileName() {
    return fileName;
  }

  /** 1-based line or row number, or -1. */
  public long line() {
    return line;
  }

  /** Column or field name, or null. */
  public String column() {
    return column;
  }
}

package org.cellbook.base;

/** The PDF reports Cellbook writes; pages of any feature offer them through one extension point. */
public enum ReportKind {
  CELL("Cell report"),
  BATCH("Batch report"),
  SERIES("Series report");

  private final String title;

  ReportKind(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }

  /** "cell", "batch", "series": the word in commands, API paths and file names. */
  public String word() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}

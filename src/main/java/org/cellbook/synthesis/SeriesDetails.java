package org.cellbook.synthesis;

/** The editable name and notes of a series, with the version the user started from. */
public record SeriesDetails(String code, long version, String name, String notes) {

  public static SeriesDetails of(BatchSeries series) {
    return new SeriesDetails(
        series.getCode(), series.getVersion(), series.getName(), series.getNotes());
  }
}

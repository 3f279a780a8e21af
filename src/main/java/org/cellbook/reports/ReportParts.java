package org.cellbook.reports;

import java.util.List;

/**
 * The pieces report templates are filled with. Values are ready-formatted text with their units, so
 * a template only places them; the names below are what templates/reports/README.md documents.
 */
public final class ReportParts {

  private ReportParts() {}

  /** A labelled value: "Active mass" → "1.80 mg". */
  public record Fact(String label, String value) {}

  /**
   * A table with a header row; cells are text.
   *
   * @param notes footnotes printed under the table, e.g. the reasons behind its "!" marks
   */
  public record Table(
      String title, List<String> headers, List<List<String>> rows, List<String> notes) {

    public Table(String title, List<String> headers, List<List<String>> rows) {
      this(title, headers, rows, List.of());
    }

    public boolean isEmpty() {
      return rows.isEmpty();
    }
  }

  /**
   * A plot: {@code key} goes into {@code <object type="cellbook/plot" data-plot="KEY">}; title and
   * note (what was reduced or fitted) make its caption.
   *
   * @param wide a plot with many curves (voltage profiles of several cycles, a fitted pattern),
   *     given the full width so its legend does not crowd it
   */
  public record Figure(String key, String title, String note, boolean wide) {

    /** Plots with more curves than this are wide. */
    static final int NARROW_CURVES = 4;

    static Figure of(String key, org.cellbook.measurements.plots.Plot plot) {
      return new Figure(key, plot.title(), plot.note(), plot.curves().size() > NARROW_CURVES);
    }

    /** Rows for a page: a wide figure alone, the others two by two, in their order. */
    static List<List<Figure>> rows(List<Figure> figures) {
      List<List<Figure>> rows = new java.util.ArrayList<>();
      List<Figure> open = null;
      for (Figure f : figures) {
        if (f.wide()) {
          rows.add(List.of(f));
        } else if (open != null && open.size() == 1) {
          open.add(f);
          open = null;
        } else {
          open = new java.util.ArrayList<>(List.of(f));
          rows.add(open);
        }
      }
      return rows;
    }
  }

  /**
   * A KPI as shown and as named in the API and the command line.
   *
   * @param mark "" for a plausible value; "!1", "!2"… for one outside its physical range, the
   *     footnote that gives the reason
   * @param reason "" or the analysis's reason for the mark
   */
  public record Result(String label, String value, String name, String mark, String reason) {}

  /** One measurement with its current results. */
  public record MeasurementPart(
      String code,
      String technique,
      String target,
      String format,
      String status,
      String records,
      String analysed,
      String error,
      List<Result> results,
      List<Table> tables,
      List<String> warnings,
      List<List<Figure>> figures) {}

  /** A raw file behind the report's numbers. */
  public record RawFile(
      String measurement, String name, String sha256, String size, String analysisVersion) {}

  /**
   * The title block and the archive facts every report carries.
   *
   * @param lastChange the record's newest revision: when, by whom, which revision
   * @param signatures who signed what, empty when not signed
   */
  public record Header(
      String kind,
      String code,
      String title,
      String subtitle,
      String generated,
      String author,
      String lastChange,
      List<String> signatures,
      String software) {}
}

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

  /** A table with a header row; cells are text. */
  public record Table(String title, List<String> headers, List<List<String>> rows) {

    public boolean isEmpty() {
      return rows.isEmpty();
    }
  }

  /**
   * A plot: {@code key} goes into {@code <object type="cellbook/plot" data-plot="KEY">}; title and
   * note (what was reduced or fitted) make its caption.
   */
  public record Figure(String key, String title, String note) {}

  /** A KPI as shown and as named in the API and the command line. */
  public record Result(String label, String value, String name) {}

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
      List<Figure> figures) {}

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

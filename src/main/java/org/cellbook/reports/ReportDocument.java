package org.cellbook.reports;

import java.util.Map;
import org.cellbook.base.ReportKind;
import org.cellbook.measurements.plots.Plot;

/**
 * A report ready to lay out: the template to fill, its model, the plots its objects name, and the
 * PDF metadata.
 */
record ReportDocument(
    ReportKind kind,
    String code,
    String title,
    String subject,
    String keywords,
    Map<String, Object> model,
    Map<String, Plot> plots) {

  String template() {
    return kind.name().toLowerCase() + ".html";
  }
}

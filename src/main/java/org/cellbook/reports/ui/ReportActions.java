package org.cellbook.reports.ui;

import com.vaadin.flow.component.Component;
import java.util.function.Supplier;
import org.cellbook.base.ReportKind;
import org.cellbook.base.ui.ReportAction;
import org.cellbook.reports.ReportService;

/** Gives cell, batch and series pages their "PDF report" control. */
@org.springframework.stereotype.Component
class ReportActions implements ReportAction {

  private final ReportService reports;

  ReportActions(ReportService reports) {
    this.reports = reports;
  }

  @Override
  public Component control(ReportKind kind, Supplier<String> code) {
    return new ReportControl(reports, kind, code);
  }
}

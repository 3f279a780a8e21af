package org.cellbook.base.ui;

import com.vaadin.flow.component.Component;
import java.util.function.Supplier;
import org.cellbook.base.ReportKind;

/**
 * The "PDF report" control a page shows next to its title, provided by the reports feature so the
 * page's feature need not depend on it. The implementation is a Spring bean.
 */
public interface ReportAction {

  /**
   * @param code the record to report on when clicked; null when nothing is chosen yet
   */
  Component control(ReportKind kind, Supplier<String> code);
}

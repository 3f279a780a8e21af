package org.cellbook.reports;

import java.time.Clock;
import java.util.List;
import org.cellbook.Application;
import org.cellbook.audit.HistoryEntry;
import org.cellbook.audit.HistoryService;
import org.cellbook.reports.ReportParts.Header;
import org.springframework.stereotype.Component;

/** The title block: what, when, by whom, the record's last change and its signatures. */
@Component
class ReportHeaders {

  private final HistoryService history;
  private final Clock clock;

  ReportHeaders(HistoryService history, Clock clock) {
    this.history = history;
    this.clock = clock;
  }

  /**
   * @param audited the record's entity class and id for its last change, or null for a report with
   *     no single record (a series of batches)
   */
  Header header(
      String kind,
      String code,
      String title,
      String subtitle,
      String author,
      Class<?> auditedType,
      Long auditedId) {
    String lastChange = "—";
    if (auditedType != null) {
      List<HistoryEntry> revisions = history.history(auditedType, auditedId);
      if (!revisions.isEmpty()) {
        HistoryEntry last = revisions.getFirst();
        lastChange =
            "%s by %s (revision %d, %s)"
                .formatted(
                    MeasurementParts.MINUTE.format(last.at()),
                    last.username(),
                    last.revision(),
                    last.action());
      }
    }
    return new Header(
        kind,
        code,
        title,
        subtitle,
        MeasurementParts.MINUTE.format(clock.instant()),
        author,
        lastChange,
        // Cellbook records no electronic signatures yet: every report says "not signed".
        List.of(),
        "Cellbook " + Application.version());
  }
}

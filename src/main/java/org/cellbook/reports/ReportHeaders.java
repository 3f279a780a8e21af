package org.cellbook.reports;

import java.time.Clock;
import java.util.List;
import org.cellbook.Application;
import org.cellbook.audit.HistoryEntry;
import org.cellbook.audit.HistoryService;
import org.cellbook.base.RecordType;
import org.cellbook.reports.ReportParts.Header;
import org.cellbook.signatures.Signature;
import org.cellbook.signatures.SignatureService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The title block: what, when, by whom, the record's last change and its signatures. */
@Component
class ReportHeaders {

  private final HistoryService history;
  private final SignatureService signatures;
  private final Clock clock;

  ReportHeaders(HistoryService history, SignatureService signatures, Clock clock) {
    this.history = history;
    this.signatures = signatures;
    this.clock = clock;
  }

  /**
   * @param type the kind of record, for its signatures
   * @param auditedType the record's entity class, with {@code auditedId} for its last change, or
   *     null for a report with no single record (a series of batches)
   */
  Header header(
      RecordType type,
      String kind,
      String code,
      String title,
      String subtitle,
      String author,
      @Nullable Class<?> auditedType,
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
        signatures.of(type, code).stream().map(ReportHeaders::signature).toList(),
        "Cellbook " + Application.version());
  }

  /**
   * "Ana Author (ana), authored, 2026-12-05 10:31:07 UTC, SHA-256 …": the full hash, so a reader
   * can compare it with {@code verify}; a superseded one says when, by whom and why.
   */
  private static String signature(Signature s) {
    String line =
        "%s (%s), %s, %s, SHA-256 %s"
            .formatted(
                s.getSignerFullName(),
                s.getSigner(),
                s.getMeaning().label(),
                SignatureService.UTC.format(s.getSignedAt()),
                s.getContentSha256());
    if (s.getTsaTime() != null) {
      line += ", timestamped " + SignatureService.UTC.format(s.getTsaTime());
    }
    return s.isActive()
        ? line
        : line
            + " (superseded "
            + SignatureService.UTC.format(s.getSupersededAt())
            + " by "
            + s.getSupersededBy()
            + ": "
            + s.getSupersededReason()
            + ")";
  }
}

package org.cellbook.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.List;
import org.cellbook.base.WithdrawableEntity;

/**
 * What every single-record answer ({@code GET /api/v1/{kind}/{code}}) adds to the record's own
 * fields: {@code withdrawn} and, for a withdrawn record, who withdrew it, when (UTC) and why; for a
 * kind that can be signed, its {@code signatures[]} (superseded ones included, oldest first).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record RecordStatus(
    boolean withdrawn,
    Instant withdrawnAt,
    String withdrawnBy,
    String withdrawalReason,
    List<SignaturesApi.SignatureItem> signatures) {

  /** The withdrawal status alone, for kinds that cannot be signed. */
  static RecordStatus of(WithdrawableEntity record) {
    return of(record, null);
  }

  static RecordStatus of(WithdrawableEntity record, List<SignaturesApi.SignatureItem> signatures) {
    return record
        .withdrawal()
        .map(w -> new RecordStatus(true, w.at(), w.by(), w.reason(), signatures))
        .orElse(new RecordStatus(false, null, null, null, signatures));
  }

  /** A record's own fields with its status beside them, as one JSON object. */
  record With<T>(@JsonUnwrapped T record, @JsonUnwrapped RecordStatus status) {}
}

package org.cellbook.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import org.cellbook.base.WithdrawableEntity;

/**
 * What every single-record answer ({@code GET /api/v1/{kind}/{code}}) adds to the record's own
 * fields: {@code withdrawn} and, for a withdrawn record, who withdrew it, when (UTC) and why.
 *
 * <p>Signatures: this is the one place where the record's {@code signatures[]} join the answer of
 * every kind at once (issue 14, electronic signatures).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record RecordStatus(
    boolean withdrawn, Instant withdrawnAt, String withdrawnBy, String withdrawalReason) {

  static RecordStatus of(WithdrawableEntity record) {
    return record
        .withdrawal()
        .map(w -> new RecordStatus(true, w.at(), w.by(), w.reason()))
        .orElse(new RecordStatus(false, null, null, null));
  }

  /** A record's own fields with its status beside them, as one JSON object. */
  record With<T>(@JsonUnwrapped T record, @JsonUnwrapped RecordStatus status) {}
}

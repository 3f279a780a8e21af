package org.cellbook.audit;

import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.cellbook.base.RecordType;

/**
 * Audited rows kept apart from a record that belong in its history, such as its signatures. A
 * feature that keeps such rows implements this as a Spring bean, so the audit package need not
 * depend on it.
 */
public interface RelatedHistory {

  /** The rows related to this record, if this feature keeps any for its kind. */
  Optional<Rows> rows(RecordType type, String code);

  /**
   * @param entityType the audited entity holding the rows
   * @param equalTo the entity properties and values that tie a row to the record
   * @param action what an entry of one row says it was, from the row's snapshot and the verb
   *     ("created", "changed")
   */
  record Rows(
      Class<?> entityType,
      Map<String, Object> equalTo,
      BiFunction<Object, String, String> action) {}
}

package org.cellbook.audit;

import java.util.Optional;
import org.cellbook.base.ValidationException;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The reason the current transaction's changes are made ("weighed on the wrong balance"), written
 * into its audited revision. A service that corrects, withdraws or amends a record calls {@link
 * #require} inside its transaction; the reason is forgotten when the transaction ends, so it never
 * leaks into the next one on the same thread.
 */
public final class RevisionReason {

  private static final int MAX_LENGTH = 2000;
  private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

  private RevisionReason() {}

  /**
   * Attaches a reason to the running transaction's revision; refuses a blank or over-long one with
   * a field error on {@code field}.
   */
  public static String require(@Nullable String reason, String field) {
    String trimmed = reason == null ? "" : reason.strip();
    if (trimmed.isEmpty()) {
      throw new ValidationException(field, "Give a reason for the change");
    }
    if (trimmed.length() > MAX_LENGTH) {
      throw new ValidationException(
          field, "The reason is " + trimmed.length() + " characters; at most " + MAX_LENGTH);
    }
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      throw new IllegalStateException("a revision reason needs a running transaction");
    }
    if (CURRENT.get() == null) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              CURRENT.remove();
            }
          });
    }
    CURRENT.set(trimmed);
    return trimmed;
  }

  static Optional<String> current() {
    return Optional.ofNullable(CURRENT.get());
  }
}

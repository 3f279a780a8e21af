package org.cellbook.base;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/**
 * A record that is never deleted through the UI or the API: a wrong one is withdrawn with a reason.
 * It stays in the lineage, marked, and leaves lists and pickers; it can no longer be edited.
 */
@MappedSuperclass
@Audited
public abstract class WithdrawableEntity extends AbstractEntity implements Coded {

  @Label("Withdrawn at")
  @Column(name = "withdrawn_at")
  private @Nullable Instant withdrawnAt;

  @Label("Withdrawn by")
  @Column(name = "withdrawn_by")
  private @Nullable String withdrawnBy;

  @Label("Reason for withdrawal")
  @Column(name = "withdrawal_reason")
  private @Nullable String withdrawalReason;

  @Override
  public abstract String getCode();

  public boolean isWithdrawn() {
    return withdrawnAt != null;
  }

  public Optional<Withdrawal> withdrawal() {
    return withdrawnAt == null
        ? Optional.empty()
        : Optional.of(new Withdrawal(withdrawnAt, withdrawnBy, withdrawalReason));
  }

  /** Refuses any change to a withdrawn record (HTTP 409 in the API, a message in the UI). */
  public void requireNotWithdrawn() {
    if (withdrawnAt != null) {
      throw new RecordLockedException(
          "%s was withdrawn on %s by %s (%s) and can no longer be changed"
              .formatted(
                  getCode(),
                  withdrawnAt.atZone(ZoneOffset.UTC).toLocalDate(),
                  withdrawnBy,
                  withdrawalReason));
    }
  }

  /** Only the feature's service calls this, after checking that nothing active still uses it. */
  public void withdraw(Withdrawal withdrawal) {
    this.withdrawnAt = withdrawal.at();
    this.withdrawnBy = withdrawal.by();
    this.withdrawalReason = withdrawal.reason();
  }
}

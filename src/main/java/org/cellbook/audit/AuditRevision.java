package org.cellbook.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;
import org.jspecify.annotations.Nullable;

/**
 * One audited transaction: when, by whom and, for a correction, withdrawal or amendment, why.
 * Envers links every changed row to one of these.
 */
@Entity
@Table(name = "revinfo")
@RevisionEntity(AuditRevisionListener.class)
public class AuditRevision {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @RevisionNumber
  private @Nullable Integer rev;

  @RevisionTimestamp
  @Column(name = "revtstmp", nullable = false)
  private long timestamp;

  private @Nullable String username;

  private @Nullable String reason;

  public @Nullable Integer getRev() {
    return rev;
  }

  public long getTimestamp() {
    return timestamp;
  }

  public @Nullable String getUsername() {
    return username;
  }

  void setUsername(@Nullable String username) {
    this.username = username;
  }

  public @Nullable String getReason() {
    return reason;
  }

  void setReason(@Nullable String reason) {
    this.reason = reason;
  }
}

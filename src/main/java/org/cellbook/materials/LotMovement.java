package org.cellbook.materials;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of a lot's ledger: every change of its amount, signed, with who, why and where. */
@Entity
@Table(name = "lot_movement")
public class LotMovement {

  /** Why the amount changed. */
  public enum Kind {
    RECEIVED,
    PRODUCED,
    CONSUMED,
    RETURNED,
    CORRECTION
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private @Nullable Long id;

  @Column(name = "lot_id", nullable = false)
  private Long lotId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Kind kind;

  /** Signed change in the lot's unit: negative when consumed. */
  @Column(nullable = false)
  private double amount;

  private @Nullable String reason;

  @Column(name = "reference_code")
  private @Nullable String referenceCode;

  @Column(name = "happened_at", nullable = false)
  private Instant happenedAt;

  private @Nullable String username;

  protected LotMovement() {}

  LotMovement(
      Long lotId,
      Kind kind,
      double amount,
      String reason,
      String referenceCode,
      Instant happenedAt,
      String username) {
    this.lotId = lotId;
    this.kind = kind;
    this.amount = amount;
    this.reason = reason;
    this.referenceCode = referenceCode;
    this.happenedAt = happenedAt;
    this.username = username;
  }

  public Kind getKind() {
    return kind;
  }

  public double getAmount() {
    return amount;
  }

  public @Nullable String getReason() {
    return reason;
  }

  public @Nullable String getReferenceCode() {
    return referenceCode;
  }

  public Instant getHappenedAt() {
    return happenedAt;
  }

  public @Nullable String getUsername() {
    return username;
  }
}

package org.cellbook.signatures;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.cellbook.base.AbstractEntity;
import org.cellbook.base.Label;
import org.cellbook.base.RecordType;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;

/**
 * One electronic signature of a record: who, meaning what, when (UTC) and over which content. It is
 * active until an amendment supersedes it; it is never deleted.
 */
@Entity
@Table(name = "signature")
@Audited
public class Signature extends AbstractEntity {

  @Label("Record kind")
  @Enumerated(EnumType.STRING)
  @Column(name = "record_type", nullable = false)
  private RecordType recordType;

  @Label("Record")
  @Column(name = "record_code", nullable = false)
  private String recordCode;

  @Label("Signed by")
  @Column(nullable = false)
  private String signer;

  @Label("Signer's name")
  @Column(name = "signer_full_name", nullable = false)
  private String signerFullName;

  @Label("Meaning")
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Meaning meaning;

  @Label("Signed at (UTC)")
  @Column(name = "signed_at", nullable = false)
  private Instant signedAt;

  @Label("Content SHA-256")
  @Column(name = "content_sha256", nullable = false)
  private String contentSha256;

  @Label("Serialization version")
  @Column(name = "canonical_version", nullable = false)
  private int canonicalVersion;

  @Label("Superseded at (UTC)")
  @Column(name = "superseded_at")
  private @Nullable Instant supersededAt;

  @Label("Superseded by")
  @Column(name = "superseded_by")
  private @Nullable String supersededBy;

  @Label("Reason for amending")
  @Column(name = "superseded_reason")
  private @Nullable String supersededReason;

  /** The RFC 3161 token as the authority issued it (DER); kept out of the audit copy. */
  @NotAudited
  @Column(name = "tsa_token")
  private byte @Nullable [] tsaToken;

  @Label("Timestamp authority's time (UTC)")
  @Column(name = "tsa_time")
  private @Nullable Instant tsaTime;

  protected Signature() {}

  Signature(
      RecordType recordType,
      String recordCode,
      String signer,
      String signerFullName,
      Meaning meaning,
      Instant signedAt,
      CanonicalContent.Signed content) {
    this.recordType = recordType;
    this.recordCode = recordCode;
    this.signer = signer;
    this.signerFullName = signerFullName;
    this.meaning = meaning;
    this.signedAt = signedAt;
    this.contentSha256 = content.sha256();
    this.canonicalVersion = content.version();
  }

  public RecordType getRecordType() {
    return recordType;
  }

  public String getRecordCode() {
    return recordCode;
  }

  public String getSigner() {
    return signer;
  }

  public String getSignerFullName() {
    return signerFullName;
  }

  public Meaning getMeaning() {
    return meaning;
  }

  public Instant getSignedAt() {
    return signedAt;
  }

  /** SHA-256 (hex) of the record's canonical serialization when it was signed. */
  public String getContentSha256() {
    return contentSha256;
  }

  public int getCanonicalVersion() {
    return canonicalVersion;
  }

  public boolean isActive() {
    return supersededAt == null;
  }

  public @Nullable Instant getSupersededAt() {
    return supersededAt;
  }

  public @Nullable String getSupersededBy() {
    return supersededBy;
  }

  public @Nullable String getSupersededReason() {
    return supersededReason;
  }

  /** When the time-stamping authority vouches the content hash existed; null without a token. */
  public @Nullable Instant getTsaTime() {
    return tsaTime;
  }

  byte @Nullable [] tsaToken() {
    return tsaToken;
  }

  void timestamp(byte[] token, Instant time) {
    this.tsaToken = token;
    this.tsaTime = time;
  }

  void supersede(Instant at, String by, String reason) {
    this.supersededAt = at;
    this.supersededBy = by;
    this.supersededReason = reason;
  }
}

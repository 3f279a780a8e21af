package org.cellbook.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.cellbook.base.AbstractEntity;
import org.jspecify.annotations.Nullable;

/** A personal API token: whose it is, what it is for, and the SHA-256 of its secret. */
@Entity
@Table(name = "api_token")
class ApiToken extends AbstractEntity {

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "user_id")
  private AppUser user;

  @Column(nullable = false)
  private String name;

  @Column(name = "token_sha256", nullable = false, unique = true)
  private String tokenSha256;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "last_used_at")
  private @Nullable Instant lastUsedAt;

  @Column(nullable = false)
  private boolean revoked;

  protected ApiToken() {}

  ApiToken(AppUser user, String name, String tokenSha256, Instant createdAt) {
    this.user = user;
    this.name = name;
    this.tokenSha256 = tokenSha256;
    this.createdAt = createdAt;
  }

  AppUser getUser() {
    return user;
  }

  String getName() {
    return name;
  }

  Instant getCreatedAt() {
    return createdAt;
  }

  @Nullable Instant getLastUsedAt() {
    return lastUsedAt;
  }

  boolean isRevoked() {
    return revoked;
  }

  void revoke() {
    revoked = true;
  }
}

package org.cellbook.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

  /** What a request needs to act as the token's owner, read without loading the entity. */
  record Holder(
      long id, String username, Role role, boolean enabled, boolean revoked, Instant lastUsedAt) {}

  @Query(
      "select new org.cellbook.security.ApiTokenRepository$Holder("
          + "t.id, u.username, u.role, u.enabled, t.revoked, t.lastUsedAt)"
          + " from ApiToken t join t.user u where t.tokenSha256 = :sha256")
  Optional<Holder> findHolder(@Param("sha256") String sha256);

  /**
   * Records a use unless one was recorded since {@code before}. A bulk update: no version check and
   * no version bump, so it never conflicts with another request or with a revocation.
   *
   * @return 1 if this call recorded it, 0 if another had already
   */
  @Modifying
  @Query(
      "update ApiToken t set t.lastUsedAt = :now"
          + " where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :before)")
  int recordUse(@Param("id") long id, @Param("now") Instant now, @Param("before") Instant before);

  List<ApiToken> findByUserUsernameOrderByCreatedAtDesc(String username);
}

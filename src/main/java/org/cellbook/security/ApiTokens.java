package org.cellbook.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.cellbook.base.NotFoundException;
import org.cellbook.base.ValidationException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Personal API tokens ({@code Authorization: Bearer cbk_…}): 32 random bytes, shown once; the
 * notebook keeps only their SHA-256 (a random 256-bit secret needs no slow hash), so a copy of the
 * database does not give API access. A token acts with its owner's role, and stops working when
 * revoked or when the owner is disabled.
 */
@Service
public class ApiTokens {

  /** A token as its owner sees it in the list (never the secret). */
  public record Summary(
      long id, String name, Instant createdAt, Instant lastUsedAt, boolean revoked) {}

  private static final String PREFIX = "cbk_";
  private static final SecureRandom RANDOM = new SecureRandom();

  /** How finely a token's last use is recorded: one write per token per minute at most. */
  static final Duration LAST_USE_RESOLUTION = Duration.ofMinutes(1);

  private static final Logger log = LoggerFactory.getLogger(ApiTokens.class);

  private final ApiTokenRepository tokens;
  private final AppUserRepository users;
  private final Clock clock;
  private final TransactionTemplate readOnly;
  private final TransactionTemplate writing;

  ApiTokens(
      ApiTokenRepository tokens,
      AppUserRepository users,
      Clock clock,
      PlatformTransactionManager transactions) {
    this.tokens = tokens;
    this.users = users;
    this.clock = clock;
    this.readOnly = new TransactionTemplate(transactions);
    readOnly.setReadOnly(true);
    this.writing = new TransactionTemplate(transactions);
    writing.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * A new token for the user; the returned secret is not stored and cannot be shown again. Users
   * create their own tokens, administrators anyone's.
   */
  @Transactional
  public String create(String username, @Nullable String name) {
    String caller = CurrentUser.username().orElse(null);
    if (!username.equals(caller) && !CurrentUser.isAdmin()) {
      throw new AccessDeniedException("only administrators create tokens for other users");
    }
    AppUser user =
        users.findByUsername(username).orElseThrow(() -> new NotFoundException("user", username));
    if (name == null || name.isBlank()) {
      throw new ValidationException("name", "Say what the token is for (e.g. \"cycler PC 3\")");
    }
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    tokens.save(new ApiToken(user, name.strip(), sha256(token), clock.instant()));
    return token;
  }

  @Transactional(readOnly = true)
  public List<Summary> of(String username) {
    return tokens.findByUserUsernameOrderByCreatedAtDesc(username).stream()
        .map(
            t ->
                new Summary(
                    t.getId(), t.getName(), t.getCreatedAt(), t.getLastUsedAt(), t.isRevoked()))
        .toList();
  }

  @Transactional
  public void revoke(String username, long id) {
    ApiToken t =
        tokens
            .findById(id)
            .filter(x -> x.getUser().getUsername().equals(username))
            .orElseThrow(() -> new NotFoundException("token", Long.toString(id)));
    t.revoke();
  }

  /**
   * The owner's authentication for a valid token; empty for an unknown or revoked one. Reads only:
   * any number of requests may share a token at once. The last use is recorded at most once per
   * {@link #LAST_USE_RESOLUTION}, by a plain update outside the request's work, and a failure to
   * record it never fails the request.
   */
  public Optional<Authentication> authenticate(@Nullable String token) {
    if (token == null || !token.startsWith(PREFIX)) {
      return Optional.empty();
    }
    Optional<ApiTokenRepository.Holder> holder =
        readOnly.execute(s -> tokens.findHolder(sha256(token)));
    return holder
        .filter(h -> !h.revoked() && h.enabled())
        .map(
            h -> {
              recordUse(h);
              return UsernamePasswordAuthenticationToken.authenticated(
                  h.username(), null, List.of(new SimpleGrantedAuthority(h.role().authority())));
            });
  }

  private void recordUse(ApiTokenRepository.Holder h) {
    Instant now = clock.instant();
    Instant before = now.minus(LAST_USE_RESOLUTION);
    if (h.lastUsedAt() != null && !h.lastUsedAt().isBefore(before)) {
      return;
    }
    try {
      writing.executeWithoutResult(s -> tokens.recordUse(h.id(), now, before));
    } catch (RuntimeException e) {
      // Only the "last used" column is behind; the request itself is fine.
      log.warn("Could not record the use of API token {}: {}", h.id(), e.toString());
    }
  }

  private static String sha256(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(token.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}

package org.cellbook.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.LockedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows password guessing: failed log-ins are counted per user name (as typed, so that a lockout
 * does not tell whether the user exists) and per client address; after {@code max-failures-*}
 * within {@code window}, log-in is refused for {@code lockout}, even with the right password.
 * Stored in the database, so a restart does not lift a lockout; an administrator can.
 */
@Service
public class LoginThrottle {

  /** What is counted: the name a log-in was tried for, or the address it came from. */
  public enum Kind {
    USER,
    ADDRESS
  }

  /**
   * Thresholds ({@code cellbook.security.login.*}).
   *
   * @param maxFailuresPerUser failures for one user name before it is locked out
   * @param maxFailuresPerAddress failures from one client address before it is locked out
   * @param window how long failures are remembered
   * @param lockout how long a lockout lasts
   */
  @ConfigurationProperties("cellbook.security.login")
  public record Settings(
      @DefaultValue("10") int maxFailuresPerUser,
      @DefaultValue("50") int maxFailuresPerAddress,
      @DefaultValue("15m") Duration window,
      @DefaultValue("15m") Duration lockout) {}

  /** A current lockout, as an administrator sees it. */
  public record Lockout(Kind kind, String subject, int failures, Instant until) {}

  /** Longest subject kept; longer names are counted by their first characters. */
  private static final int SUBJECT_LENGTH = 100;

  private final JdbcClient jdbc;
  private final Clock clock;
  private final Settings settings;

  private final TransactionTemplate writing;

  LoginThrottle(
      JdbcClient jdbc, Clock clock, Settings settings, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.settings = settings;
    this.writing = new TransactionTemplate(transactions);
  }

  /** Refuses the attempt while the user name or the address is locked out. */
  @Transactional(readOnly = true)
  public void checkAllowed(String username, String address) {
    Optional<Lockout> lock =
        current().stream()
            .filter(
                l ->
                    (l.kind() == Kind.USER && l.subject().equals(subject(username)))
                        || (l.kind() == Kind.ADDRESS && l.subject().equals(subject(address))))
            .findFirst();
    if (lock.isPresent()) {
      throw new LockedException(
          "Too many failed log-ins "
              + (lock.get().kind() == Kind.USER ? "for this user" : "from this address")
              + ": log-in is paused until "
              + lock.get().until()
              + " unless an administrator lifts it");
    }
  }

  /**
   * Counts a failed log-in against the user name and the address. One at a time, each in its own
   * transaction, so that two failures at once both count.
   */
  public synchronized void failed(String username, String address) {
    writing.executeWithoutResult(s -> count(username, address));
  }

  private void count(String username, String address) {
    Instant now = clock.instant();
    jdbc.sql(
            "delete from login_throttle where window_started_at < :forgotten"
                + " and (locked_until is null or locked_until < :now)")
        .param("forgotten", utc(now.minus(settings.window())))
        .param("now", utc(now))
        .update();
    count(Kind.USER, username, settings.maxFailuresPerUser(), now);
    count(Kind.ADDRESS, address, settings.maxFailuresPerAddress(), now);
  }

  /** A successful log-in clears the user's count; its address keeps its own. */
  @Transactional
  public void succeeded(String username) {
    lift(Kind.USER, username);
  }

  /** The lockouts in force now, soonest to end first. */
  @Transactional(readOnly = true)
  public List<Lockout> current() {
    return jdbc.sql(
            "select kind, subject, failures, locked_until from login_throttle"
                + " where locked_until > :now order by locked_until")
        .param("now", utc(clock.instant()))
        .query(
            (rs, row) ->
                new Lockout(
                    Kind.valueOf(rs.getString(1)),
                    rs.getString(2),
                    rs.getInt(3),
                    rs.getObject(4, LocalDateTime.class).toInstant(ZoneOffset.UTC)))
        .list();
  }

  /** Lifts a lockout (and forgets the failures) before its time. */
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional
  public void liftLockout(Kind kind, String subject) {
    lift(kind, subject);
  }

  private void lift(Kind kind, String subject) {
    jdbc.sql("delete from login_throttle where kind = :kind and subject = :subject")
        .param("kind", kind.name())
        .param("subject", subject(subject))
        .update();
  }

  private void count(Kind kind, @Nullable String subject, int limit, Instant now) {
    if (subject == null || subject.isBlank()) {
      return;
    }
    String key = subject(subject);
    Optional<Count> before =
        jdbc.sql(
                "select failures, window_started_at from login_throttle"
                    + " where kind = :kind and subject = :subject")
            .param("kind", kind.name())
            .param("subject", key)
            .query((rs, row) -> new Count(rs.getInt(1), rs.getObject(2, LocalDateTime.class)))
            .optional();
    Count after =
        before
            .filter(c -> !c.since().isBefore(utc(now.minus(settings.window()))))
            .map(c -> new Count(c.failures() + 1, c.since()))
            .orElse(new Count(1, utc(now)));
    jdbc.sql(
            before.isPresent()
                ? "update login_throttle set failures = :failures, window_started_at = :since,"
                    + " locked_until = :until where kind = :kind and subject = :subject"
                : "insert into login_throttle (kind, subject, failures, window_started_at,"
                    + " locked_until) values (:kind, :subject, :failures, :since, :until)")
        .param("kind", kind.name())
        .param("subject", key)
        .param("failures", after.failures())
        .param("since", after.since())
        .param("until", after.failures() >= limit ? utc(now.plus(settings.lockout())) : null)
        .update();
  }

  private record Count(int failures, LocalDateTime since) {}

  private static String subject(@Nullable String s) {
    return s == null || s.length() <= SUBJECT_LENGTH ? s : s.substring(0, SUBJECT_LENGTH);
  }

  /** Timestamps are stored as UTC wall time, as Hibernate stores them (jdbc.time_zone: UTC). */
  private static LocalDateTime utc(Instant t) {
    return LocalDateTime.ofInstant(t, ZoneOffset.UTC);
  }
}

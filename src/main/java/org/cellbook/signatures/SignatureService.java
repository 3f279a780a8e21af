package org.cellbook.signatures;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.cellbook.audit.RevisionReason;
import org.cellbook.base.Problems;
import org.cellbook.base.RecordType;
import org.cellbook.base.ValidationException;
import org.cellbook.security.CanEdit;
import org.cellbook.security.CurrentUser;
import org.cellbook.security.LoginThrottle;
import org.cellbook.security.UserService;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.LockedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Electronic signatures: a researcher signs a batch, sheet, cell, measurement or series by entering
 * their password again, stating what the signature means; a review or approval must come from
 * someone other than the author. A signature covers the SHA-256 of the record's canonical content
 * and locks the record until an amendment, which gives a reason, supersedes it.
 */
@Service
public class SignatureService {

  /** How signature times read everywhere: UTC, to the second. */
  public static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  private final SignatureRepository signatures;
  private final CanonicalContent content;
  private final TimestampAuthority timestamps;
  private final UserService users;
  private final LoginThrottle throttle;
  private final Clock clock;
  private final TransactionTemplate tx;

  SignatureService(
      SignatureRepository signatures,
      CanonicalContent content,
      TimestampAuthority timestamps,
      UserService users,
      LoginThrottle throttle,
      Clock clock,
      PlatformTransactionManager transactions) {
    this.signatures = signatures;
    this.content = content;
    this.timestamps = timestamps;
    this.users = users;
    this.throttle = throttle;
    this.clock = clock;
    this.tx = new TransactionTemplate(transactions);
  }

  /** Whether records of this kind take signatures. */
  public static boolean signable(RecordType type) {
    return CanonicalContent.signable(type);
  }

  /** Every signature of the record, superseded ones included, oldest first. */
  @Transactional(readOnly = true)
  public List<Signature> of(RecordType type, String code) {
    return signatures.findByRecordTypeAndRecordCodeOrderBySignedAtAscIdAsc(type, code);
  }

  /** The signatures that lock the record now, oldest first. */
  @Transactional(readOnly = true)
  public List<Signature> active(RecordType type, String code) {
    return signatures.findByRecordTypeAndRecordCodeAndSupersededAtIsNullOrderBySignedAtAscIdAsc(
        type, code);
  }

  /** Whether a time-stamping authority is configured (a signature without a token is then news). */
  public boolean timestampsConfigured() {
    return timestamps.configured();
  }

  /**
   * Signs the record as the current user after checking their password (a wrong one counts as a
   * failed log-in: {@link LoginThrottle}). The password is checked before the signing transaction,
   * so that the count of wrong ones is kept while a refusal signs nothing.
   *
   * @throws WrongPasswordException the password is not the user's, or log-in is paused
   * @throws ValidationException no meaning or password; a witness who is the author; a signature
   *     the user already gave
   */
  @CanEdit
  public Signature sign(RecordType type, String code, Meaning meaning, @Nullable String password) {
    String signer =
        CurrentUser.username().orElseThrow(() -> new AccessDeniedException("Log in to sign"));
    if (!signable(type)) {
      throw new ValidationException("type", "A " + type.jsonName() + " cannot be signed");
    }
    new Problems()
        .required(meaning, "meaning", "Meaning")
        .check(
            password != null && !password.isEmpty(),
            "password",
            "Enter your password to sign: a signature needs it every time")
        .throwIfAny();
    checkPassword(signer, password);
    return tx.execute(s -> signChecked(type, code, meaning, signer));
  }

  private Signature signChecked(RecordType type, String code, Meaning meaning, String signer) {
    CanonicalContent.Signed signed = content.of(type, code);
    if (content.withdrawn(type, code)) {
      throw new ValidationException("meaning", code + " is withdrawn: it can no longer be signed");
    }
    List<Signature> active = active(type, code);
    active.stream()
        .filter(s -> s.getSigner().equals(signer) && s.getMeaning() == meaning)
        .findFirst()
        .ifPresent(
            s -> {
              throw new ValidationException(
                  "meaning",
                  "You already signed "
                      + code
                      + " as "
                      + meaning.label()
                      + " on "
                      + UTC.format(s.getSignedAt()));
            });
    if (meaning.witnesses()) {
      List<String> authors = authors(type, code, active);
      if (authors.contains(signer)) {
        throw new ValidationException(
            "meaning",
            signer
                + " is the author of "
                + code
                + (meaning == Meaning.REVIEWED ? ": a review" : ": an approval")
                + " must come from someone else");
      }
    }
    Signature signature =
        new Signature(type, code, signer, users.fullName(signer), meaning, clock.instant(), signed);
    timestamps.stamp(signed.sha256()).ifPresent(t -> signature.timestamp(t.der(), t.time()));
    return signatures.save(signature);
  }

  /**
   * Unlocks a signed record for a new revision: its active signatures are marked superseded (by
   * whom, when, why) and stay in its history; the reason goes into the audited revision.
   */
  @CanEdit
  @Transactional
  public List<Signature> amend(RecordType type, String code, String reason) {
    String why = RevisionReason.require(reason, "reason");
    List<Signature> active = active(type, code);
    if (active.isEmpty()) {
      throw new ValidationException("reason", code + " is not signed: it can be changed as it is");
    }
    String by = CurrentUser.username().orElseThrow();
    Instant now = clock.instant();
    active.forEach(s -> s.supersede(now, by, why));
    return signatures.saveAll(active);
  }

  /** Who authored the record: its active "authored" signers, or else whoever created it. */
  private List<String> authors(RecordType type, String code, List<Signature> active) {
    List<String> signers =
        active.stream()
            .filter(s -> s.getMeaning() == Meaning.AUTHORED)
            .map(Signature::getSigner)
            .toList();
    return signers.isEmpty() ? content.creator(type, code).stream().toList() : signers;
  }

  private void checkPassword(String signer, String password) {
    try {
      throttle.checkAllowed(signer, null);
    } catch (LockedException e) {
      throw new WrongPasswordException(e.getMessage());
    }
    if (!users.passwordMatches(signer, password)) {
      throttle.failed(signer, null);
      throw new WrongPasswordException(
          "That is not the password of " + signer + ": nothing was signed");
    }
  }
}

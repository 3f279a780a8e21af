package org.cellbook.signatures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cellbook.audit.IntegrityCheck;
import org.cellbook.base.NotFoundException;
import org.cellbook.base.RecordType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * For {@code verify}: every active signature's content hash is computed again from the record as
 * stored and compared; a stored timestamp token must be over that hash and verify with its own
 * certificate, from a trusted authority when some are configured. Superseded signatures covered
 * earlier revisions and are not compared.
 */
@Component
class SignatureCheck implements IntegrityCheck {

  private final SignatureRepository signatures;
  private final CanonicalContent content;
  private final TimestampAuthority authority;

  SignatureCheck(
      SignatureRepository signatures, CanonicalContent content, TimestampAuthority authority) {
    this.signatures = signatures;
    this.content = content;
    this.authority = authority;
  }

  @Override
  public String subject() {
    return "signatures";
  }

  @Override
  @Transactional(readOnly = true)
  public Result check() {
    List<Signature> active =
        signatures.findBySupersededAtIsNullOrderByRecordTypeAscRecordCodeAscIdAsc();
    Map<String, String> now = new HashMap<>();
    List<Problem> problems = new ArrayList<>();
    for (Signature s : active) {
      String current =
          now.computeIfAbsent(
              s.getRecordType() + "/" + s.getRecordCode(),
              k -> currentHash(s.getRecordType(), s.getRecordCode()));
      if (!s.getContentSha256().equals(current)) {
        problems.add(
            new Problem(
                s.getRecordCode(),
                null,
                (current == null ? "is gone, but was signed " : "changed after it was signed ")
                    + s.getMeaning().label()
                    + " by "
                    + s.getSigner()
                    + " on "
                    + SignatureService.UTC.format(s.getSignedAt())
                    + " (signed SHA-256 "
                    + s.getContentSha256()
                    + (current == null ? ")" : ", now " + current + ")")));
      }
      if (s.tsaToken() != null) {
        authority
            .problem(s.tsaToken(), s.getContentSha256())
            .ifPresent(
                p ->
                    problems.add(
                        new Problem(
                            s.getRecordCode(),
                            null,
                            "the signature by " + s.getSigner() + " is wrong: " + p)));
      }
    }
    return new Result(active.size(), problems);
  }

  /** The hash of the record's content now; null when the record is gone. */
  private @Nullable String currentHash(RecordType type, String code) {
    try {
      return content.of(type, code).sha256();
    } catch (NotFoundException e) {
      return null;
    }
  }
}

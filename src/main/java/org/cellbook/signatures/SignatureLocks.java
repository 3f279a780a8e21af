package org.cellbook.signatures;

import org.cellbook.base.RecordLockedException;
import org.cellbook.base.RecordLocks;
import org.cellbook.base.RecordType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A record with an active signature is locked: it changes only after an amendment. */
@Component
class SignatureLocks implements RecordLocks {

  private final SignatureRepository signatures;

  SignatureLocks(SignatureRepository signatures) {
    this.signatures = signatures;
  }

  @Override
  @Transactional(readOnly = true)
  public void requireEditable(RecordType type, String code) {
    signatures
        .findByRecordTypeAndRecordCodeAndSupersededAtIsNullOrderBySignedAtAscIdAsc(type, code)
        .stream()
        .findFirst()
        .ifPresent(
            s -> {
              throw new RecordLockedException(
                  code
                      + " is signed ("
                      + s.getMeaning().label()
                      + " by "
                      + s.getSigner()
                      + " on "
                      + SignatureService.UTC.format(s.getSignedAt())
                      + "): amend it, giving a reason, before changing it");
            });
  }

  @Override
  @Transactional(readOnly = true)
  public boolean isLocked(RecordType type, String code) {
    return !signatures
        .findByRecordTypeAndRecordCodeAndSupersededAtIsNullOrderBySignedAtAscIdAsc(type, code)
        .isEmpty();
  }
}

package org.cellbook.signatures;

import java.util.Map;
import java.util.Optional;
import org.cellbook.audit.RelatedHistory;
import org.cellbook.base.RecordType;
import org.springframework.stereotype.Component;

/** A record's signatures in its history: "signed: reviewed", then any amendment superseding it. */
@Component
class SignatureHistory implements RelatedHistory {

  @Override
  public Optional<Rows> rows(RecordType type, String code) {
    if (!CanonicalContent.signable(type)) {
      return Optional.empty();
    }
    return Optional.of(
        new Rows(
            Signature.class,
            Map.of("recordType", type, "recordCode", code),
            (row, verb) -> {
              Signature s = (Signature) row;
              String meaning = s.getMeaning().label();
              return verb.equals("created")
                  ? "signed: " + meaning
                  : "signature (" + meaning + ", " + s.getSigner() + ") " + verb;
            }));
  }
}

package org.cellbook.signatures.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.cellbook.base.RecordType;
import org.cellbook.base.ui.RecordSection;
import org.cellbook.signatures.SignatureService;

/** The signatures of batch, sheet, cell, measurement and series pages. */
@org.springframework.stereotype.Component
class SignatureSections implements RecordSection {

  private final SignatureService signatures;

  SignatureSections(SignatureService signatures) {
    this.signatures = signatures;
  }

  @Override
  public Optional<Component> section(RecordType type, String code) {
    return SignatureService.signable(type)
        ? Optional.of(new SignaturesPanel(signatures, type, code))
        : Optional.empty();
  }
}

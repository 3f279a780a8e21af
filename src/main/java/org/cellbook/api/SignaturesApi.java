package org.cellbook.api;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cellbook.base.NotFoundException;
import org.cellbook.base.RecordType;
import org.cellbook.base.ValidationException;
import org.cellbook.signatures.Meaning;
import org.cellbook.signatures.Signature;
import org.cellbook.signatures.SignatureService;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Signatures of batches, sheets, cells, measurements and series. Signing needs the signer's
 * password in the body every time: a bearer token says who calls, not that they mean to sign.
 */
@RestController
@RequestMapping("/api/v1/{kind}/{code}")
class SignaturesApi {

  private static final Map<String, RecordType> KINDS =
      Map.of(
          "batches", RecordType.BATCH,
          "sheets", RecordType.SHEET,
          "cells", RecordType.CELL,
          "measurements", RecordType.MEASUREMENT,
          "series", RecordType.SERIES);

  /** {@code meaning}: authored, reviewed or approved. */
  record SignRequest(String meaning, String password) {}

  /** Why a signed record is being amended. */
  record AmendRequest(String reason) {}

  /** A signature; the {@code superseded*} fields are null while it is active. */
  record SignatureItem(
      String recordCode,
      String meaning,
      String signer,
      String signerName,
      Instant signedAt,
      String sha256,
      int canonicalVersion,
      Instant timestampedAt,
      Instant supersededAt,
      String supersededBy,
      String supersededReason) {

    static SignatureItem of(Signature s) {
      return new SignatureItem(
          s.getRecordCode(),
          s.getMeaning().label(),
          s.getSigner(),
          s.getSignerFullName(),
          s.getSignedAt(),
          s.getContentSha256(),
          s.getCanonicalVersion(),
          s.getTsaTime(),
          s.getSupersededAt(),
          s.getSupersededBy(),
          s.getSupersededReason());
    }
  }

  private final SignatureService signatures;

  SignaturesApi(SignatureService signatures) {
    this.signatures = signatures;
  }

  /** Every signature of the record, superseded ones included, oldest first. */
  @GetMapping("/signatures")
  List<SignatureItem> list(@PathVariable String kind, @PathVariable String code) {
    return items(signatures, type(kind), code);
  }

  static List<SignatureItem> items(SignatureService signatures, RecordType type, String code) {
    return signatures.of(type, code).stream().map(SignatureItem::of).toList();
  }

  @PostMapping("/signatures")
  @ResponseStatus(HttpStatus.CREATED)
  SignatureItem sign(
      @PathVariable String kind, @PathVariable String code, @RequestBody SignRequest request) {
    return SignatureItem.of(
        signatures.sign(type(kind), code, meaning(request.meaning()), request.password()));
  }

  /**
   * Amends a signed record: its active signatures are superseded with the reason, and it can be
   * changed (and signed) again. Answers the signatures superseded.
   */
  @PostMapping("/amendment")
  List<SignatureItem> amend(
      @PathVariable String kind, @PathVariable String code, @RequestBody AmendRequest request) {
    return signatures.amend(type(kind), code, request.reason()).stream()
        .map(SignatureItem::of)
        .toList();
  }

  private static RecordType type(String kind) {
    RecordType type = KINDS.get(kind);
    if (type == null) {
      throw new NotFoundException("kind of record", kind);
    }
    return type;
  }

  private static Meaning meaning(@Nullable String text) {
    if (text == null || text.isBlank()) {
      throw new ValidationException(
          "meaning", "Say what the signature means: authored, reviewed or approved");
    }
    try {
      return Meaning.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ValidationException(
          "meaning", "\"" + text + "\" is no meaning: use authored, reviewed or approved");
    }
  }
}

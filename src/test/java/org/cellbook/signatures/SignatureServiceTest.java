package org.cellbook.signatures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cellbook.signatures.Signers.AUTHOR;
import static org.cellbook.signatures.Signers.VIEWER;
import static org.cellbook.signatures.Signers.WITNESS;
import static org.cellbook.signatures.Signers.as;
import static org.cellbook.signatures.Signers.password;

import java.util.List;
import org.cellbook.Fixtures;
import org.cellbook.audit.IntegrityCheck;
import org.cellbook.base.RecordLockedException;
import org.cellbook.base.RecordType;
import org.cellbook.base.ValidationException;
import org.cellbook.cells.Cell;
import org.cellbook.cells.CellService;
import org.cellbook.cells.CellStatus;
import org.cellbook.electrodes.NewDisc;
import org.cellbook.electrodes.SheetService;
import org.cellbook.security.Role;
import org.cellbook.security.UserService;
import org.cellbook.synthesis.BatchService;
import org.cellbook.synthesis.InputRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** Signing, witnessing, locking and amending records, on the real database. */
@SpringBootTest
@WithMockUser(username = AUTHOR, roles = "RESEARCHER")
class SignatureServiceTest {

  @Autowired SignatureService signatures;
  @Autowired CanonicalContent content;
  @Autowired List<IntegrityCheck> checks;
  @Autowired CellService cells;
  @Autowired SheetService sheets;
  @Autowired BatchService batches;
  @Autowired UserService users;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void users() {
    Signers.ensure(users);
  }

  @Test
  void aSignatureRecordsWhoWhatWhenAndTheContentHashAndLocksTheRecord() {
    Cell cell = fixtures.halfCell();

    Signature s =
        signatures.sign(RecordType.CELL, cell.getCode(), Meaning.AUTHORED, password(AUTHOR));

    assertThat(s.getSigner()).isEqualTo(AUTHOR);
    assertThat(s.getSignerFullName()).isEqualTo("Ana Author");
    assertThat(s.getMeaning()).isEqualTo(Meaning.AUTHORED);
    assertThat(s.getContentSha256())
        .matches("[0-9a-f]{64}")
        .isEqualTo(content.of(RecordType.CELL, cell.getCode()).sha256());
    assertThat(s.getCanonicalVersion()).isEqualTo(CanonicalContent.VERSION);
    assertThat(s.getTsaTime()).isNull();
    assertThatThrownBy(
            () -> cells.changeStatus(cell.getCode(), cell.getVersion(), CellStatus.ON_TEST, "x"))
        .isInstanceOf(RecordLockedException.class)
        .hasMessageContaining(cell.getCode() + " is signed (authored by " + AUTHOR);
    assertThat(cells.get(cell.getCode()).getStatus()).isEqualTo(cell.getStatus());
  }

  @Test
  void aWrongPasswordSignsNothing() {
    Cell cell = fixtures.halfCell();

    assertThatThrownBy(
            () -> signatures.sign(RecordType.CELL, cell.getCode(), Meaning.AUTHORED, "not-mine-1"))
        .isInstanceOf(WrongPasswordException.class)
        .hasMessageContaining("not the password of " + AUTHOR);
    assertThatThrownBy(() -> signatures.sign(RecordType.CELL, cell.getCode(), Meaning.AUTHORED, ""))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("password");
    assertThat(signatures.of(RecordType.CELL, cell.getCode())).isEmpty();
  }

  @Test
  void wrongPasswordsCountAsFailedLogInsAndPauseSigning() {
    String guesser = Fixtures.unique("sig-guess-").toLowerCase();
    users.ensureUser(guesser, "Guess Er", password(guesser), Role.RESEARCHER);
    Cell cell = fixtures.halfCell();

    as(
        guesser,
        Role.RESEARCHER,
        () -> {
          for (int i = 0; i < 10; i++) {
            String guess = "guess-" + i;
            assertThatThrownBy(
                    () -> signatures.sign(RecordType.CELL, cell.getCode(), Meaning.REVIEWED, guess))
                .isInstanceOf(WrongPasswordException.class);
          }
          assertThatThrownBy(
                  () ->
                      signatures.sign(
                          RecordType.CELL, cell.getCode(), Meaning.REVIEWED, password(guesser)))
              .isInstanceOf(WrongPasswordException.class)
              .hasMessageContaining("Too many failed log-ins");
          return null;
        });
    assertThat(signatures.of(RecordType.CELL, cell.getCode())).isEmpty();
  }

  @Test
  void aSecondUserWitnessesButTheAuthorCannot() {
    Cell cell = fixtures.halfCell();
    signatures.sign(RecordType.CELL, cell.getCode(), Meaning.AUTHORED, password(AUTHOR));

    assertThatThrownBy(
            () ->
                signatures.sign(
                    RecordType.CELL, cell.getCode(), Meaning.REVIEWED, password(AUTHOR)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining(AUTHOR + " is the author of " + cell.getCode())
        .hasMessageContaining("must come from someone else");
    Signature review =
        as(
            WITNESS,
            Role.RESEARCHER,
            () ->
                signatures.sign(
                    RecordType.CELL, cell.getCode(), Meaning.REVIEWED, password(WITNESS)));

    assertThat(review.getSigner()).isEqualTo(WITNESS);
    assertThat(signatures.active(RecordType.CELL, cell.getCode()))
        .extracting(Signature::getMeaning)
        .containsExactly(Meaning.AUTHORED, Meaning.REVIEWED);
  }

  @Test
  void withoutAnAuthoredSignatureTheCreatorIsTheAuthor() {
    Cell cell = fixtures.halfCell();

    assertThatThrownBy(
            () ->
                signatures.sign(
                    RecordType.CELL, cell.getCode(), Meaning.APPROVED, password(AUTHOR)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("an approval must come from someone else");
  }

  @Test
  void aViewerCannotSign() {
    Cell cell = fixtures.halfCell();

    assertThatThrownBy(
            () ->
                as(
                    VIEWER,
                    Role.VIEWER,
                    () ->
                        signatures.sign(
                            RecordType.CELL, cell.getCode(), Meaning.REVIEWED, password(VIEWER))))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void amendingSupersedesTheSignaturesWithTheReasonAndUnlocks() {
    Cell cell = fixtures.halfCell();
    Signature first =
        signatures.sign(RecordType.CELL, cell.getCode(), Meaning.AUTHORED, password(AUTHOR));

    assertThatThrownBy(() -> signatures.amend(RecordType.CELL, cell.getCode(), " "))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("reason");
    signatures.amend(RecordType.CELL, cell.getCode(), "wrong channel noted");
    Cell changed =
        cells.changeStatus(cell.getCode(), cell.getVersion(), CellStatus.ON_TEST, "channel 2");
    Signature second =
        signatures.sign(RecordType.CELL, cell.getCode(), Meaning.AUTHORED, password(AUTHOR));

    List<Signature> all = signatures.of(RecordType.CELL, cell.getCode());
    assertThat(all).hasSize(2);
    assertThat(all.getFirst().isActive()).isFalse();
    assertThat(all.getFirst().getSupersededBy()).isEqualTo(AUTHOR);
    assertThat(all.getFirst().getSupersededReason()).isEqualTo("wrong channel noted");
    assertThat(all.get(1).isActive()).isTrue();
    assertThat(second.getContentSha256()).isNotEqualTo(first.getContentSha256());
    assertThat(changed.getStatus()).isEqualTo(CellStatus.ON_TEST);
    assertThat(
            jdbc.sql(
                    "select r.reason from signature_aud a join revinfo r on r.rev = a.rev"
                        + " where a.id = :id and a.superseded_at is not null")
                .param("id", first.getId())
                .query(String.class)
                .single())
        .isEqualTo("wrong channel noted");
  }

  @Test
  void signedSheetsAndBatchesRefuseEdits() {
    var made = fixtures.pyrolysisBatch();
    String batch = made.batch().getCode();
    signatures.sign(RecordType.BATCH, batch, Meaning.AUTHORED, password(AUTHOR));
    String sheet = fixtures.halfCell().getWorkingDisc().getSheet().getCode();
    signatures.sign(RecordType.SHEET, sheet, Meaning.AUTHORED, password(AUTHOR));

    assertThatThrownBy(() -> batches.addInput(batch, InputRole.PRECURSOR, 1.0))
        .isInstanceOf(RecordLockedException.class);
    assertThatThrownBy(() -> batches.recordProduct(batch, 0.9))
        .isInstanceOf(RecordLockedException.class);
    assertThatThrownBy(() -> sheets.addDiscs(sheet, List.of(new NewDisc(12.0, 12.0, 10.0))))
        .isInstanceOf(RecordLockedException.class);
    assertThat(sheets.get(sheet).getDiscs()).hasSize(1);
  }

  @Test
  void aSignedRecordCannotBeWithdrawnNorAWithdrawnOneSigned() {
    var made = fixtures.pyrolysisBatch();
    String batch = made.batch().getCode();
    signatures.sign(RecordType.BATCH, batch, Meaning.AUTHORED, password(AUTHOR));
    assertThatThrownBy(() -> batches.weighInput(batch, 1, null, 2.0))
        .isInstanceOf(RecordLockedException.class);
    assertThatThrownBy(() -> batches.withdraw(batch, "wrong furnace"))
        .isInstanceOf(RecordLockedException.class);
    assertThat(batches.get(batch).isWithdrawn()).isFalse();

    Cell cell = fixtures.halfCell();
    cells.withdraw(cell.getCode(), "separator folded");
    assertThatThrownBy(
            () ->
                signatures.sign(
                    RecordType.CELL, cell.getCode(), Meaning.AUTHORED, password(AUTHOR)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining(cell.getCode() + " is withdrawn");
    assertThat(signatures.of(RecordType.CELL, cell.getCode())).isEmpty();
  }

  @Test
  void theCanonicalContentNamesLinkedRecordsByCodeWithUnitsInTheKeys() {
    var made = fixtures.pyrolysisBatch();

    CanonicalContent.Signed signed = content.of(RecordType.BATCH, made.batch().getCode());

    assertThat(signed.json())
        .startsWith("{\"canonical_version\":1,\"inputs\":[{\"lot_code\":\"")
        .contains("\"mass_g\":2,")
        .contains("\"product_mass_g\":1,")
        .contains("\"code\":\"" + made.batch().getCode() + "\"")
        .contains("\"temperature_c\":")
        .doesNotContain("\"id\"");
    assertThat(content.of(RecordType.BATCH, made.batch().getCode())).isEqualTo(signed);
  }

  @Test
  void verifyNamesASignedRecordChangedBehindTheAppsBack() {
    Cell cell = fixtures.halfCell();
    signatures.sign(RecordType.CELL, cell.getCode(), Meaning.AUTHORED, password(AUTHOR));
    IntegrityCheck check =
        checks.stream().filter(c -> c.subject().equals("signatures")).findFirst().orElseThrow();
    assertThat(check.check().problems())
        .extracting(IntegrityCheck.Problem::code)
        .doesNotContain(cell.getCode());

    jdbc.sql("update cell set h2o_ppm = 0.2 where code = :code")
        .param("code", cell.getCode())
        .update();

    IntegrityCheck.Result result = check.check();
    assertThat(result.checked()).isPositive();
    assertThat(result.problems())
        .filteredOn(p -> p.code().equals(cell.getCode()))
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.what()).contains("changed after it was signed authored by " + AUTHOR));
  }
}

package org.cellbook.signatures.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.cellbook.signatures.Signers.AUTHOR;
import static org.cellbook.signatures.Signers.WITNESS;
import static org.cellbook.signatures.Signers.password;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import java.util.List;
import org.cellbook.Fixtures;
import org.cellbook.audit.HistoryEntry;
import org.cellbook.audit.HistoryService;
import org.cellbook.base.RecordType;
import org.cellbook.cells.Cell;
import org.cellbook.security.Role;
import org.cellbook.security.UserService;
import org.cellbook.signatures.Meaning;
import org.cellbook.signatures.Signature;
import org.cellbook.signatures.SignatureService;
import org.cellbook.signatures.Signers;
import org.cellbook.synthesis.BatchService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/** Signing, witnessing and amending from a record's page. */
@SpringBootTest
class SignaturesPanelTest extends SpringBrowserlessTest {

  @Autowired SignatureService signatures;
  @Autowired UserService users;
  @Autowired Fixtures fixtures;
  @Autowired HistoryService history;
  @Autowired BatchService batches;

  @BeforeEach
  void users() {
    Signers.ensure(users);
  }

  private SignaturesPanel panel() {
    return find(SignaturesPanel.class).single();
  }

  private SignaturesPanel.SignDialog signDialog() {
    test(panel().sign).click();
    return find(SignaturesPanel.SignDialog.class).single();
  }

  private List<Button> editActions() {
    return find(Button.class).all().stream()
        .filter(
            b -> List.of("Edit details…", "Edit steps…", "Record product…").contains(b.getText()))
        .toList();
  }

  @Test
  @WithMockUser(username = AUTHOR, roles = "RESEARCHER")
  void theAuthorSignsABatchAndItsEditActionsDisappear() {
    String batch = fixtures.pyrolysisBatch().batch().getCode();
    navigate("batches/" + batch, com.vaadin.flow.component.Component.class);
    assertThat(panel().notSigned.isVisible()).isTrue();
    assertThat(editActions()).hasSize(3).allMatch(Button::isVisible);

    SignaturesPanel.SignDialog dialog = signDialog();
    test(dialog.meaning).selectItem("authored");
    test(dialog.password).setValue(password(AUTHOR));
    test(dialog.save).click();

    assertThat(panel().notSigned.isVisible()).isFalse();
    assertThat(panel().grid.getListDataView().getItems().toList())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.getSigner()).isEqualTo(AUTHOR);
              assertThat(s.getMeaning()).isEqualTo(Meaning.AUTHORED);
            });
    assertThat(editActions()).noneMatch(Button::isVisible);
    assertThat(panel().amend.isVisible()).isTrue();
  }

  @Test
  @WithMockUser(username = AUTHOR, roles = "RESEARCHER")
  void aWrongPasswordIsShownAtThePasswordAndSignsNothing() {
    Cell cell = fixtures.halfCell();
    navigate("cells/" + cell.getCode(), com.vaadin.flow.component.Component.class);

    SignaturesPanel.SignDialog dialog = signDialog();
    test(dialog.password).setValue("not-my-password");
    test(dialog.save).click();

    assertThat(dialog.password.isInvalid()).isTrue();
    assertThat(dialog.password.getErrorMessage()).contains("not the password of " + AUTHOR);
    assertThat(signatures.of(RecordType.CELL, cell.getCode())).isEmpty();
  }

  @Test
  @WithMockUser(username = AUTHOR, roles = "RESEARCHER")
  void theAuthorIsRefusedAsWitness() {
    Cell cell = fixtures.halfCell();
    navigate("cells/" + cell.getCode(), com.vaadin.flow.component.Component.class);

    SignaturesPanel.SignDialog dialog = signDialog();
    test(dialog.meaning).selectItem("reviewed");
    test(dialog.password).setValue(password(AUTHOR));
    test(dialog.save).click();

    assertThat(dialog.meaning.isInvalid()).isTrue();
    assertThat(dialog.meaning.getErrorMessage())
        .contains(AUTHOR + " is the author of " + cell.getCode())
        .contains("a review must come from someone else");
    assertThat(signatures.of(RecordType.CELL, cell.getCode())).isEmpty();
  }

  @Test
  @WithMockUser(username = WITNESS, roles = "RESEARCHER")
  void aSecondUserWitnessesTheAuthorsSignature() {
    Cell cell = Signers.as(AUTHOR, Role.RESEARCHER, () -> fixtures.halfCell());
    Signers.as(
        AUTHOR,
        Role.RESEARCHER,
        () -> signatures.sign(RecordType.CELL, cell.getCode(), Meaning.AUTHORED, password(AUTHOR)));
    navigate("cells/" + cell.getCode(), com.vaadin.flow.component.Component.class);

    SignaturesPanel.SignDialog dialog = signDialog();
    test(dialog.meaning).selectItem("reviewed");
    test(dialog.password).setValue(password(WITNESS));
    test(dialog.save).click();

    assertThat(panel().grid.getListDataView().getItems().toList())
        .extracting(Signature::getSigner, Signature::getMeaning)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(AUTHOR, Meaning.AUTHORED),
            org.assertj.core.groups.Tuple.tuple(WITNESS, Meaning.REVIEWED));
  }

  @Test
  @WithMockUser(username = AUTHOR, roles = "RESEARCHER")
  void amendingAsksForAReasonSupersedesAndUnlocks() {
    String batch = fixtures.pyrolysisBatch().batch().getCode();
    signatures.sign(RecordType.BATCH, batch, Meaning.AUTHORED, password(AUTHOR));
    navigate("batches/" + batch, com.vaadin.flow.component.Component.class);
    assertThat(editActions()).noneMatch(Button::isVisible);

    test(panel().amend).click();
    SignaturesPanel.AmendDialog dialog = find(SignaturesPanel.AmendDialog.class).single();
    test(dialog.save).click();
    assertThat(dialog.reason.isInvalid()).isTrue();
    test(dialog.reason).setValue("product re-weighed on the calibrated balance");
    test(dialog.save).click();

    assertThat(panel().grid.getListDataView().getItems().toList())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.isActive()).isFalse();
              assertThat(s.getSupersededReason())
                  .isEqualTo("product re-weighed on the calibrated balance");
            });
    assertThat(panel().amend.isVisible()).isFalse();
    assertThat(editActions()).hasSize(3).allMatch(Button::isVisible);

    // The record's history tells the same story, newest first.
    assertThat(history.history(RecordType.BATCH, batches.get(batch)))
        .extracting(HistoryEntry::username, HistoryEntry::action, HistoryEntry::reason)
        .containsSubsequence(
            tuple(
                AUTHOR,
                "signature (authored, " + AUTHOR + ") changed",
                "product re-weighed on the calibrated balance"),
            tuple(AUTHOR, "signed: authored", null),
            tuple(AUTHOR, "created", null));
  }
}

package org.cellbook.materials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.cellbook.audit.HistoryEntry;
import org.cellbook.audit.HistoryService;
import org.cellbook.base.ValidationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@WithMockUser(username = "ana", roles = "RESEARCHER")
class LotServiceTest {

  @Autowired MaterialService materials;
  @Autowired LotService lots;
  @Autowired TransactionTemplate transaction;
  @Autowired HistoryService history;

  private Lot purchasedLot(double grams) {
    String code = "T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    materials.save(new Material(code, "test carbon " + code, MaterialKind.HOST_CARBON));
    return lots.registerPurchase(
        new NewPurchasedLot(
            code, AmountUnit.GRAM, grams, "XFNANO", "X1", LocalDate.now(), null, "C2", null));
  }

  @Test
  void purchasedLotGetsAMaterialCodeAndARecordedReceipt() {
    Lot lot = purchasedLot(25);

    assertThat(lot.getCode()).matches(lot.getMaterial().getCode() + "-LOT-0001");
    assertThat(lot.getAmountLeft()).isEqualTo(25);
    assertThat(lots.ledger(lot.getId()))
        .extracting(LotMovement::getKind, LotMovement::getAmount, LotMovement::getUsername)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(LotMovement.Kind.RECEIVED, 25.0, "ana"));
  }

  @Test
  void consumingDecrementsAndCannotGoBelowZero() {
    Lot lot = purchasedLot(3.0);
    transaction.executeWithoutResult(t -> lots.consume(lot.getId(), 2.5, "B-TEST", "mass"));
    assertThat(lots.get(lot.getCode()).getAmountLeft()).isEqualTo(0.5);

    assertThatThrownBy(
            () ->
                transaction.executeWithoutResult(
                    t -> lots.consume(lot.getId(), 0.6, "B-TEST", "inputs[0].mass")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("inputs[0].mass")
        .hasMessageContaining("only 0.5 g left");
    assertThat(lots.get(lot.getCode()).getAmountLeft()).isEqualTo(0.5);
  }

  @Test
  void correctionNeedsAReasonAndIsOnTheLedger() {
    Lot lot = purchasedLot(10);
    assertThatThrownBy(() -> lots.correct(lot.getCode(), 8.0, " "))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("reason");
    assertThatThrownBy(() -> lots.correct(lot.getCode(), -1.0, "spilled"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("cannot be negative");

    lots.correct(lot.getCode(), 8.0, "spilled during transfer");

    assertThat(lots.get(lot.getCode()).getAmountLeft()).isEqualTo(8.0);
    assertThat(lots.ledger(lot.getId()).getLast().getReason()).isEqualTo("spilled during transfer");
    assertThat(lots.ledger(lot.getId()).getLast().getAmount()).isEqualTo(-2.0);
    HistoryEntry correction = history.history(Lot.class, lot.getId()).getFirst();
    assertThat(correction.reason()).isEqualTo("spilled during transfer");
    assertThat(correction.username()).isEqualTo("ana");
  }

  @Test
  void aReasonStaysWithItsOwnRevision() {
    Lot lot = purchasedLot(10);
    lots.correct(lot.getCode(), 9.0, "recounted");
    // the next change on the same thread is routine work: it must not inherit "recounted"
    transaction.executeWithoutResult(t -> lots.consume(lot.getId(), 1.0, "B-TEST", "mass"));

    assertThat(history.history(Lot.class, lot.getId()))
        .extracting(HistoryEntry::reason)
        .containsExactly(null, "recounted", null);
  }

  @Test
  void badPurchaseIsRefusedFieldByField() {
    assertThatThrownBy(
            () ->
                lots.registerPurchase(
                    new NewPurchasedLot(
                        null,
                        AmountUnit.GRAM,
                        -1.0,
                        null,
                        null,
                        LocalDate.now(),
                        LocalDate.now().minusDays(1),
                        null,
                        null)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .extracting(ValidationException.Problem::field)
                    .containsExactlyInAnyOrder("material", "amount", "expiresOn"));
  }

  @Test
  void duplicateMaterialCodeIsRefused() {
    Lot lot = purchasedLot(1);
    assertThatThrownBy(
            () ->
                materials.save(
                    new Material(lot.getMaterial().getCode(), "again", MaterialKind.OTHER)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("already used");
  }

  @Test
  @WithMockUser(username = "vic", roles = "VIEWER")
  void viewerCannotRegisterLots() {
    assertThatThrownBy(
            () ->
                lots.registerPurchase(
                    new NewPurchasedLot(
                        "AC", AmountUnit.GRAM, 1.0, null, null, null, null, null, null)))
        .isInstanceOf(AccessDeniedException.class);
  }
}

package org.cellbook.synthesis.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.cellbook.Fixtures;
import org.cellbook.base.ui.WithdrawDialog;
import org.cellbook.base.ui.WithdrawnNotice;
import org.cellbook.materials.Lot;
import org.cellbook.materials.LotService;
import org.cellbook.security.SystemUser;
import org.cellbook.synthesis.BatchService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

/** Correcting a batch with a reason and withdrawing it, through its page. */
@SpringBootTest
class BatchCorrectionViewsTest extends SpringBrowserlessTest {

  @Autowired BatchService batches;
  @Autowired LotService lots;
  @Autowired Fixtures fixtures;

  @Test
  @WithMockUser(username = "ana", roles = "RESEARCHER")
  void aCorrectionAsksForAReasonThenSaves() {
    Fixtures.MadeBatch made = fixtures.pyrolysisBatch();
    BatchView page = navigate("batches/" + made.batch().getCode(), BatchView.class);

    test(page.editDetails).click();
    BatchView.DetailsDialog dialog = find(BatchView.DetailsDialog.class).single();
    test(dialog.notes).setValue("carbonised at 1100 °C, not 1000 °C");
    test(dialog.save).click();
    assertThat(dialog.reason.isInvalid()).isTrue();
    assertThat(dialog.reason.getErrorMessage()).isEqualTo("Give a reason for the change");
    assertThat(batches.get(made.batch().getCode()).getNotes()).isNull();

    test(dialog.reason).setValue("furnace log read again");
    test(dialog.save).click();
    assertThat(batches.get(made.batch().getCode()).getNotes())
        .isEqualTo("carbonised at 1100 °C, not 1000 °C");
  }

  @Test
  @WithMockUser(username = "ana", roles = "RESEARCHER")
  void withdrawingGivesTheInputsBackAndLeavesTheListAndTheEditActions() {
    Fixtures.MadeBatch made = fixtures.pyrolysisBatch();
    Lot precursor = made.batch().getInputs().getFirst().getLot();
    BatchView page = navigate("batches/" + made.batch().getCode(), BatchView.class);

    test(page.withdraw).click();
    WithdrawDialog dialog = find(WithdrawDialog.class).single();
    test(dialog.reason).setValue("entered for the wrong precursor");
    test(dialog.withdraw).click();

    assertThat(lots.get(precursor.getCode()).getAmountLeft()).isCloseTo(10.0, within(1e-9));
    assertThat(page.editDetails.isVisible()).isFalse();
    assertThat(page.withdraw.isVisible()).isFalse();
    assertThat(find(WithdrawnNotice.class).single().getText())
        .contains("by ana")
        .contains("entered for the wrong precursor");
    BatchesView list = navigate(BatchesView.class);
    test(list.text).setValue(made.batch().getName());
    assertThat(batches.page(list.filter(), PageRequest.of(0, 5))).isEmpty();
    test(list.showWithdrawn).click();
    assertThat(batches.page(list.filter(), PageRequest.of(0, 5))).hasSize(1);
  }

  @Test
  @WithMockUser(roles = "VIEWER")
  void aViewerSeesNeitherEditNorWithdraw() {
    Fixtures.MadeBatch made = SystemUser.call(() -> fixtures.pyrolysisBatch());
    BatchView page = navigate("batches/" + made.batch().getCode(), BatchView.class);
    assertThat(page.editDetails.isVisible()).isFalse();
    assertThat(page.withdraw.isVisible()).isFalse();
  }
}

package org.cellbook.cells.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.cellbook.Fixtures;
import org.cellbook.base.ui.WithdrawDialog;
import org.cellbook.cells.Cell;
import org.cellbook.cells.CellService;
import org.cellbook.materials.LotService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/** Correcting a cell's assembly record with a reason, and withdrawing it, through its page. */
@SpringBootTest
class CellCorrectionViewsTest extends SpringBrowserlessTest {

  @Autowired CellService cells;
  @Autowired LotService lots;
  @Autowired Fixtures fixtures;

  @Test
  @WithMockUser(username = "ana", roles = "RESEARCHER")
  void aCorrectedElectrolyteVolumeMovesTheDifferenceInTheLedger() {
    Cell cell = fixtures.halfCell();
    String electrolyte = cell.getElectrolyteLot().getCode();
    CellView page = navigate("cells/" + cell.getCode(), CellView.class);

    test(page.edit).click();
    CellView.EditDialog dialog = find(CellView.EditDialog.class).single();
    test(dialog.waterPpm).setValue(5000.0);
    test(dialog.electrolyteVolume).setValue(100.0);
    test(dialog.reason).setValue("pipette read again");
    test(dialog.save).click();
    assertThat(dialog.waterPpm.isInvalid()).isTrue();
    assertThat(dialog.waterPpm.getErrorMessage()).isEqualTo("H₂O must be 0–1000 ppm");

    test(dialog.waterPpm).setValue(0.2);
    test(dialog.save).click();
    assertThat(cells.get(cell.getCode()).getElectrolyteVolumeMicrolitres()).isEqualTo(100.0);
    assertThat(lots.get(electrolyte).getAmountLeft()).isCloseTo(0.9, within(1e-9));
  }

  @Test
  @WithMockUser(username = "ana", roles = "RESEARCHER")
  void withdrawingGivesTheElectrolyteBackAndHidesTheActions() {
    Cell cell = fixtures.halfCell();
    String electrolyte = cell.getElectrolyteLot().getCode();
    CellView page = navigate("cells/" + cell.getCode(), CellView.class);

    test(page.withdraw).click();
    WithdrawDialog dialog = find(WithdrawDialog.class).single();
    test(dialog.withdraw).click();
    assertThat(dialog.reason.isInvalid()).isTrue();

    test(dialog.reason).setValue("never cycled: case cracked");
    test(dialog.withdraw).click();
    assertThat(cells.get(cell.getCode()).isWithdrawn()).isTrue();
    assertThat(lots.get(electrolyte).getAmountLeft()).isCloseTo(1.0, within(1e-9));
    assertThat(page.edit.isVisible()).isFalse();
    assertThat(page.withdraw.isVisible()).isFalse();
  }
}

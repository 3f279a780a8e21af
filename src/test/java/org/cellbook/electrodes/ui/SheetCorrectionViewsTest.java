package org.cellbook.electrodes.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.cellbook.Fixtures;
import org.cellbook.base.ui.WithdrawDialog;
import org.cellbook.cells.Cell;
import org.cellbook.cells.CellService;
import org.cellbook.electrodes.Disc;
import org.cellbook.electrodes.SheetService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/** Correcting a sheet and a disc with a reason, and withdrawing them, through the sheet's page. */
@SpringBootTest
class SheetCorrectionViewsTest extends SpringBrowserlessTest {

  @Autowired SheetService sheets;
  @Autowired CellService cells;
  @Autowired Fixtures fixtures;

  @Test
  @WithMockUser(username = "ana", roles = "RESEARCHER")
  void sheetAndDiscCorrectionsAreCheckedLikeNewOnes() {
    Cell cell = fixtures.halfCell();
    String sheet = cell.getWorkingDisc().getSheet().getCode();
    SheetView page = navigate("electrodes/" + sheet, SheetView.class);

    test(page.edit).click();
    SheetView.EditDialog edit = find(SheetView.EditDialog.class).single();
    test(edit.activeFraction).setValue(92.0);
    test(edit.reason).setValue("recipe was 92 : 8");
    test(edit.save).click();
    assertThat(edit.activeFraction.isInvalid()).isTrue();
    assertThat(edit.activeFraction.getErrorMessage()).contains("add up to 102 %");

    test(edit.binderFraction).setValue(8.0);
    test(edit.save).click();
    assertThat(sheets.get(sheet).getActiveFractionPercent()).isEqualTo(92.0);

    Disc disc = page.sheet.getDiscs().getFirst();
    page.correct(disc);
    SheetView.DiscDialog correct = find(SheetView.DiscDialog.class).single();
    test(correct.discMass).setValue(9.5);
    test(correct.reason).setValue("read the wrong balance");
    test(correct.save).click();
    assertThat(correct.discMass.isInvalid()).isTrue();
    assertThat(correct.discMass.getErrorMessage()).contains("not heavier than its blank foil");

    test(correct.discMass).setValue(12.4);
    test(correct.save).click();
    assertThat(sheets.disc(disc.getCode()).getDiscMassMilligrams()).isEqualTo(12.4);
  }

  @Test
  @WithMockUser(username = "ana", roles = "RESEARCHER")
  void aSheetWhoseDiscIsInACellIsNotWithdrawnUntilTheCellIs() {
    Cell cell = fixtures.halfCell();
    String sheet = cell.getWorkingDisc().getSheet().getCode();
    SheetView page = navigate("electrodes/" + sheet, SheetView.class);

    test(page.withdraw).click();
    WithdrawDialog dialog = find(WithdrawDialog.class).single();
    test(dialog.reason).setValue("slurry was contaminated");
    test(dialog.withdraw).click();
    assertThat(sheets.get(sheet).isWithdrawn()).isFalse();
    assertThat(dialog.isOpened()).isTrue();

    cells.withdraw(cell.getCode(), "slurry was contaminated");
    test(dialog.withdraw).click();
    assertThat(sheets.get(sheet).isWithdrawn()).isTrue();
    assertThat(page.edit.isVisible()).isFalse();
  }
}

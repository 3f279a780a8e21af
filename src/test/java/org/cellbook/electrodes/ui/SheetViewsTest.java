package org.cellbook.electrodes.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.combobox.ComboBox;
import java.util.List;
import org.cellbook.Fixtures;
import org.cellbook.base.ValidationException;
import org.cellbook.electrodes.ElectrodeSheet;
import org.cellbook.electrodes.SheetFilter;
import org.cellbook.electrodes.SheetService;
import org.cellbook.materials.AmountUnit;
import org.cellbook.materials.Lot;
import org.cellbook.materials.LotService;
import org.cellbook.materials.MaterialKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

/** Recording an electrode through the views: the sheet dialog, then many discs at once. */
@SpringBootTest
class SheetViewsTest extends SpringBrowserlessTest {

  @Autowired SheetService sheets;
  @Autowired LotService lots;
  @Autowired Fixtures fixtures;

  private static void chooseLot(ComboBox<Lot> box, Lot lot) {
    box.setValue(
        box.getListDataView()
            .getItems()
            .filter(l -> l.getCode().equals(lot.getCode()))
            .findFirst()
            .orElseThrow());
  }

  private ElectrodeSheet recordSheet(String name, Lot active) {
    Lot binder = fixtures.grams(MaterialKind.BINDER, 5);
    Lot foil =
        fixtures.lot(
            MaterialKind.CURRENT_COLLECTOR,
            AmountUnit.PIECE,
            5,
            m -> m.setArealMassMilligramsPerCm2(8.06));
    SheetsView view = navigate(SheetsView.class);
    test(view.create).click();
    SheetsView.NewSheetDialog dialog = find(SheetsView.NewSheetDialog.class).single();
    test(dialog.name).setValue(name);
    chooseLot(dialog.activeLot, active);
    chooseLot(dialog.binderLot, binder);
    chooseLot(dialog.collectorLot, foil);
    test(dialog.binderSolution).setValue(12.5);
    test(dialog.slurryActiveMass).setValue(0.3);
    test(dialog.save).click();
    return sheets.page(new SheetFilter(name, null, null, null), PageRequest.of(0, 1)).getFirst();
  }

  @Test
  @WithMockUser(roles = "RESEARCHER")
  void researcherRecordsASheetAndAddsDiscsFromTheQuickEntryBox() {
    Lot active = fixtures.grams(MaterialKind.SYNTHESISED_CARBON, 1.0);
    String name = Fixtures.unique("sheet ");
    ElectrodeSheet sheet = recordSheet(name, active);
    assertThat(sheet.recipe()).isEqualTo("90 : 10");
    assertThat(lots.get(active.getCode()).getAmountLeft()).isEqualTo(0.7);

    SheetView page = navigate("electrodes/" + sheet.getCode(), SheetView.class);
    test(page.quickEntry).setValue("12 12.00 10.00\n12 11.50\n12,0 12,20 10,00");
    test(page.check).click();
    assertThat(page.preview.getGenericDataView().getItems().toList())
        .hasSize(3)
        .satisfies(rows -> assertThat(rows.get(1).blankFromFoil()).isTrue());
    test(page.saveDiscs).click();

    ElectrodeSheet saved = sheets.get(sheet.getCode());
    assertThat(saved.getDiscs()).hasSize(3);
    // (12.00 − 10.00) × 0.9 / 1.13097 cm² = 1.59 mg/cm²
    assertThat(saved.getDiscs().getFirst().metrics().loadingMilligramsPerCm2())
        .isBetween(1.591, 1.592);
  }

  @Test
  @WithMockUser(roles = "RESEARCHER")
  void fractionsNotAddingUpAreShownNextToTheField() {
    SheetsView view = navigate(SheetsView.class);
    test(view.create).click();
    SheetsView.NewSheetDialog dialog = find(SheetsView.NewSheetDialog.class).single();
    test(dialog.name).setValue(Fixtures.unique("bad "));
    test(dialog.binderFraction).setValue(15.0);
    test(dialog.save).click();
    assertThat(dialog.activeFraction.isInvalid()).isTrue();
    assertThat(dialog.activeFraction.getErrorMessage()).contains("105 %");
    assertThat(dialog.activeLot.isInvalid()).isTrue();
  }

  @Test
  @WithMockUser(roles = "RESEARCHER")
  void aLineThatIsNotNumbersIsRefusedNamingTheLine() {
    ElectrodeSheet sheet =
        recordSheet(
            Fixtures.unique("sheet "), fixtures.grams(MaterialKind.SYNTHESISED_CARBON, 1.0));
    SheetView page = navigate("electrodes/" + sheet.getCode(), SheetView.class);
    test(page.quickEntry).setValue("12 12.00 10.00\ntwelve 11.9");
    test(page.saveDiscs).click();
    assertThat(page.quickEntry.getErrorMessage()).contains("Line 2");
    assertThat(sheets.get(sheet.getCode()).getDiscs()).isEmpty();
  }

  @Test
  @WithMockUser(roles = "RESEARCHER")
  void thePreviewFlagsExactlyTheRowsTheSaveRefusesWithTheSameMessages() {
    ElectrodeSheet sheet =
        recordSheet(
            Fixtures.unique("sheet "), fixtures.grams(MaterialKind.SYNTHESISED_CARBON, 1.0));
    SheetView page = navigate("electrodes/" + sheet.getCode(), SheetView.class);
    test(page.quickEntry).setValue("12 12.00 10.00\n12 9 10\n-12 12 10\n12 99999999 10");
    List<String> expected =
        catchThrowableOfType(
                ValidationException.class, () -> sheets.addDiscs(sheet.getCode(), page.parse()))
            .problems()
            .stream()
            .map(ValidationException.Problem::message)
            .toList();
    assertThat(expected).hasSize(3);

    test(page.check).click();
    List<SheetView.DiscRow> rows = page.preview.getGenericDataView().getItems().toList();
    assertThat(rows).extracting(r -> r.problems().size()).containsExactly(0, 1, 1, 1);
    assertThat(rows.stream().flatMap(r -> r.problems().stream()))
        .containsExactlyElementsOf(expected);
    // Refused rows show no negative coating or area of a negative diameter.
    assertThat(rows.subList(1, 4)).allSatisfy(r -> assertThat(r.metrics()).isNull());

    test(page.saveDiscs).click();
    assertThat(sheets.get(sheet.getCode()).getDiscs()).isEmpty();
    assertThat(page.preview.getGenericDataView().getItems().flatMap(r -> r.problems().stream()))
        .containsExactlyElementsOf(expected);
  }

  @Test
  @WithMockUser(roles = "VIEWER")
  void viewerCannotRecordSheets() {
    assertThat(navigate(SheetsView.class).create.isVisible()).isFalse();
  }
}

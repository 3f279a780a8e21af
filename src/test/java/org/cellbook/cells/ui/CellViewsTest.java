package org.cellbook.cells.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.combobox.ComboBox;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.cellbook.Fixtures;
import org.cellbook.base.ui.Facts;
import org.cellbook.cells.Cell;
import org.cellbook.cells.CellFilter;
import org.cellbook.cells.CellService;
import org.cellbook.electrodes.ElectrodeSheet;
import org.cellbook.electrodes.NewDisc;
import org.cellbook.electrodes.NewSheet;
import org.cellbook.electrodes.SheetService;
import org.cellbook.lineage.Lineage;
import org.cellbook.lineage.LineageService;
import org.cellbook.lineage.TraceDirection;
import org.cellbook.materials.AmountUnit;
import org.cellbook.materials.Lot;
import org.cellbook.materials.MaterialKind;
import org.cellbook.security.SystemUser;
import org.cellbook.synthesis.BatchService;
import org.cellbook.synthesis.NewBatch;
import org.cellbook.synthesis.SynthesisBatch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Assembling a cell through the view from a disc of a sheet made from a batch's product, then its
 * page and its lineage back to that batch.
 */
@SpringBootTest
class CellViewsTest extends SpringBrowserlessTest {

  @Autowired BatchService batches;
  @Autowired SheetService sheets;
  @Autowired CellService cells;
  @Autowired LineageService lineage;
  @Autowired Fixtures fixtures;

  private static <T> void choose(ComboBox<T> box, Predicate<T> which) {
    box.setValue(box.getListDataView().getItems().filter(which).findFirst().orElseThrow());
  }

  private static void chooseLot(ComboBox<Lot> box, Lot lot) {
    choose(box, l -> l.getCode().equals(lot.getCode()));
  }

  @Test
  @WithMockUser(username = "ana", roles = "RESEARCHER")
  void electrodeDiscsCellAndItsLineageBackToTheBatch() {
    // A batch whose product is the active material.
    Lot precursor = fixtures.grams(MaterialKind.PRECURSOR, 10);
    String batchName = Fixtures.unique("HC");
    SynthesisBatch batch =
        batches.createFromTemplate(
            new NewBatch(
                "pyrolysis",
                batchName,
                Map.of("precursor_mass_g", 2.0),
                List.of(precursor.getCode()),
                null,
                null,
                null));
    batches.weighInput(batch.getCode(), 1, precursor.getCode(), 2.0);
    Lot product = batches.recordProduct(batch.getCode(), 1.0);
    Lot binder = fixtures.grams(MaterialKind.BINDER, 5);
    Lot foil = fixtures.lot(MaterialKind.CURRENT_COLLECTOR, AmountUnit.PIECE, 5, m -> {});
    Lot sodium = fixtures.grams(MaterialKind.COUNTER_ELECTRODE, 5);
    Lot separator = fixtures.lot(MaterialKind.SEPARATOR, AmountUnit.PIECE, 10, m -> {});
    Lot electrolyte = fixtures.lot(MaterialKind.ELECTROLYTE, AmountUnit.MILLILITRE, 5, m -> {});

    ElectrodeSheet sheet =
        sheets.create(
            new NewSheet(
                "sheet " + batchName,
                product.getCode(),
                binder.getCode(),
                null,
                foil.getCode(),
                90.0,
                10.0,
                0.0,
                12.5,
                "water",
                null,
                0.2,
                null,
                null,
                null,
                null));
    sheets.addDiscs(sheet.getCode(), List.of(new NewDisc(12.0, 12.0, 10.0)));

    // Cell through the assembly dialog.
    CellsView cellsView = navigate(CellsView.class);
    test(cellsView.assemble).click();
    CellsView.AssembleDialog dialog = find(CellsView.AssembleDialog.class).single();
    choose(dialog.workingDisc, d -> d.getCode().equals(sheet.getCode() + "-D1"));
    // 2.00 mg of coating at 90 % active on a 12 mm disc (1.131 cm²).
    assertThat(dialog.workingDisc.getItemLabelGenerator().apply(dialog.workingDisc.getValue()))
        .isEqualTo(
            sheet.getCode()
                + "-D1 · sheet "
                + batchName
                + " · disc 12.00 mg, active 1.800 mg, 1.59 mg cm⁻²");
    chooseLot(dialog.counterLot, sodium);
    chooseLot(dialog.separator, separator);
    chooseLot(dialog.electrolyte, electrolyte);
    test(dialog.name).setValue("cell " + batchName);
    test(dialog.save).click();
    Cell cell =
        cells
            .page(
                new CellFilter("cell " + batchName, null, null, null, null, null),
                PageRequest.of(0, 1))
            .getFirst();
    assertThat(cell.getWorkingDisc().getCode()).isEqualTo(sheet.getCode() + "-D1");

    // Its page, then its lineage back to the batch.
    CellView page = navigate("cells/" + cell.getCode(), CellView.class);
    assertThat(page.cell.getCode()).isEqualTo(cell.getCode());
    Lineage back = lineage.trace(cell.getCode(), TraceDirection.BACK);
    assertThat(back.nodes())
        .extracting(n -> n.record().code())
        .contains(batch.getCode(), product.getCode(), precursor.getCode());
  }

  @Test
  @WithMockUser(roles = "VIEWER")
  void viewerCannotAssembleOrChangeCells() {
    assertThat(navigate(CellsView.class).assemble.isVisible()).isFalse();
  }

  /** A viewer, who cannot change the status, still reads it, in words. */
  @Test
  @WithMockUser(roles = "VIEWER")
  void aViewerReadsTheStatusAndConfigurationInWords() {
    Cell cell = SystemUser.call(() -> fixtures.halfCell());
    navigate("cells/" + cell.getCode(), CellView.class);
    String facts = find(Facts.class).first().getElement().getTextRecursively();
    assertThat(facts).contains("StatusAssembled").contains("ConfigurationHalf cell");
    assertThat(facts).doesNotContain("HALF").doesNotContain("ASSEMBLED");
  }
}

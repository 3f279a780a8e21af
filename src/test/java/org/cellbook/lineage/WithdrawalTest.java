package org.cellbook.lineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.stream.Collectors;
import org.cellbook.Fixtures;
import org.cellbook.base.RecordLockedException;
import org.cellbook.base.ValidationException;
import org.cellbook.cells.AssembleCell;
import org.cellbook.cells.Cell;
import org.cellbook.cells.CellConfiguration;
import org.cellbook.cells.CellDetails;
import org.cellbook.cells.CellFilter;
import org.cellbook.cells.CellService;
import org.cellbook.electrodes.SheetFilter;
import org.cellbook.electrodes.SheetService;
import org.cellbook.materials.Lot;
import org.cellbook.materials.LotFilter;
import org.cellbook.materials.LotMovement;
import org.cellbook.materials.LotService;
import org.cellbook.materials.MaterialKind;
import org.cellbook.materials.MaterialService;
import org.cellbook.synthesis.BatchFilter;
import org.cellbook.synthesis.BatchService;
import org.cellbook.synthesis.SynthesisBatch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Withdrawal through the services on the real database: what a record took goes back to its lots,
 * it leaves lists and pickers, stays in the lineage marked, and is refused while something made
 * from it stands.
 */
@SpringBootTest
@WithMockUser(username = "ana", roles = "RESEARCHER")
class WithdrawalTest {

  @Autowired BatchService batches;
  @Autowired LotService lots;
  @Autowired MaterialService materials;
  @Autowired SheetService sheets;
  @Autowired CellService cells;
  @Autowired LineageService lineage;
  @Autowired Fixtures fixtures;

  @Test
  void withdrawnBatchGivesItsInputsBackAndTakesItsProductLotWithIt() {
    Fixtures.MadeBatch made = fixtures.pyrolysisBatch();
    Lot precursor = made.batch().getInputs().getFirst().getLot();
    assertThat(lots.get(precursor.getCode()).getAmountLeft()).isCloseTo(8.0, within(1e-9));

    batches.withdraw(made.batch().getCode(), "entered twice");

    assertThat(lots.get(precursor.getCode()).getAmountLeft()).isCloseTo(10.0, within(1e-9));
    LotMovement returned = lots.ledger(precursor.getId()).getLast();
    assertThat(returned.getKind()).isEqualTo(LotMovement.Kind.RETURNED);
    assertThat(returned.getAmount()).isCloseTo(2.0, within(1e-9));
    assertThat(returned.getReason()).isEqualTo("entered twice");
    assertThat(returned.getReferenceCode()).isEqualTo(made.batch().getCode());
    SynthesisBatch withdrawn = batches.get(made.batch().getCode());
    assertThat(withdrawn.withdrawal().orElseThrow().by()).isEqualTo("ana");
    assertThat(withdrawn.withdrawal().orElseThrow().reason()).isEqualTo("entered twice");
    assertThat(lots.get(made.product().getCode()).isWithdrawn()).isTrue();
  }

  @Test
  void withdrawnRecordsLeaveListsAndPickersUnlessAskedFor() {
    Fixtures.MadeBatch made = fixtures.pyrolysisBatch();
    String name = made.batch().getName();
    BatchFilter byName = new BatchFilter(name, null, null, null, null, null, null, null, null);
    LotFilter byProduct = new LotFilter(made.product().getCode(), null, null, false);

    batches.withdraw(made.batch().getCode(), "wrong route");

    assertThat(batches.page(byName, PageRequest.of(0, 10))).isEmpty();
    assertThat(batches.page(byName.withWithdrawn(true), PageRequest.of(0, 10)))
        .extracting(SynthesisBatch::getCode)
        .containsExactly(made.batch().getCode());
    assertThat(lots.page(byProduct, PageRequest.of(0, 10))).isEmpty();
    assertThat(lots.page(byProduct.withWithdrawn(true), PageRequest.of(0, 10))).hasSize(1);
    assertThat(lots.available(MaterialKind.values()))
        .extracting(Lot::getCode)
        .doesNotContain(made.product().getCode());
  }

  @Test
  void aBatchWhoseProductMadeASheetIsRefusedNamingTheSheetAndNothingChanges() {
    Fixtures.MadeBatch made = fixtures.pyrolysisBatch();
    Cell cell = fixtures.halfCell(made.product());
    String sheet = cell.getWorkingDisc().getSheet().getCode();
    Lot precursor = made.batch().getInputs().getFirst().getLot();

    assertThatThrownBy(() -> batches.withdraw(made.batch().getCode(), "wrong"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining(made.batch().getCode())
        .hasMessageContaining("still used by sheet " + sheet + "; withdraw that first");
    assertThat(batches.get(made.batch().getCode()).isWithdrawn()).isFalse();
    assertThat(lots.get(precursor.getCode()).getAmountLeft()).isCloseTo(8.0, within(1e-9));

    assertThatThrownBy(() -> sheets.withdraw(sheet, "wrong"))
        .hasMessageContaining("still used by cell " + cell.getCode());
  }

  @Test
  void aCellWithdrawnAsEnteredWithTheWrongDiscGivesTheDiscBackForTheRightCell() {
    Cell wrong = fixtures.halfCell();
    String disc = wrong.getWorkingDisc().getCode();
    AssembleCell right =
        new AssembleCell(
            "the right one",
            null,
            CellConfiguration.HALF,
            disc,
            wrong.getCounterLot().getCode(),
            null,
            wrong.getSeparatorLot().getCode(),
            wrong.getElectrolyteLot().getCode(),
            80.0,
            0.1,
            0.1,
            null,
            java.time.LocalDate.now(),
            null,
            "LAND",
            "1-2",
            null);
    assertThatThrownBy(() -> cells.assemble(right))
        .hasMessageContaining("Disc " + disc + " is already in cell " + wrong.getCode());

    cells.withdraw(wrong.getCode(), "entered with disc " + disc + " by mistake");
    assertThat(cells.freeDiscs()).extracting(d -> d.getCode()).contains(disc);
    Cell made = cells.assemble(right);

    assertThat(cells.freeDiscs()).extracting(d -> d.getCode()).doesNotContain(disc);
    assertThatThrownBy(() -> cells.assemble(right))
        .hasMessageContaining("Disc " + disc + " is already in cell " + made.getCode());
    assertThatThrownBy(() -> cells.withdraw(wrong.getCode(), "again"))
        .isInstanceOf(RecordLockedException.class);
    Map<String, Boolean> forward =
        lineage.trace(disc, TraceDirection.FORWARD).nodes().stream()
            .collect(Collectors.toMap(n -> n.record().code(), Lineage.Node::withdrawn));
    assertThat(forward).containsEntry(wrong.getCode(), true).containsEntry(made.getCode(), false);
  }

  @Test
  void withdrawingFromTheCellUpKeepsTheWholeChainInTheLineageMarked() {
    Fixtures.MadeBatch made = fixtures.pyrolysisBatch();
    Cell cell = fixtures.halfCell(made.product());
    String sheet = cell.getWorkingDisc().getSheet().getCode();
    double activeBefore = lots.get(made.product().getCode()).getAmountLeft();
    Lot electrolyte = cell.getElectrolyteLot();
    Lot separator = cell.getSeparatorLot();

    cells.withdraw(cell.getCode(), "wrong disc");
    sheets.withdraw(sheet, "wrong slurry");
    batches.withdraw(made.batch().getCode(), "wrong batch");

    assertThat(lots.get(electrolyte.getCode()).getAmountLeft()).isCloseTo(1.0, within(1e-9));
    assertThat(lots.get(separator.getCode()).getAmountLeft()).isCloseTo(10.0, within(1e-9));
    assertThat(lots.get(made.product().getCode()).getAmountLeft())
        .isCloseTo(activeBefore, within(1e-9));
    Map<String, Boolean> marked =
        lineage.trace(made.batch().getCode(), TraceDirection.FORWARD).nodes().stream()
            .collect(Collectors.toMap(n -> n.record().code(), Lineage.Node::withdrawn));
    assertThat(marked)
        .containsEntry(made.batch().getCode(), true)
        .containsEntry(made.product().getCode(), true)
        .containsEntry(sheet, true)
        .containsEntry(cell.getWorkingDisc().getCode(), true)
        .containsEntry(cell.getCode(), true);
    assertThat(
            cells.page(
                new CellFilter(cell.getCode(), null, null, null, null, null), PageRequest.of(0, 5)))
        .isEmpty();
    assertThat(sheets.page(new SheetFilter(sheet, null, null, null), PageRequest.of(0, 5)))
        .isEmpty();
  }

  @Test
  void aWithdrawnDiscIsNoLongerOfferedForAssembly() {
    Cell cell = fixtures.halfCell();
    String sheet = cell.getWorkingDisc().getSheet().getCode();
    sheets.addDiscs(
        sheet, java.util.List.of(new org.cellbook.electrodes.NewDisc(12.0, 12.5, 10.0)));
    String spare = sheet + "-D2";
    assertThat(cells.freeDiscs()).extracting(d -> d.getCode()).contains(spare);

    sheets.withdrawDisc(spare, "dropped on the floor");

    assertThat(cells.freeDiscs()).extracting(d -> d.getCode()).doesNotContain(spare);
    assertThatThrownBy(() -> sheets.withdrawDisc(cell.getWorkingDisc().getCode(), "x"))
        .hasMessageContaining("still used by cell " + cell.getCode());
  }

  @Test
  void withdrawalNeedsAReasonAndAWithdrawnRecordCannotBeEdited() {
    Cell cell = fixtures.halfCell();
    assertThatThrownBy(() -> cells.withdraw(cell.getCode(), " "))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("reason");
    assertThat(cells.get(cell.getCode()).isWithdrawn()).isFalse();

    cells.withdraw(cell.getCode(), "never assembled");

    CellDetails edit = CellDetails.of(cells.get(cell.getCode()));
    assertThatThrownBy(() -> cells.update(edit, "typo"))
        .isInstanceOf(RecordLockedException.class)
        .hasMessageContaining("was withdrawn");
    assertThatThrownBy(() -> cells.withdraw(cell.getCode(), "again"))
        .isInstanceOf(RecordLockedException.class);
  }

  @Test
  void aMaterialWithAStandingLotIsRefused() {
    Lot lot = fixtures.grams(MaterialKind.BINDER, 1);
    String material = lot.getMaterial().getCode();
    assertThatThrownBy(() -> materials.withdraw(material, "duplicate entry"))
        .hasMessageContaining("still used by lot " + lot.getCode());

    lots.withdraw(lot.getCode(), "never arrived");
    materials.withdraw(material, "duplicate entry");

    assertThat(materials.all()).extracting(m -> m.getCode()).doesNotContain(material);
    assertThat(materials.list(true)).extracting(m -> m.getCode()).contains(material);
  }
}

package org.cellbook.lineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.cellbook.Fixtures;
import org.cellbook.audit.HistoryService;
import org.cellbook.base.ValidationException;
import org.cellbook.cells.Cell;
import org.cellbook.electrodes.DiscCorrection;
import org.cellbook.electrodes.ElectrodeSheet;
import org.cellbook.electrodes.SheetDetails;
import org.cellbook.electrodes.SheetService;
import org.cellbook.materials.Lot;
import org.cellbook.materials.LotDetails;
import org.cellbook.materials.LotService;
import org.cellbook.materials.Material;
import org.cellbook.materials.MaterialKind;
import org.cellbook.materials.MaterialService;
import org.cellbook.synthesis.BatchSeries;
import org.cellbook.synthesis.BatchService;
import org.cellbook.synthesis.SeriesDetails;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Corrections of records through their services: a reason each time, the rules of creation, stale
 * edits refused, and amounts moved through the lots' ledgers.
 */
@SpringBootTest
@WithMockUser(username = "ana", roles = "RESEARCHER")
class CorrectionTest {

  @Autowired SheetService sheets;
  @Autowired LotService lots;
  @Autowired MaterialService materials;
  @Autowired BatchService batches;
  @Autowired HistoryService history;
  @Autowired Fixtures fixtures;

  private static SheetDetails withSlurry(SheetDetails d, Double grams) {
    return new SheetDetails(
        d.code(),
        d.version(),
        d.name(),
        d.activeFractionPercent(),
        d.binderFractionPercent(),
        d.additiveFractionPercent(),
        d.binderSolutionMilligramsPerMillilitre(),
        d.solvent(),
        d.coatingMethod(),
        grams,
        d.drying(),
        d.madeOn(),
        d.operatorName(),
        d.notes());
  }

  @Test
  void aCorrectedSlurryMassMovesTheDifferenceThroughTheActiveLot() {
    Lot active = fixtures.grams(MaterialKind.SYNTHESISED_CARBON, 1);
    Cell cell = fixtures.halfCell(active);
    ElectrodeSheet sheet = sheets.get(cell.getWorkingDisc().getSheet().getCode());

    sheets.update(withSlurry(SheetDetails.of(sheet), 0.3), "slurry mass was not entered");
    assertThat(lots.get(active.getCode()).getAmountLeft()).isCloseTo(0.7, within(1e-9));

    SheetDetails now = SheetDetails.of(sheets.get(sheet.getCode()));
    sheets.update(withSlurry(now, 0.2), "0.2 g, not 0.3 g");
    assertThat(lots.get(active.getCode()).getAmountLeft()).isCloseTo(0.8, within(1e-9));

    SheetDetails latest = SheetDetails.of(sheets.get(sheet.getCode()));
    assertThatThrownBy(() -> sheets.update(withSlurry(latest, 5.0), "more"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("slurryActiveMass");
    assertThat(sheets.get(sheet.getCode()).getSlurryActiveMassGrams()).isEqualTo(0.2);
    assertThatThrownBy(() -> sheets.update(withSlurry(now, 0.25), "stale"))
        .isInstanceOf(ObjectOptimisticLockingFailureException.class);
  }

  @Test
  void aDiscCorrectionObeysTheRulesOfWeighingAndNeedsAReason() {
    Cell cell = fixtures.halfCell();
    DiscCorrection d = DiscCorrection.of(cell.getWorkingDisc());
    DiscCorrection lighter = new DiscCorrection(d.code(), d.version(), 12.0, 9.0, 10.0);
    assertThatThrownBy(() -> sheets.correctDisc(lighter, "re-weighed"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("not heavier than its blank foil");
    DiscCorrection right = new DiscCorrection(d.code(), d.version(), 12.0, 12.3, 10.0);
    assertThatThrownBy(() -> sheets.correctDisc(right, ""))
        .hasMessageContaining("Give a reason for the change");

    sheets.correctDisc(right, "re-weighed on the micro balance");

    assertThat(sheets.disc(d.code()).getDiscMassMilligrams()).isEqualTo(12.3);
    assertThat(history.history(org.cellbook.electrodes.Disc.class, sheets.disc(d.code()).getId()))
        .anySatisfy(h -> assertThat(h.reason()).isEqualTo("re-weighed on the micro balance"));
  }

  @Test
  void lotMaterialAndSeriesCorrectionsAskAReason() {
    Lot lot = fixtures.grams(MaterialKind.BINDER, 2);
    LotDetails d = LotDetails.of(lot);
    LotDetails backwards =
        new LotDetails(
            d.code(),
            d.version(),
            "Sigma",
            "B-77",
            LocalDate.of(2026, 3, 1),
            LocalDate.of(2026, 2, 1),
            "fridge",
            null);
    assertThatThrownBy(() -> lots.updateDetails(backwards, "supplier lot read again"))
        .hasMessageContaining("Expiry date is before the date received");
    lots.updateDetails(
        new LotDetails(
            d.code(), d.version(), "Sigma", "B-77", LocalDate.of(2026, 3, 1), null, "fridge", null),
        "supplier lot read again");
    assertThat(lots.get(lot.getCode()).getSupplierLot()).isEqualTo("B-77");

    Material m = materials.get(lot.getMaterial().getCode());
    m.setDensityGramsPerCm3(1.78);
    assertThatThrownBy(() -> materials.update(m, null)).hasMessageContaining("reason");
    materials.update(m, "density from the data sheet");
    assertThat(materials.get(m.getCode()).getDensityGramsPerCm3()).isEqualTo(1.78);
  }

  @Test
  void aSeriesIsRenamedWithAReasonAndWithdrawnOnlyAfterItsBatches() {
    BatchSeries series =
        batches.createSeries(
            new org.cellbook.synthesis.NewSeries(
                "molten-diffusion-carbonization",
                Fixtures.unique("S"),
                java.util.List.of(800.0, 900.0),
                java.util.Map.of(),
                java.util.List.of(),
                null,
                null,
                null));
    SeriesDetails d = SeriesDetails.of(series);
    batches.updateSeries(new SeriesDetails(d.code(), d.version(), "pyrolysis ramp", "x"), "typo");
    assertThat(batches.series(d.code()).getName()).isEqualTo("pyrolysis ramp");

    String first = batches.batchesOf(d.code()).getFirst().getCode();
    assertThatThrownBy(() -> batches.withdrawSeries(d.code(), "abandoned"))
        .hasMessageContaining("still used by batch " + first);
    batches.batchesOf(d.code()).forEach(b -> batches.withdraw(b.getCode(), "abandoned"));
    batches.withdrawSeries(d.code(), "abandoned");
    assertThat(batches.allSeries()).extracting(BatchSeries::getCode).doesNotContain(d.code());
  }
}

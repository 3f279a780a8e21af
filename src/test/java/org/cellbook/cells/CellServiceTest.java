package org.cellbook.cells;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.cellbook.Fixtures;
import org.cellbook.base.ValidationException;
import org.cellbook.electrodes.DiscMetrics;
import org.cellbook.electrodes.ElectrodeSheet;
import org.cellbook.electrodes.NewDisc;
import org.cellbook.electrodes.NewSheet;
import org.cellbook.electrodes.SheetService;
import org.cellbook.materials.AmountUnit;
import org.cellbook.materials.Lot;
import org.cellbook.materials.LotService;
import org.cellbook.materials.Material;
import org.cellbook.materials.MaterialKind;
import org.cellbook.materials.MaterialService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** Electrodes and cells through their services, on the real database. */
@SpringBootTest
@WithMockUser(username = "ana", roles = "RESEARCHER")
class CellServiceTest {

  @Autowired SheetService sheets;
  @Autowired CellService cells;
  @Autowired LotService lots;
  @Autowired MaterialService materials;
  @Autowired Fixtures fixtures;

  private Lot sodium;
  private Lot separator;
  private Lot electrolyte;

  private ElectrodeSheet sheet(
      Lot active, Double activePercent, Double binderPercent, Double slurryGrams) {
    Lot binder = fixtures.grams(MaterialKind.BINDER, 5);
    Lot foil =
        fixtures.lot(
            MaterialKind.CURRENT_COLLECTOR,
            AmountUnit.PIECE,
            10,
            m -> m.setArealMassMilligramsPerCm2(8.06));
    return sheets.create(
        new NewSheet(
            Fixtures.unique("sheet "),
            active.getCode(),
            binder.getCode(),
            null,
            foil.getCode(),
            activePercent,
            binderPercent,
            0.0,
            12.5,
            "water",
            "doctor blade",
            slurryGrams,
            "120 °C vacuum",
            LocalDate.now(),
            null,
            null));
  }

  /** A new sheet's only disc: 12 mm, 2.0 mg of coating on a 10.0 mg blank. */
  private String freeDisc() {
    ElectrodeSheet sheet =
        sheet(fixtures.grams(MaterialKind.SYNTHESISED_CARBON, 1), 90.0, 10.0, null);
    sheets.addDiscs(sheet.getCode(), List.of(new NewDisc(12.0, 12.0, 10.0)));
    return sheet.getCode() + "-D1";
  }

  private void cellLots() {
    sodium = fixtures.grams(MaterialKind.COUNTER_ELECTRODE, 5);
    separator = fixtures.lot(MaterialKind.SEPARATOR, AmountUnit.PIECE, 10, m -> {});
    electrolyte = fixtures.lot(MaterialKind.ELECTROLYTE, AmountUnit.MILLILITRE, 1.0, m -> {});
  }

  private AssembleCell half(String disc, Double microlitres) {
    return new AssembleCell(
        null,
        null,
        CellConfiguration.HALF,
        disc,
        sodium.getCode(),
        null,
        separator.getCode(),
        electrolyte.getCode(),
        microlitres,
        0.1,
        0.1,
        null,
        LocalDate.now(),
        null,
        "LAND",
        "1-1",
        null);
  }

  @Test
  void sheetTakesItsSlurryMassAndDiscsDeriveTheirLoading() {
    Lot active = fixtures.grams(MaterialKind.SYNTHESISED_CARBON, 1.0);
    ElectrodeSheet sheet = sheet(active, 90.0, 10.0, 0.25);
    assertThat(lots.get(active.getCode()).getAmountLeft()).isCloseTo(0.75, within(1e-9));

    ElectrodeSheet withDiscs =
        sheets.addDiscs(
            sheet.getCode(), List.of(new NewDisc(12.0, 12.0, 10.0), new NewDisc(12.0, 11.5, null)));
    assertThat(withDiscs.getDiscs())
        .extracting(d -> d.getCode())
        .containsExactly(sheet.getCode() + "-D1", sheet.getCode() + "-D2");
    // D1: (12.0 − 10.0) × 0.9 / 1.13097 = 1.5915 mg/cm²
    assertThat(withDiscs.getDiscs().get(0).metrics().loadingMilligramsPerCm2())
        .isCloseTo(1.5915, within(1e-4));
    // D2: blank from foil 8.06 mg/cm² × 1.13097 cm² = 9.1156 mg; (11.5 − 9.1156) × 0.9 / 1.13097 =
    // 1.8974
    DiscMetrics d2 = withDiscs.getDiscs().get(1).metrics();
    assertThat(d2.blankMassMilligrams()).isCloseTo(9.1156, within(1e-4));
    assertThat(d2.loadingMilligramsPerCm2()).isCloseTo(1.8974, within(1e-4));
  }

  @Test
  void fractionsMustAddUpToOneHundred() {
    assertThatThrownBy(
            () -> sheet(fixtures.grams(MaterialKind.SYNTHESISED_CARBON, 1), 90.0, 15.0, null))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("105 %");
  }

  @Test
  void discLighterThanItsBlankIsRefusedAndNoDiscIsAdded() {
    ElectrodeSheet sheet =
        sheet(fixtures.grams(MaterialKind.SYNTHESISED_CARBON, 1), 90.0, 10.0, null);
    assertThatThrownBy(
            () ->
                sheets.addDiscs(
                    sheet.getCode(),
                    List.of(new NewDisc(12.0, 12.0, 10.0), new NewDisc(12.0, 9.0, 10.0))))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .extracting(ValidationException.Problem::field)
                    .containsExactly("discs[1].discMass"));
    assertThat(sheets.get(sheet.getCode()).getDiscs()).isEmpty();
  }

  @Test
  void assemblyTakesElectrolyteAndSeparatorAndADiscIsUsedOnce() {
    cellLots();
    String disc = freeDisc();

    Cell cell = cells.assemble(half(disc, 60.0));

    assertThat(cell.getCode()).matches("C-\\d{4}-\\d{4}");
    assertThat(cell.getAssembledBy()).isEqualTo("ana");
    assertThat(lots.get(electrolyte.getCode()).getAmountLeft()).isCloseTo(0.94, within(1e-9));
    assertThat(lots.get(separator.getCode()).getAmountLeft()).isEqualTo(9.0);
    assertThat(cells.freeDiscs()).extracting(d -> d.getCode()).doesNotContain(disc);
    assertThatThrownBy(() -> cells.assemble(half(disc, 60.0)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("already in cell " + cell.getCode());
  }

  @Test
  void refusedAssemblyTakesNothing() {
    cellLots();
    electrolyte = fixtures.lot(MaterialKind.ELECTROLYTE, AmountUnit.MILLILITRE, 0.1, m -> {});
    String disc = freeDisc();
    // 0.2 mL of electrolyte from a 0.1 mL lot.
    assertThatThrownBy(() -> cells.assemble(half(disc, 200.0)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("only 0.1 mL left");
    assertThat(lots.get(electrolyte.getCode()).getAmountLeft()).isEqualTo(0.1);
    assertThat(lots.get(separator.getCode()).getAmountLeft()).isEqualTo(10.0);
    assertThat(cells.freeDiscs()).extracting(d -> d.getCode()).contains(disc);
  }

  @Test
  void electrolyteVolumeGloveboxPpmAndTestTemperatureAreInPhysicalRanges() {
    cellLots();
    String disc = freeDisc();
    AssembleCell flooded = half(disc, 500.1);
    assertThatThrownBy(() -> cells.assemble(flooded))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        new ValidationException.Problem(
                            "electrolyteVolume",
                            "Electrolyte volume in a CR2032 cell must be greater than 0 and at"
                                + " most 500 µL, not 500.1")));
    AssembleCell wet = withConditions(half(disc, 60.0), 1000.1, -0.1, 200.5);
    assertThatThrownBy(() -> cells.assemble(wet))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .extracting(ValidationException.Problem::field)
                    .containsExactly("waterPpm", "oxygenPpm", "testTemperature"));
    AssembleCell frozen = withConditions(half(disc, 60.0), 0.1, 0.1, -80.5);
    assertThatThrownBy(() -> cells.assemble(frozen))
        .isInstanceOf(ValidationException.class)
        .hasMessage("testTemperature: Test temperature must be between -80 and 200 °C, not -80.5");
    assertThat(lots.get(electrolyte.getCode()).getAmountLeft()).isEqualTo(1.0);
    assertThat(cells.freeDiscs()).extracting(d -> d.getCode()).contains(disc);

    Cell atTheLimits = cells.assemble(withConditions(half(disc, 500.0), 1000.0, 0.0, 200.0));
    assertThat(atTheLimits.getElectrolyteVolumeMicrolitres()).isEqualTo(500.0);
    assertThat(atTheLimits.getTestTemperatureCelsius()).isEqualTo(200.0);
    String second = freeDisc();
    assertThat(
            cells
                .assemble(withConditions(half(second, 60.0), 0.1, 0.1, -80.0))
                .getTestTemperatureCelsius())
        .isEqualTo(-80.0);
  }

  private static AssembleCell withConditions(
      AssembleCell c, Double water, Double oxygen, Double testCelsius) {
    return new AssembleCell(
        c.name(),
        c.format(),
        c.configuration(),
        c.workingDiscCode(),
        c.counterLotCode(),
        c.counterDiscCode(),
        c.separatorLotCode(),
        c.electrolyteLotCode(),
        c.electrolyteVolumeMicrolitres(),
        water,
        oxygen,
        testCelsius,
        c.assembledOn(),
        c.assembledBy(),
        c.cycler(),
        c.channel(),
        c.notes());
  }

  @Test
  void fullCellGetsItsNpRatio() {
    cellLots();
    Lot anodeLot =
        fixtures.lot(
            MaterialKind.SYNTHESISED_CARBON,
            AmountUnit.GRAM,
            1,
            m -> m.setReferenceCapacityMilliAmpHoursPerGram(346.0));
    Lot cathodeLot =
        fixtures.lot(
            MaterialKind.CATHODE_ACTIVE,
            AmountUnit.GRAM,
            1,
            m -> m.setReferenceCapacityMilliAmpHoursPerGram(118.0));
    ElectrodeSheet anode = sheet(anodeLot, 90.0, 10.0, null);
    ElectrodeSheet cathode = sheet(cathodeLot, 90.0, 10.0, null);
    // Anode 1.50 mg/cm²: coating 1.50 × 1.13097 / 0.9 = 1.8850 mg; cathode 3.81 mg/cm²: 4.7878 mg.
    sheets.addDiscs(anode.getCode(), List.of(new NewDisc(12.0, 10.0 + 1.8850, 10.0)));
    sheets.addDiscs(cathode.getCode(), List.of(new NewDisc(12.0, 10.0 + 4.7878, 10.0)));

    Cell full =
        cells.assemble(
            new AssembleCell(
                "full",
                CellFormat.CR2032,
                CellConfiguration.FULL,
                anode.getCode() + "-D1",
                null,
                cathode.getCode() + "-D1",
                separator.getCode(),
                electrolyte.getCode(),
                60.0,
                0.1,
                0.1,
                null,
                LocalDate.now(),
                null,
                null,
                null,
                null));

    FullCellBalance balance = cells.balance(cells.get(full.getCode())).orElseThrow();
    // N/P = (1.50 × 346) / (3.81 × 118) = 1.154
    assertThat(balance.negativeToPositiveRatio()).isCloseTo(1.154, within(1e-3));
    assertThat(balance.massRatio()).isEqualTo("1 : 2.54");
  }

  @Test
  void fullCellNeedsAPositiveDisc() {
    cellLots();
    assertThatThrownBy(
            () ->
                cells.assemble(
                    new AssembleCell(
                        null,
                        null,
                        CellConfiguration.FULL,
                        "E-X-D1",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .extracting(ValidationException.Problem::field)
                    .contains("counterDisc"));
  }

  @Test
  void concurrentStatusChangesConflict() {
    cellLots();
    String disc = freeDisc();
    Cell cell = cells.assemble(half(disc, 60.0));
    long seenByBoth = cells.get(cell.getCode()).getVersion();

    cells.changeStatus(cell.getCode(), seenByBoth, CellStatus.ON_TEST, "on channel 1-1");
    assertThatThrownBy(
            () -> cells.changeStatus(cell.getCode(), seenByBoth, CellStatus.FAILED, "shorted"))
        .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    assertThat(cells.get(cell.getCode()).getStatus()).isEqualTo(CellStatus.ON_TEST);
  }

  @Test
  void staleCatalogueEditIsDetectedByItsVersion() {
    Material fresh =
        materials.save(new Material(Fixtures.unique("MV"), "optimistic", MaterialKind.OTHER));
    Material mine = materials.get(fresh.getCode());
    Material theirs = materials.get(fresh.getCode());
    theirs.setNotes("theirs");
    materials.save(theirs);
    mine.setNotes("mine");
    assertThatThrownBy(() -> materials.save(mine))
        .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    assertThat(materials.get(fresh.getCode()).getNotes()).isEqualTo("theirs");
  }

  @Test
  @WithMockUser(roles = "VIEWER")
  void viewerCannotAssembleCells() {
    assertThatThrownBy(
            () ->
                cells.assemble(
                    new AssembleCell(
                        null,
                        null,
                        CellConfiguration.HALF,
                        "E-1-D1",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null)))
        .isInstanceOf(AccessDeniedException.class);
  }
}

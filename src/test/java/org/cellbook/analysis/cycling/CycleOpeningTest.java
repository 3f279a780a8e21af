package org.cellbook.analysis.cycling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.cellbook.analysis.importers.CyclerImporters;
import org.cellbook.analysis.importers.ImportOptions;
import org.cellbook.analysis.series.CellSeries;
import org.cellbook.analysis.testdata.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Which half cycle opens a cycle, partial starts, and the instrument's cycle numbers (anode half
 * cell sodiation then desodiation; cathode or full cell charge then discharge; CE = Q_closing /
 * Q_opening).
 */
class CycleOpeningTest {

  @Test
  void aCathodeFileOpeningWithAPartialDischargeGetsChargeThenDischargeCycles() throws Exception {
    // navani jdb11 (MIT): 2.0–3.8 V cathode half cell; 0.2065 mAh partial discharge from OCV, then
    // 0.9868 mAh charge and 0.8529 mAh discharge. CE_1 = 0.852855 / 0.986781 = 0.86428 (the
    // manifest's CE of the first complete cycle); before, the partial discharge opened cycle 1 and
    // gave ICE 477.8 %.
    CellSeries s =
        CyclerImporters.importFile(
            SharedData.file("navani__jdb11-1_c3_gcpl_5cycles_2V-3p8V_C-24_data_C09.mpr"),
            ImportOptions.defaults());

    CyclingResult r = CyclingAnalysis.analyze(s, CyclingOptions.defaults());

    assertThat(r.openingDirection()).isEqualTo(CurrentDirection.OXIDATION);
    assertThat(r.initialCoulombicEfficiency()).isCloseTo(0.852855 / 0.986781, within(2e-5));
    assertThat(r.cycles()).allSatisfy(c -> assertThat(c.split()).isNull());
    assertThat(r.cycles())
        .filteredOn(Cycle::complete)
        .allSatisfy(c -> assertThat(c.coulombicEfficiency()).isBetween(0.8, 1.0));
    assertThat(r.diagnostics())
        .anySatisfy(d -> assertThat(d).contains("window 2.00–3.80 V", "cathode half cell"))
        .anySatisfy(d -> assertThat(d).contains("partial start", "0.2065 mAh"));
  }

  @Test
  void aMicroAmpBlipBeforeTheFirstChargeOpensNothingAndLaterCyclesPairChargeWithDischarge() {
    // Arbin-like: a −2 µA step worth 0.002 mAh, then charge 1.0 / discharge 0.95 / charge 0.97 /
    // discharge 0.95 mAh in 3.0–4.2 V. Pairing the blip with the charge gave CE 500 and every
    // later cycle charge_n / discharge_(n−1); now CE_1 = 0.95 / 1.0 and CE_2 = 0.95 / 0.97.
    CellSeries s =
        SeriesFixture.create()
            .withoutCycleIndex()
            .ccStep(0, 2, 3.5, 3.5, -0.002, 1, 0)
            .ccStep(10000, 2, 3.0, 4.2, 1.0, 2, 0)
            .ccStep(20000, 2, 4.2, 3.0, -0.95, 3, 0)
            .ccStep(30000, 2, 3.0, 4.2, 0.97, 4, 0)
            .ccStep(40000, 2, 4.2, 3.0, -0.95, 5, 0)
            .build();

    CyclingResult r = CyclingAnalysis.analyze(s, CyclingOptions.defaults());

    assertThat(r.openingDirection()).isEqualTo(CurrentDirection.OXIDATION);
    assertThat(r.cycles()).extracting(Cycle::number).containsExactly(1, 2);
    assertThat(r.initialCoulombicEfficiency()).isCloseTo(0.95, within(1e-12));
    assertThat(r.cycle(2).coulombicEfficiency()).isCloseTo(0.95 / 0.97, within(1e-12));
  }

  @Test
  void aCathodeThatStartsWithAFullDischargeStillOpensWithCharge() {
    // discharge 1.0 (not partial: the next charge is 1.0), then charge 1.0 / discharge 0.98:
    // cycle 1 holds the lone discharge, ICE is cycle 2's 0.98 / 1.0
    CellSeries s =
        SeriesFixture.create()
            .withoutCycleIndex()
            .ccStep(0, 2, 4.0, 2.0, -1.0, 1, 0)
            .ccStep(10000, 2, 2.0, 4.0, 1.0, 2, 0)
            .ccStep(20000, 2, 4.0, 2.0, -0.98, 3, 0)
            .build();

    CyclingResult r = CyclingAnalysis.analyze(s, CyclingOptions.defaults());

    assertThat(r.openingDirection()).isEqualTo(CurrentDirection.OXIDATION);
    assertThat(r.cycle(1).complete()).isFalse();
    assertThat(r.initialCoulombicEfficiency()).isCloseTo(0.98, within(1e-12));
  }

  @Test
  void theInstrumentsNumbersAreKeptAndACycleOfThreeHalvesStaysOneCycle() {
    // Maccor-like export starting at cycle 86 in 2.7–4.2 V; cycle 89 holds charge, discharge,
    // charge (a diagnostic top-up): it stays cycle 89 with no CE, its charge summed as Maccor does
    CellSeries s =
        SeriesFixture.create()
            .ccStep(0, 2, 2.7, 4.2, 1.0, 1, 86)
            .ccStep(10000, 2, 4.2, 2.7, -0.99, 2, 86)
            .ccStep(20000, 2, 2.7, 4.2, 1.0, 3, 87)
            .ccStep(30000, 2, 4.2, 2.7, -0.99, 4, 87)
            .ccStep(40000, 2, 2.7, 4.2, 1.0, 5, 88)
            .ccStep(50000, 2, 4.2, 2.7, -0.98, 6, 88)
            .ccStep(60000, 2, 2.7, 4.2, 1.0, 7, 89)
            .ccStep(70000, 2, 4.2, 2.7, -0.98, 8, 89)
            .ccStep(80000, 2, 2.7, 3.7, 0.5, 9, 89)
            .ccStep(90000, 2, 2.7, 4.2, 1.0, 10, 90)
            .ccStep(100000, 2, 4.2, 2.7, -0.97, 11, 90)
            .build();

    CyclingResult r = CyclingAnalysis.analyze(s, CyclingOptions.defaults());

    assertThat(r.source()).isEqualTo(CycleSource.INSTRUMENT);
    assertThat(r.cycles()).extracting(Cycle::number).containsExactly(86, 87, 88, 89, 90);
    assertThat(r.initialCoulombicEfficiency()).isCloseTo(0.99, within(1e-12));
    Cycle odd = r.cycle(89);
    assertThat(odd.coulombicEfficiency()).isNull();
    assertThat(odd.oxidationMilliAmpHours()).isCloseTo(1.5, within(1e-12));
    assertThat(odd.reductionMilliAmpHours()).isCloseTo(0.98, within(1e-12));
    assertThat(r.cycles().getLast().number()).isEqualTo(90);
    assertThat(r.diagnostics())
        .anySatisfy(
            d -> assertThat(d).contains("instrument cycle 89 holds 3 half cycles", "no CE"));
  }

  @Test
  void instrumentCyclesThatStartWithTheClosingHalfArePairedByTheOpeningHalfsNumber() {
    // anode half cell whose instrument increments the cycle at each sodiation's end:
    // cycles [sodiation], [desodiation, sodiation], [desodiation]
    CellSeries s =
        SeriesFixture.create()
            .ccStep(0, 2, 1.0, 0.01, -2.0, 1, 1)
            .ccStep(10000, 2, 0.01, 2.0, 1.6, 2, 2)
            .ccStep(20000, 2, 2.0, 0.01, -1.8, 3, 2)
            .ccStep(30000, 2, 0.01, 2.0, 1.7, 4, 3)
            .build();

    CyclingResult r = CyclingAnalysis.analyze(s, CyclingOptions.defaults());

    assertThat(r.openingDirection()).isEqualTo(CurrentDirection.REDUCTION);
    assertThat(r.source()).isEqualTo(CycleSource.REBUILT);
    assertThat(r.cycles()).extracting(Cycle::number).containsExactly(1, 2);
    assertThat(r.initialCoulombicEfficiency()).isCloseTo(0.8, within(1e-12));
    assertThat(r.cycle(2).coulombicEfficiency()).isCloseTo(1.7 / 1.8, within(1e-12));
  }

  @Test
  void anIndexThatNeverChangesIsNotTakenForCycles() throws Exception {
    // cellpy maccor_001 (MIT): Cyc# is 0 on every record of a four-rate test at 2.5–4.2 V; its
    // first discharge (637.8 mAh) is a partial start before 4.52 Ah charges
    CellSeries s =
        CyclerImporters.importFile(
            SharedData.file("cellpy__maccor_001.txt"), ImportOptions.defaults());

    CyclingResult r = CyclingAnalysis.analyze(s, CyclingOptions.defaults());

    assertThat(r.source()).isEqualTo(CycleSource.REBUILT);
    assertThat(r.sourceReason()).contains("takes 1 value over 8 half cycles");
    assertThat(r.openingDirection()).isEqualTo(CurrentDirection.OXIDATION);
    assertThat(r.cycles()).hasSize(4).allSatisfy(c -> assertThat(c.complete()).isTrue());
  }

  @Test
  void aChosenOpeningThatContradictsTheWindowIsKeptAndQuestioned() {
    CellSeries s =
        SeriesFixture.create()
            .withoutCycleIndex()
            .ccStep(0, 2, 2.0, 4.0, 1.0, 1, 0)
            .ccStep(10000, 2, 4.0, 2.0, -0.98, 2, 0)
            .build();

    CyclingResult r =
        CyclingAnalysis.analyze(
            s, CyclingOptions.defaults().withConvention(CycleConvention.REDUCTION_FIRST));

    assertThat(r.openingDirection()).isEqualTo(CurrentDirection.REDUCTION);
    assertThat(r.diagnostics())
        .anySatisfy(d -> assertThat(d).contains("(chosen)", "although the window 2.00–4.00 V"));
  }

  @Test
  void theSplitIsTakenOnTheReversibleHalfOfAnAnodeAndAddsUpToIt() {
    // plateau + sloping = Q_desodiation of the same cycle (the plateau/slope split)
    CellSeries s =
        SeriesFixture.create()
            .ccStep(0, 3, 1.0, 0.01, -1.0, 1, 1)
            .ccStep(10000, 5, 0.01, 2.0, 0.4, 2, 1)
            .build();

    CyclingResult r = CyclingAnalysis.analyze(s, CyclingOptions.defaults());

    Cycle c = r.cycle(1);
    assertThat(c.split().plateauMilliAmpHours() + c.split().slopeMilliAmpHours())
        .isCloseTo(c.reversibleMilliAmpHours(), within(1e-12));
  }
}

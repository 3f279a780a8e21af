package org.cellbook.analysis.cycling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.cellbook.analysis.series.CellSeries;
import org.cellbook.analysis.series.InstrumentStepType;
import org.junit.jupiter.api.Test;

/** Hand-computed cases; each test names the formula it checks. */
class CyclingAnalysisTest {

  /** Two anode cycles: sodiation 2 mAh / desodiation 1.6 mAh, then 1.8 / 1.7 mAh. */
  private static CellSeries twoAnodeCycles() {
    return SeriesFixture.create()
        .rest(0, 2.5, 1, 1)
        .ccStep(100, 3, 1.0, 0.01, -1.0, 2, 1) // 0, 1, 2 mAh
        .rest(8000, 0.05, 3, 1)
        .ccStep(9000, 2, 0.05, 2.0, 1.6, 4, 1) // 0, 1.6 mAh
        .ccStep(20000, 2, 1.0, 0.01, -1.8, 5, 2) // 0, 1.8 mAh
        .ccStep(30000, 2, 0.05, 2.0, 1.7, 6, 2) // 0, 1.7 mAh
        .build();
  }

  @Test
  void iceIsDesodiationOverSodiationOfFirstCycle() {
    // CE_n = Q_desodiation,n / Q_sodiation,n ; ICE = CE_1 = 1.6 / 2.0
    CyclingResult r = CyclingAnalysis.analyze(twoAnodeCycles(), CyclingOptions.defaults());

    assertThat(r.openingDirection()).isEqualTo(CurrentDirection.REDUCTION);
    assertThat(r.initialCoulombicEfficiency()).isCloseTo(0.8, within(1e-12));
    assertThat(r.cycle(2).coulombicEfficiency()).isCloseTo(1.7 / 1.8, within(1e-12));
    assertThat(r.cycle(1).reversibleMilliAmpHours()).isCloseTo(1.6, within(1e-12));
    assertThat(r.source()).isEqualTo(CycleSource.INSTRUMENT);
  }

  @Test
  void specificAndArealCapacitiesDivideByMassAndArea() {
    // Q/m: 1.6 mAh / 0.002 g = 800 mAh/g ; Q/A: 1.6 mAh / 2 cm² = 0.8 mAh/cm²
    CyclingResult r =
        CyclingAnalysis.analyze(
            twoAnodeCycles(),
            CyclingOptions.defaults().withActiveMassMilligrams(2.0).withAreaSquareCentimetres(2.0));

    assertThat(r.cycle(1).reversibleMilliAmpHoursPerGram()).isCloseTo(800, within(1e-9));
    assertThat(r.cycle(1).reversibleMilliAmpHoursPerSquareCentimetre())
        .isCloseTo(0.8, within(1e-12));
    assertThat(r.cycle(1).openingMilliAmpHoursPerGram()).isCloseTo(1000, within(1e-9));
    // current density j = |I| / m = 1.6 mA / 0.002 g
    assertThat(r.cycle(1).currentDensity()).isCloseTo(800, within(1e-9));
  }

  @Test
  void cathodeConventionMakesCeDischargeOverCharge() {
    // cathode / full cell: CE = Q_discharge / Q_charge; a leading discharge is an incomplete cycle
    CyclingResult r =
        CyclingAnalysis.analyze(
            twoAnodeCycles(),
            CyclingOptions.defaults()
                .withConvention(CycleConvention.OXIDATION_FIRST)
                .withInstrumentCycles(false));

    assertThat(r.cycles()).hasSize(3);
    assertThat(r.cycle(1).complete()).isFalse();
    assertThat(r.cycle(2).coulombicEfficiency()).isCloseTo(1.8 / 1.6, within(1e-12));
    assertThat(r.initialCoulombicEfficiency()).isCloseTo(1.8 / 1.6, within(1e-12));
  }

  @Test
  void cyclesAreRebuiltWhenTheInstrumentIndexDisagreesAndTheReasonIsGiven() {
    // all four half cycles carry instrument cycle 7
    CellSeries s =
        SeriesFixture.create()
            .ccStep(0, 2, 1.0, 0.01, -1.0, 1, 7)
            .ccStep(10000, 2, 0.05, 2.0, 0.9, 2, 7)
            .ccStep(20000, 2, 1.0, 0.01, -1.0, 3, 7)
            .ccStep(30000, 2, 0.05, 2.0, 0.95, 4, 7)
            .build();

    CyclingResult r = CyclingAnalysis.analyze(s, CyclingOptions.defaults());

    assertThat(r.source()).isEqualTo(CycleSource.REBUILT);
    assertThat(r.sourceReason())
        .contains(
            "it takes 1 value over 4 half cycles, so it does not count charge/discharge cycles");
    assertThat(r.cycles()).extracting(Cycle::number).containsExactly(1, 2);
    assertThat(r.cycle(2).coulombicEfficiency()).isCloseTo(0.95, within(1e-12));
    assertThat(r.instrumentCycleTotals())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.oxidationMilliAmpHours()).isCloseTo(1.85, within(1e-12));
              assertThat(t.reductionMilliAmpHours()).isCloseTo(2.0, within(1e-12));
            });
  }

  @Test
  void restsBetweenStepsOfOneDirectionDoNotSplitAHalfCycle() {
    // GITT-like: two sodiation pulses separated by a rest form one half cycle, Q = 0.5 + 0.5
    CellSeries s =
        SeriesFixture.create()
            .ccStep(0, 2, 1.0, 0.9, -0.5, 1, 1)
            .rest(4000, 0.95, 2, 1)
            .ccStep(5000, 2, 0.9, 0.8, -0.5, 3, 1)
            .build();

    CyclingResult r = CyclingAnalysis.analyze(s, CyclingOptions.defaults());

    assertThat(r.halfCycles())
        .singleElement()
        .satisfies(
            h -> {
              assertThat(h.steps()).isEqualTo(2);
              assertThat(h.capacityMilliAmpHours()).isCloseTo(1.0, within(1e-12));
            });
  }

  @Test
  void withoutAChargeColumnCapacityAndEnergyIntegrateCurrent() {
    // Q = ∫|I| dt = 2 mA · 1800 s / 3600 = 1 mAh ; E = ∫ V |I| dt = 3 V · 1 mAh = 3 mWh ; V̄ = E/Q
    CellSeries s =
        SeriesFixture.create()
            .withoutChargeColumn()
            .add(0, 3.0, 2.0, 0, 1, 1, InstrumentStepType.CC_CHARGE)
            .add(900, 3.0, 2.0, 0, 1, 1, InstrumentStepType.CC_CHARGE)
            .add(1800, 3.0, 2.0, 0, 1, 1, InstrumentStepType.CC_CHARGE)
            .build();

    HalfCycle h = CyclingAnalysis.analyze(s, CyclingOptions.defaults()).halfCycles().getFirst();

    assertThat(h.capacityMilliAmpHours()).isCloseTo(1.0, within(1e-12));
    assertThat(h.energyMilliWattHours()).isCloseTo(3.0, within(1e-12));
    assertThat(h.meanVoltageVolts()).isCloseTo(3.0, within(1e-12));
    assertThat(h.meanCurrentMilliAmps()).isCloseTo(2.0, within(1e-12));
  }

  @Test
  void energyIsTheIntegralOfVoltageOverCharge() {
    // E = Σ ΔQ · (V_i−1 + V_i)/2 = 1·(0.05+0.55)/2 + 1·(0.55+1.05)/2 = 1.1 mWh; V̄ = 1.1 / 2
    CellSeries s =
        SeriesFixture.create()
            .add(0, 0.05, 1, 0, 1, 1, InstrumentStepType.CC_CHARGE)
            .add(3600, 0.55, 1, 1, 1, 1, InstrumentStepType.CC_CHARGE)
            .add(7200, 1.05, 1, 2, 1, 1, InstrumentStepType.CC_CHARGE)
            .build();

    HalfCycle h = CyclingAnalysis.analyze(s, CyclingOptions.defaults()).halfCycles().getFirst();

    assertThat(h.energyMilliWattHours()).isCloseTo(1.1, within(1e-12));
    assertThat(h.meanVoltageVolts()).isCloseTo(0.55, within(1e-12));
  }

  @Test
  void restOnlyFileHasNoHalfCyclesAndNoCycles() {
    // an OCV record: nothing to cycle, and nothing may break
    CellSeries s = SeriesFixture.create().rest(0, -0.37, 1, 1).rest(10, -0.37, 1, 1).build();

    CyclingResult r = CyclingAnalysis.analyze(s, CyclingOptions.defaults());

    assertThat(r.halfCycles()).isEmpty();
    assertThat(r.cycles()).isEmpty();
    assertThat(r.initialCoulombicEfficiency()).isNull();
    assertThat(r.rateTable().groups()).isEmpty();
  }

  @Test
  void hysteresisIsMeanOxidationMinusMeanReductionVoltage() {
    // reduction at a constant 0.2 V, oxidation at a constant 0.5 V → ΔV = 0.3 V
    CellSeries s =
        SeriesFixture.create()
            .ccStep(0, 3, 0.2, 0.2, -1, 1, 1)
            .ccStep(20000, 3, 0.5, 0.5, 1, 2, 1)
            .build();

    Cycle c = CyclingAnalysis.analyze(s, CyclingOptions.defaults()).cycle(1);

    assertThat(c.voltageHysteresisVolts()).isCloseTo(0.3, within(1e-12));
  }

  @Test
  void plateauIsCapacityDeliveredBelowVcutWithLinearInterpolation() {
    // desodiation V = 0.05, 0.08, 0.12, 0.5, 1.5 at Q = 0..4 mAh.
    // Plateau (V < 0.1): 1 + (0.1 − 0.08)/(0.12 − 0.08) · 1 = 1.5 mAh; slope 2.5 mAh.
    // Below 1 V: 3 + (1 − 0.5)/(1.5 − 0.5) · 1 = 3.5 mAh → fraction 0.875.
    CellSeries s =
        SeriesFixture.create()
            .ccStep(0, 2, 1.0, 0.001, -1, 1, 1)
            .add(10000, 0.05, 1, 0, 2, 1, InstrumentStepType.CC_CHARGE)
            .add(13600, 0.08, 1, 1, 2, 1, InstrumentStepType.CC_CHARGE)
            .add(17200, 0.12, 1, 2, 2, 1, InstrumentStepType.CC_CHARGE)
            .add(20800, 0.5, 1, 3, 2, 1, InstrumentStepType.CC_CHARGE)
            .add(24400, 1.5, 1, 4, 2, 1, InstrumentStepType.CC_CHARGE)
            .build();

    VoltageSplit split = CyclingAnalysis.analyze(s, CyclingOptions.defaults()).cycle(1).split();

    assertThat(split.direction()).isEqualTo(CurrentDirection.OXIDATION);
    assertThat(split.plateauMilliAmpHours()).isCloseTo(1.5, within(1e-12));
    assertThat(split.slopeMilliAmpHours()).isCloseTo(2.5, within(1e-12));
    assertThat(split.plateauFraction()).isCloseTo(0.375, within(1e-12));
    assertThat(split.belowOneVoltMilliAmpHours()).isCloseTo(3.5, within(1e-12));
    assertThat(split.belowOneVoltFraction()).isCloseTo(0.875, within(1e-12));

    VoltageSplit at02 =
        CyclingAnalysis.analyze(s, CyclingOptions.defaults().withPlateauCutVolts(0.2))
            .cycle(1)
            .split();
    // 2 + (0.2 − 0.12)/(0.5 − 0.12) · 1
    assertThat(at02.plateauMilliAmpHours()).isCloseTo(2 + 0.08 / 0.38, within(1e-12));
  }

  @Test
  void retentionIsRelativeToTheFirstCycleAtTheSameRateAfterFormation() {
    // rev. capacities 1.0 (formation), 0.9, 0.85, 0.81 at one rate; formation = 1 cycle
    // retention_n = Q_n / Q_2 → cycle 4: 0.81 / 0.9
    SeriesFixture f = SeriesFixture.create();
    double[] rev = {1.0, 0.9, 0.85, 0.81};
    int step = 1;
    for (int c = 0; c < rev.length; c++) {
      double t = c * 100000.0;
      f.ccStep(t, 2, 1.0, 0.01, -1.0, step++, c + 1);
      f.add(t + 50000, 0.05, 1.0, 0, step, c + 1, InstrumentStepType.CC_CHARGE);
      f.add(
          t + 50000 + rev[c] * 3600, 2.0, 1.0, rev[c], step++, c + 1, InstrumentStepType.CC_CHARGE);
    }

    CyclingResult r =
        CyclingAnalysis.analyze(f.build(), CyclingOptions.defaults().withFormationCycles(1));

    assertThat(r.cycle(1).retention()).isNull();
    assertThat(r.cycle(2).retention()).isCloseTo(1.0, within(1e-12));
    assertThat(r.cycle(4).retention()).isCloseTo(0.81 / 0.9, within(1e-12));
  }

  @Test
  void rateTableGroupsWithinFivePercentAndReportsRetentionAndReturn() {
    // j: 10, 10.4 (+4 %), 20, 20, 10 mA/g → groups {1,2}, {3,4}, {5}
    // rev: 2.0, 1.9, 1.0, 1.2, 1.95 mAh → means 1.95, 1.1, 1.95
    // retention vs lowest rate = 1.1 / 1.95 ; return recovery = 1.95 / 1.95
    double[] current = {1.0, 1.04, 2.0, 2.0, 1.0};
    double[] rev = {2.0, 1.9, 1.0, 1.2, 1.95};
    SeriesFixture f = SeriesFixture.create();
    int step = 1;
    for (int c = 0; c < rev.length; c++) {
      double t = c * 100000.0;
      f.ccStep(t, 2, 1.0, 0.01, -current[c], step++, c + 1);
      double hours = rev[c] / current[c];
      f.add(t + 50000, 0.05, current[c], 0, step, c + 1, InstrumentStepType.CC_CHARGE);
      f.add(
          t + 50000 + hours * 3600,
          2.0,
          current[c],
          rev[c],
          step++,
          c + 1,
          InstrumentStepType.CC_CHARGE);
    }

    RateTable t =
        CyclingAnalysis.analyze(
                f.build(), CyclingOptions.defaults().withActiveMassMilligrams(100.0))
            .rateTable();

    assertThat(t.groups()).extracting(RateGroup::cycles).containsExactly(2, 2, 1);
    assertThat(t.groups().get(0).meanCurrentDensity()).isCloseTo(10.2, within(1e-9));
    assertThat(t.groups().get(1).meanReversibleCapacity()).isCloseTo(11.0, within(1e-9));
    assertThat(t.groups().get(1).retentionVsLowestRate()).isCloseTo(1.1 / 1.95, within(1e-12));
    assertThat(t.groups().get(1).firstReversibleCapacity()).isCloseTo(10.0, within(1e-9));
    assertThat(t.groups().get(1).lastReversibleCapacity()).isCloseTo(12.0, within(1e-9));
    assertThat(t.returnGroup()).isEqualTo(2);
    assertThat(t.returnRecovery()).isCloseTo(1.0, within(1e-12));
  }
}

package org.cellbook.analysis.cycling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.cellbook.analysis.importers.CyclerImporters;
import org.cellbook.analysis.importers.ImportOptions;
import org.cellbook.analysis.series.CellSeries;
import org.cellbook.analysis.series.InstrumentStepType;
import org.cellbook.analysis.testdata.SharedData;
import org.junit.jupiter.api.Test;

class DifferentialCapacityTest {

  @Test
  void linearChargeVersusVoltageGivesConstantSlope() {
    // Q = 2 mAh/V · (V − 0.1) on 0.1 → 1.1 V ⇒ dQ/dV = 2 mAh/V in every bin, smoothing included
    SeriesFixture f = SeriesFixture.create();
    for (int k = 0; k <= 100; k++) {
      double v = 0.1 + 0.01 * k;
      f.add(k * 36.0, v, 1, 2 * (v - 0.1), 1, 1, InstrumentStepType.CC_CHARGE);
    }
    CellSeries s = f.build();
    HalfCycle h = CyclingAnalysis.analyze(s, CyclingOptions.defaults()).halfCycles().getFirst();

    DifferentialCapacity d = DifferentialCapacity.of(s, h, 0.005);

    assertThat(d.voltageVolts()).hasSize(200);
    assertThat(d.voltageVolts()[0]).isCloseTo(0.1025, within(1e-9));
    for (double y : d.smoothed()) {
      assertThat(y).isCloseTo(2.0, within(1e-9));
    }
    assertThat(d.smoothing()).contains("Savitzky–Golay");
  }

  @Test
  void peakOfAGaussianIsFoundAtItsCentre() {
    // Q(V) = ∫ exp(−((V − 0.6)/0.05)²) dV + 0.1·V ⇒ one peak at 0.6 V, height 1 + 0.1 mAh/V
    SeriesFixture f = SeriesFixture.create();
    double q = 0;
    double prev = 0.2;
    for (int k = 0; k <= 800; k++) {
      double v = 0.2 + 0.001 * k;
      double mid = 0.5 * (v + prev);
      q += (Math.exp(-Math.pow((mid - 0.6) / 0.05, 2)) + 0.1) * (v - prev);
      prev = v;
      f.add(k * 10.0, v, 1, q, 1, 1, InstrumentStepType.CC_CHARGE);
    }
    CellSeries s = f.build();
    HalfCycle h = CyclingAnalysis.analyze(s, CyclingOptions.defaults()).halfCycles().getFirst();

    DifferentialCapacity d = DifferentialCapacity.of(s, h, 0.005);

    assertThat(d.peaks())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.voltageVolts()).isCloseTo(0.6, within(0.0051));
              assertThat(p.heightMilliAmpHoursPerVolt()).isCloseTo(1.1, within(0.01));
            });
  }

  @Test
  void sodiationBranchOfTheLandFileHasItsPlateauPeakNearZeroVolt() throws Exception {
    CellSeries s =
        CyclerImporters.importFile(
            SharedData.file("land/synthetic_LAND_NaHC_formation_rate.txt"),
            ImportOptions.defaults());
    CyclingResult r = CyclingAnalysis.analyze(s, CyclingOptions.defaults());
    HalfCycle desod = r.cycle(2).half(CurrentDirection.OXIDATION);

    DifferentialCapacity d = DifferentialCapacity.of(s, desod, 0.005);

    // the plateau of hard carbon (~59 % of the capacity below 0.1 V) makes the largest peak
    DifferentialCapacity.Peak highest =
        d.peaks().stream()
            .max(
                (a, b) ->
                    Double.compare(a.heightMilliAmpHoursPerVolt(), b.heightMilliAmpHoursPerVolt()))
            .orElseThrow();
    assertThat(highest.voltageVolts()).isLessThan(0.15);
    // Σ dQ/dV · ΔV over the grid ≈ Q of the branch inside the grid
    double sum = 0;
    for (double y : d.raw()) {
      sum += y * 0.005;
    }
    assertThat(sum)
        .isCloseTo(desod.capacityMilliAmpHours(), within(0.02 * desod.capacityMilliAmpHours()));
  }
}

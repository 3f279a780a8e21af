package org.cellbook.analysis.voltammetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cellbook.analysis.importers.CyclerImporters;
import org.cellbook.analysis.importers.ImportException;
import org.cellbook.analysis.importers.ImportOptions;
import org.cellbook.analysis.math.LineFit;
import org.cellbook.analysis.series.CellSeries;
import org.cellbook.analysis.series.InstrumentStepType;
import org.cellbook.analysis.series.SeriesMetadata;
import org.cellbook.analysis.testdata.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * b-values and Dunn capacitive fractions on the synthetic CV series of {@code data/echem/cv} (exact
 * answers in its expected JSON: i = k₁(V)v + k₂(V)v^½ with no noise).
 */
class ScanRateStudyTest {

  private static final String[] NOVA = {"0p1", "0p2", "0p4", "0p6", "0p8", "1"};
  private static ScanRateStudy nova;
  private static JsonNode model;

  @BeforeAll
  static void readAllRates() throws ImportException {
    List<Voltammogram> cvs = new ArrayList<>();
    for (String rate : NOVA) {
      CellSeries series =
          CyclerImporters.importFile(
              SharedData.file("cv/synthetic_CV_NaHC_" + rate + "mVs_nova.txt"),
              ImportOptions.defaults());
      cvs.add(Voltammogram.of(series));
    }
    nova = new ScanRateStudy(cvs);
    model = SharedData.json("cv/synthetic_CV_NaHC_set1_model.expected.json");
  }

  @Test
  void scanRatesComeFromTheRecords() {
    double[] expected = {0.1, 0.2, 0.4, 0.6, 0.8, 1.0};
    assertThat(nova.scanRates()).hasSize(expected.length);
    for (int k = 0; k < expected.length; k++) {
      assertThat(nova.scanRates().get(k)).isCloseTo(expected[k], within(1e-6));
    }
  }

  @Test
  void sweepsAreSplitAtTheVertices() throws ImportException {
    Voltammogram cv =
        Voltammogram.of(
            CyclerImporters.importFile(
                SharedData.file("cv/synthetic_CV_NaHC_0p4mVs.mpt"), ImportOptions.defaults()));
    // Three cycles, each a cathodic sweep 3.0 → 0.001 V and an anodic one back.
    assertThat(cv.sweeps()).hasSize(6);
    assertThat(cv.sweeps())
        .extracting(Sweep::direction)
        .containsExactly(
            SweepDirection.CATHODIC,
            SweepDirection.ANODIC,
            SweepDirection.CATHODIC,
            SweepDirection.ANODIC,
            SweepDirection.CATHODIC,
            SweepDirection.ANODIC);
    assertThat(cv.sweeps()).extracting(Sweep::cycle).containsExactly(1, 1, 2, 2, 3, 3);
    assertThat(cv.scanRateMillivoltsPerSecond()).isCloseTo(0.4, within(1e-9));
  }

  @Test
  void peaksSitWhereTheModelPutsThem() throws ImportException {
    Voltammogram cv =
        Voltammogram.of(
            CyclerImporters.importFile(
                SharedData.file("cv/synthetic_CV_NaHC_1mVs_nova.txt"), ImportOptions.defaults()));
    // k₂'s Gaussian is centred at 0.1 V (anodic) and 0.03 V (cathodic); the k₁ background is nearly
    // flat there, so the peaks sit within a few grid steps of those potentials.
    assertThat(cv.last(SweepDirection.ANODIC).peak().potentialVolts()).isCloseTo(0.1, within(0.02));
    assertThat(cv.last(SweepDirection.CATHODIC).peak().potentialVolts())
        .isCloseTo(0.03, within(0.02));
    assertThat(cv.last(SweepDirection.CATHODIC).peak().currentMilliAmps()).isNegative();
  }

  @Test
  void bValuesMatchTheModelAtEveryTabulatedPotential() {
    JsonNode b = model.at("/b_values");
    for (String side : List.of("anodic", "cathodic")) {
      SweepDirection direction =
          side.equals("anodic") ? SweepDirection.ANODIC : SweepDirection.CATHODIC;
      b.get(side)
          .propertyNames()
          .forEach(
              volts -> {
                double expected = b.get(side).get(volts).get("b_fit_6_rates").asDouble();
                ScanRateStudy.BValue fit = nova.bValue(Double.parseDouble(volts), direction);
                assertThat(fit.b())
                    .as("%s b at %s V", side, volts)
                    .isCloseTo(expected, within(0.002));
                assertThat(fit.fit().points()).isEqualTo(6);
              });
    }
  }

  @Test
  void capacitiveFractionsMatchTheModelAtEveryRate() {
    JsonNode table = model.at("/capacitive_fraction");
    table
        .propertyNames()
        .forEach(
            rate -> {
              double v = Double.parseDouble(rate);
              JsonNode row = table.get(rate);
              ScanRateStudy.CapacitiveShare anodic = nova.capacitiveShare(SweepDirection.ANODIC, v);
              ScanRateStudy.CapacitiveShare cathodic =
                  nova.capacitiveShare(SweepDirection.CATHODIC, v);
              assertThat(anodic.capacitiveFraction())
                  .as("anodic at %s", v)
                  .isCloseTo(row.at("/anodic/capacitive_fraction").asDouble(), within(0.002));
              assertThat(anodic.capacitiveMilliAmpHours())
                  .as("anodic Q_cap at %s", v)
                  .isCloseTo(
                      row.at("/anodic/Q_capacitive_mAh").asDouble(),
                      within(0.005 * row.at("/anodic/Q_capacitive_mAh").asDouble()));
              assertThat(cathodic.capacitiveFraction())
                  .as("cathodic at %s", v)
                  .isCloseTo(row.at("/cathodic/capacitive_fraction").asDouble(), within(0.002));
              assertThat(nova.cycleCapacitiveFraction(v))
                  .isCloseTo(row.at("/full_cycle/capacitive_fraction").asDouble(), within(0.002));
            });
  }

  @Test
  void powerLawOfKnownExponentIsRecoveredExactly() {
    // i = 2·v^0.75 → log i = log 2 + 0.75·log v: slope 0.75, intercept log10 2, R² = 1.
    double[] v = {0.1, 0.2, 0.5, 1.0};
    double[] x = new double[v.length];
    double[] y = new double[v.length];
    for (int k = 0; k < v.length; k++) {
      x[k] = Math.log10(v[k]);
      y[k] = Math.log10(2 * Math.pow(v[k], 0.75));
    }
    LineFit fit = LineFit.of(x, y);
    assertThat(fit.slope()).isCloseTo(0.75, within(1e-12));
    assertThat(fit.intercept()).isCloseTo(Math.log10(2), within(1e-12));
    assertThat(fit.rSquared()).isCloseTo(1.0, within(1e-12));
    assertThat(fit.slopeStandardError()).isCloseTo(0.0, within(1e-9));
  }

  @Test
  void dunnSplitOfAKnownMixtureIsRecovered() {
    // i = 3·v + 5·√v at 0.5 V on both rates' sweeps: k₁ = 3, k₂ = 5.
    List<Voltammogram> cvs = new ArrayList<>();
    for (double v : new double[] {0.1, 0.4, 1.0}) {
      double i = 3 * v + 5 * Math.sqrt(v);
      double dt = 0.1 / (v / 1000); // 0.1 V steps
      CellSeries s =
          new CellSeries(
              new SeriesMetadata("test", "test", null, null, null, List.of(), Map.of(), List.of()),
              new double[] {0, dt, 2 * dt},
              new double[] {0.4, 0.5, 0.6},
              new double[] {i, i, i},
              null,
              new int[3],
              new InstrumentStepType[] {
                InstrumentStepType.SWEEP, InstrumentStepType.SWEEP, InstrumentStepType.SWEEP
              },
              null,
              null);
      cvs.add(Voltammogram.of(s));
    }
    ScanRateStudy.DunnCoefficients k = new ScanRateStudy(cvs).dunn(0.5, SweepDirection.ANODIC);
    assertThat(k.k1()).isCloseTo(3, within(1e-9));
    assertThat(k.k2()).isCloseTo(5, within(1e-9));
    assertThat(k.residualSumOfSquares()).isCloseTo(0, within(1e-18));
  }
}

package org.cellbook.analysis.gitt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.cellbook.analysis.importers.CyclerImporters;
import org.cellbook.analysis.importers.ImportException;
import org.cellbook.analysis.importers.ImportOptions;
import org.cellbook.analysis.series.CellSeries;
import org.cellbook.analysis.testdata.SharedData;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class GittAnalysisTest {

  @Test
  void molarVolumeLengthOfTheStudyElectrode() {
    // L = m_B·V_M/(M_B·S) = 0.0012 g × 7.506875 cm³/mol / (12.011 g/mol × 1.1309734 cm²) =
    // 6.631456e-4 cm
    DiffusionLength l = DiffusionLength.fromMolarVolume(0.0012, 12.011, 12.011 / 1.6, 1.1309734);
    assertThat(l.centimetres()).isCloseTo(6.631456e-4, within(1e-10));
  }

  @Test
  void everyPulseOfTheSyntheticFileMatchesItsExactAnswer() throws ImportException {
    JsonNode expected = SharedData.json("gitt/synthetic_GITT_NaHC.expected.json");
    JsonNode inputs = expected.get("inputs");
    DiffusionLength l =
        DiffusionLength.fromMolarVolume(
            inputs.get("m_B_g").asDouble(),
            inputs.get("M_B_g_mol").asDouble(),
            inputs.get("V_M_cm3_mol").asDouble(),
            inputs.get("S_cm2").asDouble());
    List<GittPulse> pulses =
        GittAnalysis.analyze(
            CyclerImporters.importFile(
                SharedData.file("gitt/synthetic_GITT_NaHC.mpt"), ImportOptions.defaults()),
            l);

    assertThat(pulses).hasSize(expected.get("n_pulses").asInt());
    for (JsonNode want : expected.get("pulses")) {
      GittPulse got = pulses.get(want.get("pulse").asInt() - 1);
      String what = "pulse " + want.get("pulse").asInt();
      assertThat(got.sodiation())
          .as(what)
          .isEqualTo(want.get("half").asString().equals("sodiation"));
      assertThat(got.tauSeconds()).as(what).isCloseTo(want.get("tau_s").asDouble(), within(1e-6));
      assertThat(got.deltaEsVolts()).as(what).isCloseTo(want.get("dEs_V").asDouble(), within(2e-7));
      assertThat(got.deltaEtVolts()).as(what).isCloseTo(want.get("dEt_V").asDouble(), within(2e-7));
      assertThat(got.irDropVolts())
          .as(what)
          .isCloseTo(want.get("IR_drop_V").asDouble(), within(2e-7));
      assertThat(got.internalResistanceOhms()).as(what).isCloseTo(400.0, within(0.02));
      assertThat(got.midVolts()).as(what).isCloseTo(want.get("E_mid_V").asDouble(), within(2e-7));
      double d = want.get("D_from_file_values_cm2_s").asDouble();
      assertThat(got.diffusionCm2PerSecond()).as(what).isCloseTo(d, within(1e-4 * d));
    }
  }

  @Test
  void restsWithMicroampNoiseStayRests() throws ImportException {
    // The synthetic file's rests are exactly 0 mA; a cycler logs µA of noise there. ±1 µA is 4 % of
    // its 24 µA pulses: a fixed 1 nA threshold took every noisy rest record for a pulse.
    CellSeries clean =
        CyclerImporters.importFile(
            SharedData.file("gitt/synthetic_GITT_NaHC.mpt"), ImportOptions.defaults());
    double[] noisy = clean.currentMilliAmps().clone();
    Random random = new Random(13);
    for (int k = 0; k < noisy.length; k++) {
      if (noisy[k] == 0) {
        noisy[k] = (2 * random.nextDouble() - 1) * 1e-3;
      }
    }
    CellSeries measured =
        new CellSeries(
            clean.metadata(),
            clean.timeSeconds(),
            clean.voltageVolts(),
            noisy,
            clean.stepChargeMilliAmpHours(),
            clean.stepIndex(),
            clean.stepType(),
            clean.instrumentCycleIndex(),
            clean.temperatureCelsius());
    DiffusionLength l = DiffusionLength.fromThickness(6.631456e-4);

    List<GittPulse> withNoise = GittAnalysis.analyze(measured, l);
    List<GittPulse> without = GittAnalysis.analyze(clean, l);

    assertThat(withNoise).hasSize(198);
    for (int p = 0; p < without.size(); p++) {
      assertThat(withNoise.get(p).deltaEsVolts()).isEqualTo(without.get(p).deltaEsVolts());
      assertThat(withNoise.get(p).diffusionCm2PerSecond())
          .isEqualTo(without.get(p).diffusionCm2PerSecond());
    }
  }

  @Test
  void pulseCurrentIsTheLevelOfThePulsesNotOfTheRests() {
    // 3 pulse records at 0.5 mA (one 0.52 mA overshoot), 7 rest records with µA noise
    double[] i = {0.002, -0.001, 0.5, 0.5, 0.52, 0.0, 0.001, 0.0, -0.003, 0.0};
    assertThat(GittAnalysis.pulseCurrentMilliAmps(i)).isEqualTo(0.5);
  }

  @Test
  void diffusionMinimumSitsNearFiftyMillivolts() throws ImportException {
    DiffusionLength l = DiffusionLength.fromThickness(6.631456e-4);
    List<GittPulse> pulses =
        GittAnalysis.analyze(
            CyclerImporters.importFile(
                SharedData.file("gitt/synthetic_GITT_NaHC.mpt"), ImportOptions.defaults()),
            l);
    GittPulse slowest =
        pulses.stream()
            .min((a, b) -> Double.compare(a.diffusionCm2PerSecond(), b.diffusionCm2PerSecond()))
            .orElseThrow();
    assertThat(slowest.midVolts()).isBetween(0.03, 0.07);
    assertThat(slowest.diffusionCm2PerSecond()).isBetween(0.9e-12, 1.2e-12);
  }
}

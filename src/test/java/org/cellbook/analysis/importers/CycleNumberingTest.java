package org.cellbook.analysis.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cellbook.analysis.run.Analyzer;
import org.cellbook.analysis.series.CellSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Cycles numbered and opened as the instrument and the cell say (decision 0017). */
class CycleNumberingTest {

  private static JsonNode analyse(Path file) throws Exception {
    return new JsonMapper()
        .readTree(Analyzer.analyze(List.of(file), Analyzer.Settings.defaults(), true).output());
  }

  /**
   * A real Maccor export of BEEP's prediction-diagnostics protocol that starts at instrument cycle
   * 86, 120 s into a charge step, and ends with cycle 89 holding charge, discharge and charge.
   */
  @Test
  void maccorExportStartingAtCycle86KeepsTheInstrumentsNumbers() throws Exception {
    Path file = ImporterFiles.file("maccor_PredictionDiagnostics_000109_from_cycle_86.010");

    CellSeries s = CyclerImporters.importFile(file, ImportOptions.defaults());
    assertThat(s.instrumentCycleIndex()[0]).isEqualTo(86);
    assertThat(s.instrumentCycleIndex()[s.size() - 1]).isEqualTo(89);
    // its first record's Amp-hr, 0.2706676477 Ah, was passed before the file begins
    assertThat(s.metadata().warnings())
        .anyMatch(w -> w.contains("starts inside a step") && w.contains("270.7 mAh"));

    JsonNode json = analyse(file);
    assertThat(json.get("cycles").findValuesAsString("cycle"))
        .containsExactly("86", "87", "88", "89");
    assertThat(json.at("/kpis/last_cycle").asInt()).isEqualTo(89);
    JsonNode cycle89 = json.get("cycles").get(3);
    assertThat(cycle89.get("coulombic_efficiency").isNull()).isTrue();
    assertThat(json.get("warnings").toString())
        .contains(
            "instrument cycle 89 holds 3 half cycles (oxidation, reduction, oxidation): kept as the"
                + " instrument counts it");
    // cycle 87: Amp-hr at the ends of steps 61, 63 (charge) and 65 (discharge), in Ah
    JsonNode cycle87 = json.get("cycles").get(1);
    assertThat(cycle87.get("charge_mah").asDouble())
        .isCloseTo(1451.9901141 + 1131.3078698, within(1e-6));
    assertThat(cycle87.get("discharge_mah").asDouble()).isCloseTo(1839.4546648, within(1e-6));
  }

  /**
   * An Arbin CSV export (BEEP's column layout) of a cathode half cell whose first step is a −2 µA
   * blip worth 1e-8 mAh, before three cycles of 3.6 mAh charge and 3.3 mAh discharge. Arbin counts
   * a new cycle at a charge after a discharge, so the blip is cycle 1 on its own. The blip opens
   * nothing: the first CE is 3.3/3.6, not 3.6×10⁸, and no CE pairs one cycle's charge with the
   * previous discharge.
   */
  @Test
  void arbinFileOpeningWithACurrentBlipPairsChargeWithItsOwnDischarge(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("blip_CH1.csv");
    Files.write(file, arbinWithBlip(), StandardCharsets.US_ASCII);

    JsonNode json = analyse(file);

    assertThat(json.at("/kpis/ice").asDouble()).isCloseTo(3.3 / 3.6, within(1e-6));
    assertThat(json.get("implausible").size()).isZero();
    for (JsonNode c : json.get("cycles")) {
      if (!c.get("coulombic_efficiency").isNull()) {
        assertThat(c.get("coulombic_efficiency").asDouble()).isCloseTo(3.3 / 3.6, within(1e-6));
      }
    }
    assertThat(json.get("warnings").toString()).contains("partial start");
  }

  private static List<String> arbinWithBlip() {
    List<String> lines = new ArrayList<>();
    lines.add(
        "Data_Point,Test_Time,DateTime,Step_Time,Step_Index,Cycle_Index,Current,Voltage,"
            + "Charge_Capacity,Discharge_Capacity,Charge_Energy,Discharge_Energy,dV/dt,"
            + "Internal_Resistance,Temperature");
    double[] t = {0};
    int[] point = {0};
    int cycle = 1;
    // blip: −2 µA for 18 ms = 1e-11 Ah = 1e-8 mAh
    arbinStep(lines, t, point, 1, cycle, -2e-6, 0.018, 0.009, 3.0, 3.0, 0, 0);
    arbinStep(lines, t, point, 2, cycle, 0, 600, 60, 3.0, 3.0, 0, 1e-11);
    for (int k = 0; k < 3; k++) {
      cycle++; // a charge after a discharge
      arbinStep(lines, t, point, 3, cycle, 1e-3, 3.6 * 3600, 360, 3.0, 4.2, 0, 0);
      arbinStep(lines, t, point, 4, cycle, 0, 600, 60, 4.2, 4.2, 3.6e-3, 0);
      arbinStep(lines, t, point, 5, cycle, -1e-3, 3.3 * 3600, 360, 4.2, 2.5, 3.6e-3, 0);
      arbinStep(lines, t, point, 6, cycle, 0, 600, 60, 2.5, 2.5, 3.6e-3, 3.3e-3);
    }
    return lines;
  }

  /** One Arbin step; charge and discharge counters run on within a cycle (Ah). */
  private static void arbinStep(
      List<String> lines,
      double[] t,
      int[] point,
      int step,
      int cycle,
      double amps,
      double seconds,
      double every,
      double fromVolts,
      double toVolts,
      double chargeAh,
      double dischargeAh) {
    int records = (int) Math.round(seconds / every);
    for (int k = 1; k <= records; k++) {
      double dt = seconds * k / records;
      double q = Math.abs(amps) * dt / 3600;
      double v = fromVolts + (toVolts - fromVolts) * k / records;
      lines.add(
          String.format(
              Locale.ROOT,
              "%d,%.4f,%.4f,%.4f,%d.0,%d.0,%.9f,%.6f,%.12f,%.12f,0.0,0.0,0.0,0.0,25.0",
              point[0]++,
              t[0] + dt,
              1.5e9 + t[0] + dt,
              dt,
              step,
              cycle,
              amps,
              v,
              chargeAh + (amps > 0 ? q : 0),
              dischargeAh + (amps < 0 ? q : 0)));
    }
    t[0] += seconds;
  }
}

package org.cellbook.analysis.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cellbook.analysis.gitt.GittProtocol;
import org.cellbook.analysis.run.Analyzer;
import org.cellbook.analysis.series.CellSeries;
import org.cellbook.analysis.series.InstrumentStepType;
import org.cellbook.analysis.testdata.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class MaccorTextImporterTest {

  private final MaccorTextImporter importer = new MaccorTextImporter();

  @Test
  void simbaLayoutHasDecimalCommasMinutesAndACutLastRow() throws Exception {
    CellSeries s =
        importer.parse(SharedData.file("cellpy__maccor_two.txt"), ImportOptions.defaults());

    assertThat(s.size()).isEqualTo(213);
    assertThat(s.voltageVolts()[0]).isEqualTo(0.1377);
    assertThat(s.timeSeconds()[1]).isEqualTo(60.0); // "1,000000" minutes
    assertThat(s.metadata().warnings())
        .anyMatch(w -> w.contains("decimal commas"))
        .anyMatch(w -> w.contains("minutes"))
        .anyMatch(w -> w.contains("line 229") && w.contains("incomplete"));
  }

  @Test
  void unsignedCurrentTakesItsSignFromTheState() throws Exception {
    CellSeries s =
        importer.parse(SharedData.file("cellpy__maccor_001.txt"), ImportOptions.defaults());
    for (int i = 0; i < s.size(); i++) {
      if (s.stepType()[i] == InstrumentStepType.CC_DISCHARGE) {
        assertThat(s.currentMilliAmps()[i]).isLessThanOrEqualTo(0);
      } else if (s.stepType()[i] == InstrumentStepType.CC_CHARGE) {
        assertThat(s.currentMilliAmps()[i]).isGreaterThanOrEqualTo(0);
      }
    }
    // "2d 02:52:51.57" → 2·86400 + 2·3600 + 52·60 + 51.57 s
    assertThat(s.timeSeconds()[s.size() - 1]).isCloseTo(183171.57, within(1e-3));
  }

  @Test
  void voltsColumnHoldingMillivoltsIsScaled(@TempDir Path dir) throws Exception {
    String text =
        "Today''s Date\t01/01/2024\n"
            + "Rec#\tCyc#\tStep\tTest (Sec)\tAmp-hr\tAmps\tVolts\tState\n"
            + "1\t1\t1\t0\t0\t0\t3650.5\tR\n"
            + "2\t1\t2\t10\t0.001\t0.5\t3700.0\tC\n";
    Path file = dir.resolve("maccor_three.txt");
    Files.writeString(file, text);

    CellSeries s = importer.parse(file, ImportOptions.defaults());

    assertThat(s.voltageVolts()).containsExactly(3.6505, 3.7);
    assertThat(s.currentMilliAmps()).containsExactly(0, 500);
    assertThat(s.stepChargeMilliAmpHours()).containsExactly(0, 1);
    assertThat(s.metadata().warnings()).anyMatch(w -> w.contains("millivolts"));
  }

  /**
   * A real Maccor export of BEEP's diagnostic protocol (from instrument cycle 37: pulse-power
   * characterisation, then cycling with one record per step and long rests): many pulses and mostly
   * rest, but no GITT protocol, so it is analysed as cycling.
   */
  @Test
  void diagnosticCyclesAreNotTakenForAGitt() throws Exception {
    Path file = ImporterFiles.file("maccor_diagnostic_PreDiag_000412_from_cycle_37.022");

    CellSeries s = importer.parse(file, ImportOptions.defaults());
    assertThat(s.instrumentCycleIndex()[0]).isEqualTo(37);
    assertThat(GittProtocol.of(s)).isEmpty();

    JsonNode json =
        new JsonMapper()
            .readTree(Analyzer.analyze(List.of(file), Analyzer.Settings.defaults(), true).output());
    assertThat(json.get("technique").asString()).isEqualTo("cycling");
  }
}

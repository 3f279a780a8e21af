package org.cellbook.analysis.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.cellbook.analysis.gitt.GittProtocol;
import org.cellbook.analysis.run.Analyzer;
import org.cellbook.analysis.series.CellSeries;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** PEC SBT CSV exports. */
class PecCsvImporterTest {

  /**
   * A real PEC export whose times are written {@code Hours in hh:mm:ss.xxx} (hours may pass 24) and
   * whose voltage and current are in V and A rather than mV and mA.
   */
  @Test
  void timeWrittenAsHoursMinutesSecondsIsRead() throws Exception {
    CellSeries s =
        CyclerImporters.importFile(
            ImporterFiles.file("pec_hhmmss_Test25205.csv"), ImportOptions.defaults());

    assertThat(s.metadata().format()).isEqualTo("PEC SBT .csv");
    assertThat(s.size()).isEqualTo(489);
    // 00:00:00.002 … 19:41:58.980
    assertThat(s.timeSeconds()[0]).isCloseTo(0.002, within(1e-9));
    assertThat(s.timeSeconds()[1]).isCloseTo(1.0, within(1e-9));
    assertThat(s.timeSeconds()[s.size() - 1]).isCloseTo(19 * 3600 + 41 * 60 + 58.98, within(1e-6));
    // Voltage (V) 3.6824952 at the first record
    assertThat(s.voltageVolts()[0]).isCloseTo(3.6824952, within(1e-9));
    for (int i = 1; i < s.size(); i++) {
      assertThat(s.timeSeconds()[i]).isGreaterThanOrEqualTo(s.timeSeconds()[i - 1]);
    }
  }

  /** The same real file is an open-circuit record with five −1 µA blips: not a GITT. */
  @Test
  void openCircuitRecordWithNoiseBlipsIsNotAGitt() throws Exception {
    Path file = ImporterFiles.file("pec_hhmmss_Test25205.csv");
    CellSeries s = CyclerImporters.importFile(file, ImportOptions.defaults());
    assertThat(GittProtocol.of(s)).isEmpty();

    JsonNode json =
        new JsonMapper()
            .readTree(Analyzer.analyze(List.of(file), Analyzer.Settings.defaults(), true).output());
    assertThat(json.get("technique").asString()).isEqualTo("cycling");
  }
}

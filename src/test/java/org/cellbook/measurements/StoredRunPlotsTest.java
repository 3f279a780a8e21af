package org.cellbook.measurements;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.cellbook.Fixtures;
import org.cellbook.analysis.testdata.MaterialsData;
import org.cellbook.analysis.testdata.SharedData;
import org.cellbook.materials.MaterialKind;
import org.cellbook.measurements.plots.Plot;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Plots read the run as it was stored: a new run carries its fits, a run stored by an earlier
 * Cellbook (its document without plot data) is still drawn, without the fits and with a note.
 */
@SpringBootTest
@WithMockUser(username = "ana", roles = "RESEARCHER")
class StoredRunPlotsTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired MeasurementService measurements;
  @Autowired MeasurementPlots plots;
  @Autowired Fixtures fixtures;
  @Autowired JdbcTemplate jdbc;

  private static NewFile file(Path path) {
    return new NewFile(path.getFileName().toString(), () -> Files.newInputStream(path));
  }

  private void analysed() throws InterruptedException {
    assertThat(measurements.awaitAnalyses(Duration.ofSeconds(60))).isTrue();
  }

  /** Rewrites the current run's document as an earlier Cellbook stored it: no plot data. */
  private void storedWithoutPlotData(String code) {
    ObjectNode doc = (ObjectNode) JSON.readTree(measurements.currentResultJson(code));
    assertThat(doc.has("plot")).isTrue();
    doc.remove("plot");
    jdbc.update(
        "update analysis_run set result_json = ? where id ="
            + " (select current_run_id from measurement where code = ?)",
        JSON.writeValueAsString(doc),
        code);
  }

  private static List<String> ids(List<Plot> plots) {
    return plots.stream().map(Plot::id).toList();
  }

  @Test
  void anOldRunIsDrawnWithoutItsFitsAndSaysHowToGetThem() throws Exception {
    String cycling =
        measurements
            .attachToCell(
                fixtures.halfCell().getCode(),
                null,
                List.of(file(SharedData.file("land/synthetic_LAND_NaHC_formation_rate.txt"))),
                null)
            .getCode();
    String isotherm =
        measurements
            .attachToLot(
                fixtures.grams(MaterialKind.SYNTHESISED_CARBON, 1).getCode(),
                null,
                List.of(file(MaterialsData.file("isotherms/betsi_MCM-41_N2_77K.csv"))),
                null)
            .getCode();
    analysed();
    assertThat(ids(plots.of(cycling)))
        .containsExactly("voltage-capacity", "capacity-cycle", "ce-cycle", "rate", "dqdv");
    assertThat(ids(plots.of(isotherm))).containsExactly("isotherm", "bet", "t-plot");
    List<KpiValue> kpis = measurements.currentKpis(isotherm);

    storedWithoutPlotData(cycling);
    storedWithoutPlotData(isotherm);

    List<Plot> old = plots.of(cycling);
    assertThat(ids(old)).containsExactly("voltage-time", "capacity-cycle", "ce-cycle", "rate");
    assertThat(old.getFirst().note()).contains("re-run the analysis to draw the fit");
    List<Plot> oldIsotherm = plots.of(isotherm);
    assertThat(ids(oldIsotherm)).containsExactly("isotherm");
    assertThat(oldIsotherm.getFirst().curves()).hasSize(1);
    assertThat(oldIsotherm.getFirst().note()).contains("re-run the analysis to draw the fit");
    assertThat(measurements.currentKpis(isotherm)).isEqualTo(kpis);
  }
}

package org.cellbook.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.cellbook.Fixtures;
import org.cellbook.base.RecordFinder;
import org.cellbook.base.RecordRef;
import org.cellbook.base.RecordType;
import org.cellbook.measurements.Measurement;
import org.cellbook.measurements.MeasurementService;
import org.cellbook.measurements.NewFile;
import org.cellbook.synthesis.BatchSeries;
import org.cellbook.synthesis.BatchService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/** The global search finds every kind of record by code, by name and by the start of either. */
@SpringBootTest
@WithMockUser(username = "ana", roles = "RESEARCHER")
class RecordSearchTest {

  @Autowired RecordFinder finder;
  @Autowired Fixtures fixtures;
  @Autowired BatchService batches;
  @Autowired MeasurementService measurements;

  private List<String> found(String text) {
    return finder.find(text, 20).stream().map(RecordRef::code).toList();
  }

  @Test
  void measurementsAndSeriesAreFoundLikeTheOtherRecords() throws Exception {
    String file = Fixtures.unique("channel") + ".csv";
    Measurement m =
        measurements.attachToCell(
            fixtures.halfCell().getCode(),
            null,
            List.of(
                new NewFile(
                    file,
                    () ->
                        new ByteArrayInputStream(
                            "time_s,voltage_v,current_ma\n0,1,0.1\n"
                                .getBytes(StandardCharsets.UTF_8)))),
            null);
    assertThat(found(m.getCode())).contains(m.getCode());
    assertThat(found(m.getCode().substring(0, m.getCode().length() - 1))).contains(m.getCode());
    assertThat(found(file.substring(0, 10).toLowerCase())).contains(m.getCode());
    assertThat(finder.find(m.getCode(), 5).getFirst().type()).isEqualTo(RecordType.MEASUREMENT);
    assertThat(measurements.awaitAnalyses(Duration.ofSeconds(60))).isTrue();

    String name = Fixtures.unique("NWGC");
    BatchSeries series = fixtures.series(name);
    assertThat(found(name)).contains(series.getCode());
    assertThat(found(name.substring(0, 6))).contains(series.getCode());
    assertThat(found(series.getCode())).contains(series.getCode());
    // The series' batch, named after it, is found by its name too.
    String batch = batches.batchesOf(series.getCode()).getFirst().getCode();
    assertThat(found(batches.get(batch).getName())).contains(batch);
  }
}

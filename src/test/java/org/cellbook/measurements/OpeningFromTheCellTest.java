package org.cellbook.measurements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.cellbook.Fixtures;
import org.cellbook.analysis.run.Analyzer;
import org.cellbook.cells.Cell;
import org.cellbook.materials.MaterialKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Which half cycle opens a cycle comes from the cell when the user does not choose: its records say
 * anode half cell (a carbon against the metal), cathode half cell or full cell, and the warnings
 * say so. The real analysis runs; the test only notes the option it was given.
 */
@SpringBootTest
@WithMockUser(username = "ana", roles = "RESEARCHER")
class OpeningFromTheCellTest {

  @Autowired MeasurementService measurements;
  @Autowired AnalysisWorker worker;
  @Autowired Fixtures fixtures;

  private final List<Analyzer.Opening> given = new CopyOnWriteArrayList<>();

  @BeforeEach
  void noteTheOpeningGiven() {
    worker.useAnalysis(
        (files, settings) -> {
          given.add(settings.opening() == null ? Analyzer.Opening.auto : settings.opening());
          return Analyzer.analyze(files, settings, true);
        });
  }

  @AfterEach
  void realAnalysisAgain() {
    worker.useAnalysis(null);
  }

  private List<String> warnings(Measurement m) {
    return measurements.currentWarnings(m.getCode());
  }

  @Test
  void aCarbonHalfCellOpensWithReductionAndSaysItCameFromTheCell() throws Exception {
    Cell cell = fixtures.halfCell();
    Measurement m = WrongMass.upload(measurements, cell.getCode(), null);

    assertThat(given).containsExactly(Analyzer.Opening.reduction);
    assertThat(warnings(m).getFirst())
        .contains("comes from cell " + cell.getCode())
        .contains("an anode half cell")
        .contains("reduction");
    // the anode file read as the anode it is: nothing implausible
    assertThat(measurements.currentKpis(m.getCode())).allMatch(KpiValue::plausible);
  }

  @Test
  void aCathodeHalfCellOpensWithOxidationAndTheWindowIsQuestioned() throws Exception {
    Cell cell = fixtures.halfCell(fixtures.grams(MaterialKind.CATHODE_ACTIVE, 1));
    Measurement m = WrongMass.upload(measurements, cell.getCode(), null);

    assertThat(given).containsExactly(Analyzer.Opening.oxidation);
    assertThat(warnings(m).getFirst()).contains("a cathode half cell").contains("oxidation");
    // the file is an anode's: the analysis keeps the cell's opening and says the window disagrees
    assertThat(warnings(m)).anyMatch(w -> w.contains("(chosen), although the window"));
  }

  @Test
  void aFullCellOpensWithOxidation() throws Exception {
    Cell cell = fixtures.fullCell();
    Measurement m = WrongMass.upload(measurements, cell.getCode(), null);

    assertThat(given).containsExactly(Analyzer.Opening.oxidation);
    assertThat(warnings(m).getFirst()).contains("a full cell");
  }

  @Test
  void theUsersChoiceWinsOverTheCell() throws Exception {
    Cell cell = fixtures.halfCell(fixtures.grams(MaterialKind.CATHODE_ACTIVE, 1));
    Measurement m = WrongMass.upload(measurements, cell.getCode(), null);
    given.clear();

    measurements.reanalyse(m.getCode(), null, m.getParameters().withOpening("reduction"));
    assertThat(measurements.awaitAnalyses(java.time.Duration.ofSeconds(60))).isTrue();

    assertThat(given).containsExactly(Analyzer.Opening.reduction);
    assertThat(warnings(m)).noneMatch(w -> w.contains("comes from cell"));
  }

  @Test
  void aCellWhoseRecordsDoNotTellLeavesItToTheAnalysis() throws Exception {
    Cell cell = fixtures.halfCell(fixtures.grams(MaterialKind.OTHER, 1));
    Measurement m = WrongMass.upload(measurements, cell.getCode(), null);

    assertThat(given).containsExactly(Analyzer.Opening.auto);
    assertThat(warnings(m)).noneMatch(w -> w.contains("comes from cell"));
  }
}

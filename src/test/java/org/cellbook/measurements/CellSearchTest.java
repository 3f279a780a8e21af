package org.cellbook.measurements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cellbook.Fixtures;
import org.cellbook.cells.Cell;
import org.cellbook.synthesis.BatchService;
import org.cellbook.synthesis.StepParameters;
import org.cellbook.synthesis.SynthesisBatch;
import org.cellbook.synthesis.SynthesisStepType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/** What the Results page lists of a cell's lineage. */
@SpringBootTest
@WithMockUser(username = "ana", roles = "RESEARCHER")
class CellSearchTest {

  @Autowired CellSearch search;
  @Autowired BatchService batches;
  @Autowired Fixtures fixtures;

  /** A batch that was never heated has no carbonization temperature, not 0 °C. */
  @Test
  void aCellFromABatchNeverHeatedHasNoCarbonizationTemperature() {
    Fixtures.MadeBatch made = fixtures.pyrolysisBatch();
    SynthesisBatch batch = made.batch();
    batches.replaceSteps(
        batch.getCode(),
        batch.getVersion(),
        List.of(
            new StepParameters(
                SynthesisStepType.GRINDING,
                null,
                null,
                null,
                null,
                null,
                null,
                0.5,
                null,
                "mortar",
                null,
                null,
                null,
                null,
                null)),
        "the furnace run was never done");
    Cell cell = fixtures.halfCell(made.product());

    CellSearch.Hit hit = search.get(cell.getCode());

    assertThat(hit.batchName()).isEqualTo(batch.getName());
    assertThat(hit.carbonizationTemperatureCelsius()).isNull();

    Cell heated = fixtures.halfCell(fixtures.pyrolysisBatch().product());
    assertThat(search.get(heated.getCode()).carbonizationTemperatureCelsius()).isPositive();
  }
}

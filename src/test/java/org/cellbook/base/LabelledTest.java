package org.cellbook.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.cellbook.cells.CellStatus;
import org.cellbook.measurements.MeasurementStatus;
import org.cellbook.synthesis.BatchStatus;
import org.junit.jupiter.api.Test;

/** A closed set's values read as words: the constant's name in sentence case unless overridden. */
class LabelledTest {

  @Test
  void namesReadInSentenceCaseAndAnOverrideWins() {
    assertThat(CellStatus.ON_TEST.label()).isEqualTo("On test");
    assertThat(BatchStatus.IN_PROGRESS.label()).isEqualTo("In progress");
    assertThat(MeasurementStatus.DONE.label()).isEqualTo("Done");
    assertThat(MeasurementStatus.RUNNING.label()).isEqualTo("Analysing");
  }
}

package org.cellbook.analysis.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.cellbook.analysis.series.CellSeries;
import org.cellbook.analysis.testdata.SharedData;
import org.junit.jupiter.api.Test;

class PotentiostatAsciiImporterTest {

  @Test
  void novaCurrentInAmpsBecomesMilliampsAndScansAreCycles() throws Exception {
    CellSeries nova =
        new PotentiostatAsciiImporter()
            .parse(
                SharedData.file("cv/synthetic_CV_NaHC_0p1mVs_nova.txt"), ImportOptions.defaults());
    CellSeries mpt =
        new BiologicMptImporter()
            .parse(SharedData.file("cv/synthetic_CV_NaHC_0p1mVs.mpt"), ImportOptions.defaults());

    assertThat(nova.size()).isEqualTo(3601);
    assertThat(nova.instrumentCycleIndex()[0]).isEqualTo(1);
    assertThat(nova.instrumentCycleIndex()[nova.size() - 1]).isEqualTo(3);
    // same model, same start point at 3.0 V: -3.028765E-06 A vs -3.0287648E-003 mA
    assertThat(nova.currentMilliAmps()[0]).isCloseTo(mpt.currentMilliAmps()[0], within(1e-9));
    // 5 mV steps at 0.1 mV/s → 50 s per point
    assertThat(nova.timeSeconds()[1] - nova.timeSeconds()[0]).isCloseTo(50.0, within(1e-9));
    assertThat(nova.hasStepCharge()).isFalse();
  }
}

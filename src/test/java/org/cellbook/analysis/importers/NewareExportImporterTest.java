package org.cellbook.analysis.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cellbook.analysis.series.CellSeries;
import org.cellbook.analysis.series.InstrumentStepType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewareExportImporterTest {

  /** Nested layout as described in data/echem/README.md, written here (the sample is held back). */
  @Test
  void nestedExportTakesCycleAndStepFromTheirOwnRows(@TempDir Path dir) throws Exception {
    String csv =
        "Cycle Index,Chg. Cap.(Ah),DChg. Cap.(Ah),Chg.-DChg. Eff(%)\n"
            + ",Step Index,Step Number,Step Type,Step Time,Capacity(Ah)\n"
            + ",,DataPoint,Time,Total Time,Current(A),Voltage(V),Capacity(Ah),T1(?)\n"
            + "1,0.002,0.001,200\n"
            + ",1,1,Rest,00:00:20,0\n"
            + ",,1,00:00:00,00:00:00,0.00000,4.3185,0.000000000,26.6\n"
            + ",,2,00:00:20,00:00:20,0.00000,4.3186,0.000000000,26.6\n"
            + ",2,2,CC Chg,01:00:00,0.002\n"
            + ",,3,00:00:00,00:00:20,0.00200,4.3734,0.000000000,26.6\n"
            + ",,4,01:00:00,01:00:20,0.00200,4.7000,0.002000000,26.6\n"
            + "2,0,0.001,0\n"
            + ",3,3,CC DChg,00:30:00,0.001\n"
            + ",,5,00:00:00,01:00:20,-0.00200,4.6000,0.000000000,26.6\n"
            + ",,6,00:30:00,01:30:20,-0.00200,4.1000,0.001000000,26.6\n";
    Path file = dir.resolve("nested.csv");
    Files.writeString(file, csv);

    CellSeries s = CyclerImporters.importFile(file, ImportOptions.defaults());

    assertThat(s.metadata().format()).contains("nested");
    assertThat(s.size()).isEqualTo(6);
    assertThat(s.instrumentCycleIndex()).containsExactly(1, 1, 1, 1, 2, 2);
    assertThat(s.stepType())
        .containsExactly(
            InstrumentStepType.REST,
            InstrumentStepType.REST,
            InstrumentStepType.CC_CHARGE,
            InstrumentStepType.CC_CHARGE,
            InstrumentStepType.CC_DISCHARGE,
            InstrumentStepType.CC_DISCHARGE);
    assertThat(s.currentMilliAmps()[5]).isEqualTo(-2.0);
    assertThat(s.timeSeconds()[5]).isEqualTo(5420.0);
    assertThat(s.stepChargeMilliAmpHours()[3]).isCloseTo(2.0, within(1e-12));
  }

  /**
   * A real Neware BTS 7 export in the old binary Excel format: Info, Cycle_*, Statis_* and Detail_*
   * sheets; records carry Cur(mA), CapaCity(mAh), the step's relative time and the absolute date
   * and time.
   */
  @Test
  void bts7BinaryWorkbookIsReadFromItsDetailSheet() throws Exception {
    Path file = ImporterFiles.file("neware_bts7_custom_data_003.xls");

    CellSeries s = CyclerImporters.importFile(file, ImportOptions.defaults());

    assertThat(s.metadata().format()).isEqualTo("Neware BTSDA .xls");
    assertThat(s.size()).isEqualTo(2943);
    assertThat(s.timeSeconds()[0]).isZero();
    // record 14 (05/21/2021 00:31:19): 55 min of rest plus one second into the discharge
    assertThat(s.timeSeconds()[13]).isEqualTo(3301.0);
    assertThat(s.stepType()[13]).isEqualTo(InstrumentStepType.CCCV_DISCHARGE);
    assertThat(s.currentMilliAmps()[13]).isEqualTo(-0.163);
    // end of the first discharge step, as in the Statis sheet: 3.5241456666666666 mAh
    assertThat(s.stepChargeMilliAmpHours()[435]).isCloseTo(3.5241456666666666, within(1e-12));
    assertThat(s.instrumentCycleIndex()[441]).isEqualTo(2);
    // the Cycle sheet's capacities are the records' own
    assertThat(s.metadata().warnings()).noneMatch(w -> w.contains("cycle sheet"));
  }
}

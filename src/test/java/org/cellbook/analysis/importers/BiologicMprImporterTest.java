package org.cellbook.analysis.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.cellbook.analysis.series.CellSeries;
import org.cellbook.analysis.testdata.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** BioLogic .mpr binaries; the reference values are checked in {@link ManifestFilesTest}. */
class BiologicMprImporterTest {

  private static final String GCPL = "navani__jdb11-1_c3_gcpl_5cycles_2V-3p8V_C-24_data_C09.mpr";

  @Test
  void cyclesComeFromHalfCyclesWhenNoCycleNumberIsStored() throws Exception {
    CellSeries s =
        ImporterRegistry.standard().importFile(SharedData.file(GCPL), ImportOptions.defaults());
    assertThat(s.metadata().format()).startsWith("BioLogic .mpr");
    // half cycle 0 → cycle 1, 1 → 1, 2 → 2: the file's 13 half cycles make cycles 1…7
    assertThat(Arrays.stream(s.instrumentCycleIndex()).max().orElseThrow()).isEqualTo(7);
  }

  @Test
  void openCircuitFileHasZeroCurrent() throws Exception {
    CellSeries s =
        ImporterRegistry.standard()
            .importFile(
                SharedData.file("navani__00_test_01_OCV_C01.mpr"), ImportOptions.defaults());
    assertThat(Arrays.stream(s.currentMilliAmps()).allMatch(i -> i == 0)).isTrue();
    assertThat(s.metadata().warnings()).anyMatch(w -> w.contains("OCV"));
  }

  @Test
  void truncatedFileIsRefusedNamingFileAndByte(@TempDir Path dir) throws Exception {
    byte[] whole = Files.readAllBytes(SharedData.file(GCPL));
    Path cut = dir.resolve("cut.mpr");
    Files.write(cut, Arrays.copyOf(whole, whole.length / 2));
    assertThatThrownBy(() -> new BiologicMprImporter().parse(cut, ImportOptions.defaults()))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("cut.mpr")
        .hasMessageContaining("byte");
  }
}

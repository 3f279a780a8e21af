package org.cellbook.analysis.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.cellbook.analysis.series.CellSeries;
import org.cellbook.analysis.testdata.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** BioLogic .mpr binaries; the reference values are checked in {@link ManifestFilesTest}. */
class BiologicMprImporterTest {

  private static final String GCPL = "navani__jdb11-1_c3_gcpl_5cycles_2V-3p8V_C-24_data_C09.mpr";

  @Test
  void cyclesComeFromHalfCyclesWhenNoCycleNumberIsStored() throws Exception {
    CellSeries s = CyclerImporters.importFile(SharedData.file(GCPL), ImportOptions.defaults());
    assertThat(s.metadata().format()).startsWith("BioLogic .mpr");
    // half cycle 0 → cycle 1, 1 → 1, 2 → 2: the file's 13 half cycles make cycles 1…7
    assertThat(Arrays.stream(s.instrumentCycleIndex()).max().orElseThrow()).isEqualTo(7);
  }

  @Test
  void openCircuitFileHasZeroCurrent() throws Exception {
    CellSeries s =
        CyclerImporters.importFile(
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

  /**
   * Some EC-Lab versions write the module dates as {@code 03.15.17}: the header is 57 bytes (65
   * with the 11.50 marker) whatever the date looks like. The real files are rewritten with dotted
   * dates in every module header (the old-layout GCPL file and the 11.50-layout OCV file) and must
   * read exactly as the originals.
   */
  @ParameterizedTest
  @ValueSource(strings = {GCPL, "navani__00_test_01_OCV_C01.mpr"})
  void dottedModuleDatesDoNotShiftTheHeader(String name, @TempDir Path dir) throws Exception {
    Path original = SharedData.file(name);
    byte[] bytes = Files.readAllBytes(original);
    int rewritten = 0;
    byte[] module = "MODULE".getBytes(StandardCharsets.US_ASCII);
    for (int at = 52; at + 65 <= bytes.length; ) {
      assertThat(Arrays.copyOfRange(bytes, at, at + 6)).isEqualTo(module);
      boolean extended = readInt(bytes, at + 41) == -1;
      int dateAt = at + (extended ? 57 : 49);
      // 10/26/20 → 10.26.20
      bytes[dateAt + 2] = '.';
      bytes[dateAt + 5] = '.';
      rewritten++;
      at += (extended ? 65 : 57) + readInt(bytes, at + (extended ? 45 : 41));
    }
    assertThat(rewritten).isEqualTo(3);
    Path dotted = dir.resolve("dotted.mpr");
    Files.write(dotted, bytes);

    CellSeries expected = new BiologicMprImporter().parse(original, ImportOptions.defaults());
    CellSeries actual = new BiologicMprImporter().parse(dotted, ImportOptions.defaults());
    assertThat(actual.size()).isEqualTo(expected.size());
    assertThat(actual.timeSeconds()).containsExactly(expected.timeSeconds());
    assertThat(actual.voltageVolts()).containsExactly(expected.voltageVolts());
    assertThat(actual.currentMilliAmps()).containsExactly(expected.currentMilliAmps());
  }

  private static int readInt(byte[] b, int at) {
    return (b[at] & 0xff)
        | (b[at + 1] & 0xff) << 8
        | (b[at + 2] & 0xff) << 16
        | (b[at + 3] & 0xff) << 24;
  }
}

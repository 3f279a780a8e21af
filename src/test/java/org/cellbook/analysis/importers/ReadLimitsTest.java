package org.cellbook.analysis.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.healthmarketscience.jackcess.Database;
import com.healthmarketscience.jackcess.DatabaseBuilder;
import com.healthmarketscience.jackcess.impl.TableImpl;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.cellbook.analysis.run.Analyzer;
import org.cellbook.analysis.series.InstrumentStepType;
import org.cellbook.analysis.testdata.HostileFiles;
import org.cellbook.analysis.testdata.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that would exhaust the heap are refused with a message naming the file and what is wrong,
 * before a reader allocates from them.
 */
class ReadLimitsTest {

  @TempDir Path dir;

  @Test
  void aWorkbookHoldingOneHugeSharedStringIsRefusedBeforeAnyReaderOpensIt() throws Exception {
    // a 1.5 MB .xlsx holding one 1.5 GB string, more than this JVM could hold as text
    Path bomb = HostileFiles.hugeSharedString(dir.resolve("channel-7.xlsx"), 1536L << 20);
    assertThat(Files.size(bomb)).isLessThan(16L << 20);

    assertThatThrownBy(() -> ReadLimits.checkArchive(bomb))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("channel-7.xlsx")
        .hasMessageContaining("zip bomb")
        .hasMessageContaining("xl/sharedStrings.xml")
        .hasMessageContaining("100-fold");
    assertThatThrownBy(() -> Analyzer.analyze(List.of(bomb), Analyzer.Settings.defaults(), true))
        .isInstanceOf(Analyzer.AnalysisProblem.class)
        .hasMessageContaining("channel-7.xlsx: file is damaged or a zip bomb");
    assertThat(Analyzer.recognise(bomb)).isNull();
  }

  @Test
  void aTextTooLongForAnyCellIsRefusedEvenWhenItBarelyCompresses() throws Exception {
    Path wide = HostileFiles.longRandomString(dir.resolve("wide.xlsx"), 12 << 20, 7);
    assertThat(Files.size(wide)).isGreaterThan(6L << 20); // no zip bomb by its ratio

    assertThatThrownBy(() -> ReadLimits.checkArchive(wide))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("wide.xlsx")
        .hasMessageContaining("a text longer than 10 MiB");
  }

  @Test
  void ordinaryWorkbooksAndNonZipFilesPass() {
    assertThatCode(
            () ->
                ReadLimits.checkArchive(
                    SharedData.file("land/synthetic_LAND_NaHC_formation_rate.xlsx")))
        .doesNotThrowAnyException();
    assertThatCode(
            () ->
                ReadLimits.checkArchive(
                    SharedData.file("land/synthetic_LAND_NaHC_formation_rate.txt")))
        .doesNotThrowAnyException();
  }

  @Test
  void anMprWhoseRecordCountExceedsItsDataModuleIsReportedAsDamaged() throws Exception {
    String name = "navani__jdb11-1_c3_gcpl_5cycles_2V-3p8V_C-24_data_C09.mpr";
    byte[] bytes = Files.readAllBytes(SharedData.file(name));
    ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    int module = indexOf(bytes, "VMP data".getBytes(StandardCharsets.US_ASCII)) - 6;
    boolean extended = buf.getInt(module + 41) == -1;
    String date = new String(bytes, module + 49, 8, StandardCharsets.ISO_8859_1);
    int header = extended ? 65 : date.charAt(2) == '/' || date.charAt(2) == '-' ? 57 : 61;
    buf.putInt(module + header, 0x7fff_fff0); // the record count
    Path lying = Files.write(dir.resolve(name), bytes);

    assertThatThrownBy(() -> new BiologicMprImporter().parse(lying, ImportOptions.defaults()))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining(name)
        .hasMessageContaining("file is damaged: declared record count 2147483632 exceeds");
  }

  @Test
  void anArbinResWhoseRowCountExceedsTheFileIsReportedAsDamaged() throws Exception {
    Path copy = dir.resolve("arbin.res");
    Files.copy(SharedData.file("navani__arbin_example.res"), copy);
    int at;
    try (Database db = DatabaseBuilder.open(copy.toFile())) {
      TableImpl table = (TableImpl) db.getTable("Channel_Normal_Table");
      at =
          table.getTableDefPageNumber() * table.getFormat().PAGE_SIZE
              + table.getFormat().OFFSET_NUM_ROWS;
    }
    byte[] bytes = Files.readAllBytes(copy);
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(at, 2_000_000_000);
    Files.write(copy, bytes);

    assertThatThrownBy(() -> new ArbinResImporter().parse(copy, ImportOptions.defaults()))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("arbin.res")
        .hasMessageContaining("file is damaged: declared row count of Channel_Normal_Table");
  }

  @Test
  void aRecordLoopStopsWhenItsThreadIsInterrupted() {
    SeriesBuilder records = new SeriesBuilder(16);
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(
              () -> records.add(0, 3.0, 0.1, 0, 1, 1, InstrumentStepType.REST, Double.NaN))
          .isInstanceOf(CancellationException.class);
    } finally {
      assertThat(Thread.interrupted()).as("the flag stays set for the caller").isTrue();
    }
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int k = 0; k < needle.length; k++) {
        if (haystack[i + k] != needle[k]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("not found");
  }
}

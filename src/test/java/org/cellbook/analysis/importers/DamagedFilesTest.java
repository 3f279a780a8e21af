package org.cellbook.analysis.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.cellbook.analysis.series.CellSeries;
import org.cellbook.analysis.testdata.SharedData;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every real cycler file of the shared data, cut short and replaced by random bytes under its own
 * name: the import either refuses with an {@link ImportException} naming the file, or returns the
 * records before the cut (fewer than the whole file) — never another exception or a hang.
 */
class DamagedFilesTest {

  @TempDir Path dir;

  static Stream<SharedData.ManifestRow> files() {
    return ManifestFilesTest.supportedFiles();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void cutCopiesAreRefusedOrReportedAsCut(SharedData.ManifestRow row) throws Exception {
    Path real = SharedData.file(row.file());
    byte[] bytes = Files.readAllBytes(real);
    String name = real.getFileName().toString();
    for (double fraction : new double[] {0.9, 0.5, 0.1}) {
      Path cut = dir.resolve(name);
      Files.write(cut, Arrays.copyOf(bytes, (int) (bytes.length * fraction)));
      try {
        CellSeries s = CyclerImporters.importFile(cut, ImportOptions.defaults());
        int full = row.expected().get("rows").asInt();
        assertThat(s.size()).as("%s cut at %.0f %%", name, 100 * fraction).isLessThan(full);
      } catch (ImportException e) {
        assertThat(e.getMessage()).as("%s cut at %.0f %%", name, 100 * fraction).contains(name);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void randomBytesUnderTheSameNameAreRefused(SharedData.ManifestRow row) throws Exception {
    String name = Path.of(row.file()).getFileName().toString();
    byte[] junk = new byte[64 * 1024];
    new Random(name.hashCode()).nextBytes(junk);
    Path garbage = Files.write(dir.resolve(name), junk);
    assertThatThrownBy(() -> CyclerImporters.importFile(garbage, ImportOptions.defaults()))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining(name);
  }
}

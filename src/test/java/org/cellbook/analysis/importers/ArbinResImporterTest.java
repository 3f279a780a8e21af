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

/** Arbin .res (Access database); the reference values are checked in {@link ManifestFilesTest}. */
class ArbinResImporterTest {

  @Test
  void isDetectedByItsJetSignatureWhateverItsName(@TempDir Path dir) throws Exception {
    Path renamed = SharedData.copyAs("navani__arbin_example.res", dir, "export.dat");
    assertThat(CyclerImporters.standard().detect(renamed))
        .hasValueSatisfying(d -> assertThat(d.importer()).isInstanceOf(ArbinResImporter.class));
    CellSeries s = CyclerImporters.importFile(renamed, ImportOptions.defaults());
    assertThat(s.metadata().format()).isEqualTo("Arbin .res");
    assertThat(s.hasInstrumentCycleIndex()).isTrue();
  }

  @Test
  void truncatedDatabaseIsRefusedNamingTheFile(@TempDir Path dir) throws Exception {
    byte[] whole = Files.readAllBytes(SharedData.file("navani__arbin_example.res"));
    Path cut = dir.resolve("cut.res");
    Files.write(cut, Arrays.copyOf(whole, 8192));
    assertThatThrownBy(() -> new ArbinResImporter().parse(cut, ImportOptions.defaults()))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("cut.res");
  }
}

package org.cellbook.analysis.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.cellbook.analysis.series.CellSeries;
import org.cellbook.analysis.testdata.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken files must fail with a message naming the file, the line and the column. */
class BadInputTest {

  private final ImporterRegistry<CyclerImporter> registry = CyclerImporters.standard();

  @Test
  void fileCutInsideItsLastRecordKeepsTheCompleteRowsAndSaysSo(@TempDir Path dir) throws Exception {
    byte[] all = Files.readAllBytes(SharedData.file("land/synthetic_LAND_NaHC_formation_rate.txt"));
    Path cut = dir.resolve("cut.txt");
    Files.write(cut, Arrays.copyOf(all, 200_000));

    CellSeries s = CyclerImporters.importFile(cut, ImportOptions.defaults());

    long lines = new String(all, 0, 200_000, StandardCharsets.US_ASCII).lines().count();
    assertThat(s.size()).isEqualTo((int) lines - 2); // minus header and the cut record
    assertThat(s.metadata().warnings())
        .anyMatch(w -> w.contains("line " + lines) && w.contains("incomplete"));
  }

  @Test
  void shortRowInsideTheFileNamesFileAndLine(@TempDir Path dir) throws Exception {
    List<String> lines =
        Files.readAllLines(SharedData.file("land/synthetic_LAND_NaHC_formation_rate.txt"))
            .subList(0, 50);
    lines = new java.util.ArrayList<>(lines);
    lines.set(30, lines.get(30).substring(0, 12));
    Path bad = dir.resolve("short.txt");
    Files.write(bad, lines);

    assertThatThrownBy(() -> CyclerImporters.importFile(bad, ImportOptions.defaults()))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("short.txt")
        .hasMessageContaining("line 31")
        .satisfies(e -> assertThat(((ImportException) e).line()).isEqualTo(31));
  }

  @Test
  void textInANumericColumnNamesLineAndColumn(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("arbin.csv");
    Files.writeString(
        bad,
        "Data_Point,Test_Time,Step_Index,Cycle_Index,Current,Voltage,Charge_Capacity,Discharge_Capacity\n"
            + "0,0.0,1,1,0.1,3.3,0,0\n"
            + "1,1.0,1,1,0.1,n/a,0,0\n");

    assertThatThrownBy(() -> CyclerImporters.importFile(bad, ImportOptions.defaults()))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("arbin.csv, line 3, column 'Voltage'")
        .hasMessageContaining("n/a")
        .satisfies(e -> assertThat(((ImportException) e).column()).isEqualTo("Voltage"));
  }

  @Test
  void truncatedWorkbookNamesTheFile(@TempDir Path dir) throws Exception {
    byte[] all =
        Files.readAllBytes(SharedData.file("land/synthetic_LAND_NaHC_formation_rate.xlsx"));
    Path cut = dir.resolve("cut.xlsx");
    Files.write(cut, Arrays.copyOf(all, all.length / 2));

    assertThatThrownBy(() -> new LandImporter().parse(cut, ImportOptions.defaults()))
        .isInstanceOf(ImportException.class)
        .hasMessageStartingWith("cut.xlsx");
  }

  @Test
  void unknownContentIsReportedWithTheSupportedFormats(@TempDir Path dir) throws Exception {
    Path junk = dir.resolve("notes.txt");
    Files.writeString(junk, "shopping list\neggs\nmilk\n");

    assertThatThrownBy(() -> CyclerImporters.importFile(junk, ImportOptions.defaults()))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("notes.txt")
        .hasMessageContaining("not recognised")
        .hasMessageContaining("LAND");
  }

  @Test
  void arbinMetadataCompanionIsRecognisedAndExplained() {
    assertThatThrownBy(
            () ->
                CyclerImporters.importFile(
                    SharedData.file("beep__2017-05-09_test-TC-contact_CH33_Metadata.csv"),
                    ImportOptions.defaults()))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("metadata")
        .hasMessageContaining("data CSV");
  }

  @Test
  void headerWithoutDataRowsIsAnError(@TempDir Path dir) throws Exception {
    Path empty = dir.resolve("empty.txt");
    Files.writeString(empty, "Record\tTestTime/h\tCurrent/mA\tVoltage/V\tStep-State\r\n");

    assertThatThrownBy(() -> CyclerImporters.importFile(empty, ImportOptions.defaults()))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("empty.txt")
        .hasMessageContaining("no data rows");
  }
}

package org.cellbook.measurements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.cellbook.Fixtures;
import org.cellbook.analysis.bench.CyclerFileGenerator;
import org.cellbook.analysis.series.CellSeries;
import org.cellbook.analysis.testdata.HostileFiles;
import org.cellbook.analysis.testdata.MaterialsData;
import org.cellbook.analysis.testdata.SharedData;
import org.cellbook.base.ValidationException;
import org.cellbook.cells.Cell;
import org.cellbook.lineage.LineageService;
import org.cellbook.lineage.TraceDirection;
import org.cellbook.materials.Lot;
import org.cellbook.materials.MaterialKind;
import org.cellbook.security.SystemUser;
import org.cellbook.storage.StorageSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** From upload to stored KPIs on the real database with real instrument files. */
@SpringBootTest
@WithMockUser(username = "ana", roles = "RESEARCHER")
class MeasurementServiceTest {

  @Autowired MeasurementService measurements;
  @Autowired SeriesStore seriesStore;
  @Autowired MeasurementPlots plots;
  @Autowired Fixtures fixtures;
  @Autowired LineageService lineage;
  @Autowired FileStore fileStore;
  @Autowired WebApplicationContext web;

  @Autowired StorageSettings storage;

  static NewFile file(Path path) {
    return new NewFile(path.getFileName().toString(), () -> Files.newInputStream(path));
  }

  private Measurement awaitFinished(String code) throws InterruptedException {
    assertThat(measurements.awaitAnalyses(Duration.ofSeconds(60))).as(code).isTrue();
    return measurements.get(code);
  }

  /** Attaches the files to a new half cell; returns the measurement's code. */
  private String onNewCell(NewFile... files) {
    return measurements
        .attachToCell(fixtures.halfCell().getCode(), null, List.of(files), null)
        .getCode();
  }

  private Map<String, Double> kpis(String code) {
    return measurements.currentKpis(code).stream()
        .collect(Collectors.toMap(KpiValue::name, KpiValue::value));
  }

  @Test
  void cyclingFileOnACellGivesKpisPerGramOfTheDiscsActiveMass() throws Exception {
    Cell cell = fixtures.halfCell();
    Path land = SharedData.file("land/synthetic_LAND_NaHC_formation_rate.txt");
    Measurement m = measurements.attachToCell(cell.getCode(), null, List.of(file(land)), null);
    assertThat(m.getParameters().activeMassMilligrams()).isCloseTo(1.8, within(1e-9));

    Measurement done = awaitFinished(m.getCode());
    assertThat(done.getStatus()).isEqualTo(MeasurementStatus.DONE);
    assertThat(done.getTechnique()).isEqualTo(Technique.CYCLING);
    assertThat(done.getFormat()).startsWith("LAND");
    assertThat(done.getRecordCount()).isEqualTo(22503);
    Map<String, Double> k = kpis(m.getCode());
    assertThat(k.get("ice")).isCloseTo(0.806, within(1e-6));
    // 0.415896 mAh over the disc's 1.80 mg of active mass
    assertThat(k.get("reversible_capacity_mah_g")).isCloseTo(0.415896 / 1.8e-3, within(0.01));
    assertThat(measurements.currentKpis(m.getCode()))
        .filteredOn(v -> v.name().equals("reversible_capacity_mah_g"))
        .extracting(KpiValue::unit)
        .containsExactly("mAh g⁻¹");

    // the measurement is part of the lineage: forward from its cell, and back to the cell's lots
    assertThat(lineage.trace(cell.getCode(), TraceDirection.FORWARD).nodes())
        .extracting(n -> n.record().code())
        .contains(m.getCode());
    assertThat(lineage.trace(m.getCode(), TraceDirection.BACK).nodes())
        .extracting(n -> n.record().code())
        .contains(cell.getCode(), cell.getWorkingDisc().getSheet().getCode());

    CellSeries stored = seriesStore.read(m.getCode(), 1);
    assertThat(stored.size()).isEqualTo(22503);
    assertThat(measurements.file(m.getCode(), 1).getSha256())
        .isEqualTo(
            HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(land))));
  }

  @Test
  void reanalysisKeepsTheEarlierRunAndReplacesTheCurrentKpis() throws Exception {
    Cell cell = fixtures.halfCell();
    Path land = SharedData.file("land/synthetic_LAND_NaHC_formation_rate.txt");
    String code =
        measurements.attachToCell(cell.getCode(), null, List.of(file(land)), null).getCode();
    awaitFinished(code);

    AnalysisParameters corrected = measurements.get(code).getParameters().withActiveMass(1.2);
    measurements.reanalyse(code, null, corrected);
    assertThat(awaitFinished(code).getStatus()).isEqualTo(MeasurementStatus.DONE);

    assertThat(measurements.runs(code)).extracting(AnalysisRun::getRunNumber).containsExactly(2, 1);
    assertThat(kpis(code).get("reversible_capacity_mah_g")).isCloseTo(346.58, within(0.01));
    assertThat(measurements.runs(code).get(1).getParameters().activeMassMilligrams())
        .isCloseTo(1.8, within(1e-9));
  }

  @Test
  void theSameBytesUploadedTwiceAreStoredOnce() throws Exception {
    Cell a = fixtures.halfCell();
    Cell b = fixtures.halfCell();
    Path cv = SharedData.file("cv/synthetic_CV_NaHC_0p1mVs_nova.txt");
    String first = measurements.attachToCell(a.getCode(), null, List.of(file(cv)), null).getCode();
    String second = measurements.attachToCell(b.getCode(), null, List.of(file(cv)), null).getCode();
    assertThat(measurements.file(first, 1).getSha256())
        .isEqualTo(measurements.file(second, 1).getSha256());
    assertThat(awaitFinished(first).getTechnique()).isEqualTo(Technique.CV);
    awaitFinished(second);
  }

  @Test
  void aScanRateSeriesIsOneMeasurementWithItsBValuePlot() throws Exception {
    Cell cell = fixtures.halfCell();
    List<NewFile> files = new java.util.ArrayList<>();
    for (String rate : new String[] {"0p1", "0p2", "0p4", "0p6", "0p8", "1"}) {
      files.add(file(SharedData.file("cv/synthetic_CV_NaHC_" + rate + "mVs_nova.txt")));
    }
    String code = measurements.attachToCell(cell.getCode(), Technique.CV, files, null).getCode();
    assertThat(awaitFinished(code).getStatus()).isEqualTo(MeasurementStatus.DONE);
    List<org.cellbook.measurements.plots.Plot> shown = plots.of(code);
    assertThat(shown)
        .extracting(org.cellbook.measurements.plots.Plot::id)
        .containsExactly("cv", "b-values");
    assertThat(shown.getFirst().curves()).hasSize(6);
    // CV.md: anodic b at 0.5 V over the six rates = 0.9884
    assertThat(shown.get(1).note()).contains("0.5 V anodic b = 0.988");
    assertThat(kpis(code).get("b_anodic_at_500mv")).isCloseTo(0.9884, within(0.002));
    assertThat(kpis(code).get("slowest_rate_capacitive_fraction")).isCloseTo(0.2910, within(0.01));
  }

  @Test
  void garbageFailsWithAMessageNamingTheFileAndKeepsIt() throws Exception {
    Cell cell = fixtures.halfCell();
    byte[] junk = new byte[4096];
    new Random(7).nextBytes(junk);
    String code =
        measurements
            .attachToCell(
                cell.getCode(),
                null,
                List.of(new NewFile("channel-3.dat", () -> new ByteArrayInputStream(junk))),
                null)
            .getCode();
    Measurement m = awaitFinished(code);
    assertThat(m.getStatus()).isEqualTo(MeasurementStatus.FAILED);
    assertThat(m.getErrorMessage()).contains("channel-3.dat").doesNotContain("cellbook-analysis");
    assertThat(measurements.runs(code)).isEmpty();
    assertThat(measurements.openFile(code, 1).readAllBytes()).isEqualTo(junk);
  }

  @Test
  void anIsothermOnACellIsRefusedWithWhereItBelongs() throws Exception {
    Cell cell = fixtures.halfCell();
    Path iso = MaterialsData.file("isotherms/betsi_MCM-41_N2_77K.csv");
    String code =
        measurements.attachToCell(cell.getCode(), null, List.of(file(iso)), null).getCode();
    Measurement m = awaitFinished(code);
    assertThat(m.getStatus()).isEqualTo(MeasurementStatus.FAILED);
    assertThat(m.getErrorMessage()).contains("attach it to the lot");

    assertThatThrownBy(
            () ->
                measurements.attachToCell(cell.getCode(), Technique.XRD, List.of(file(iso)), null))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("attach it to a lot");
  }

  /**
   * A crystalline powder pattern and a silicon spectrum: no carbon fit applies, and each is still
   * analysed and plotted, with the reason in the plot's note.
   */
  @Test
  void patternsAndSpectraNoCarbonFitAppliesToAreStillPlotted() throws Exception {
    Lot lot = fixtures.grams(MaterialKind.SYNTHESISED_CARBON, 1);
    for (String[] c :
        new String[][] {
          {"xrd/nomad_XRD-918-16_10.xrdml", "xrd", "graphite or a crystalline phase"},
          {"raman/raman_fitting_Si_spectrum01.txt", "raman", "no I_D/I_G"}
        }) {
      Path file = Path.of(getClass().getResource("/org/cellbook/analysis/" + c[0]).toURI());
      String code =
          measurements.attachToLot(lot.getCode(), null, List.of(file(file)), null).getCode();
      Measurement m = awaitFinished(code);
      assertThat(m.getStatus())
          .as(c[0] + ": " + m.getErrorMessage())
          .isEqualTo(MeasurementStatus.DONE);
      List<org.cellbook.measurements.plots.Plot> shown = plots.of(code);
      assertThat(shown).extracting(org.cellbook.measurements.plots.Plot::id).containsExactly(c[1]);
      assertThat(shown.getFirst().curves()).hasSize(1);
      assertThat(shown.getFirst().note()).contains(c[2]);
    }
  }

  @Test
  void isothermOnALotGivesItsBetArea() throws Exception {
    Lot carbon = fixtures.grams(MaterialKind.SYNTHESISED_CARBON, 1);
    Path iso = MaterialsData.file("isotherms/betsi_MCM-41_N2_77K.csv");
    String code =
        measurements.attachToLot(carbon.getCode(), null, List.of(file(iso)), null).getCode();
    Measurement m = awaitFinished(code);
    assertThat(m.getStatus()).as(m.getErrorMessage()).isEqualTo(MeasurementStatus.DONE);
    assertThat(m.getTechnique()).isEqualTo(Technique.SORPTION);
    // BETSI reference for MCM-41 (MANIFEST.tsv): 1000.6 m²/g, within 0.5 %
    assertThat(kpis(code).get("bet_area_m2_g")).isCloseTo(1000.6, within(5.0));

    // the classic 0.05–0.30 range, chosen by the user: MANIFEST.tsv "BET_fixed_0.05_0.30" 972.18
    AnalysisParameters classic =
        new AnalysisParameters(null, null, null, null, null, null, null, null, 0.05, 0.30);
    measurements.reanalyse(code, null, classic);
    assertThat(awaitFinished(code).getStatus()).isEqualTo(MeasurementStatus.DONE);
    assertThat(kpis(code).get("bet_area_m2_g")).isCloseTo(972.18, within(0.5));
    assertThat(measurements.runs(code)).hasSize(2);
  }

  @Test
  void pycnometryIsTypedInAndSearchableLikeAnyKpi() {
    Lot carbon = fixtures.grams(MaterialKind.SYNTHESISED_CARBON, 1);
    String code = measurements.recordPycnometry(carbon.getCode(), 1.62, 0.01, 5).getCode();
    assertThat(measurements.get(code).getStatus()).isEqualTo(MeasurementStatus.DONE);
    assertThat(kpis(code)).containsEntry("true_density_g_cm3", 1.62);
    assertThatThrownBy(() -> measurements.recordPycnometry(carbon.getCode(), 162.0, null, null))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("g cm⁻³");
  }

  @Test
  @WithMockUser(username = "vic", roles = "VIEWER")
  void viewersCannotUpload() {
    assertThatThrownBy(
            () ->
                measurements.attachToLot(
                    "ANY", null, List.of(new NewFile("x.txt", InputStream::nullInputStream)), null))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void aWorkbookHoldingAHugeStringFailsWithAReasonInsteadOfExhaustingTheHeap(@TempDir Path dir)
      throws Exception {
    Path bomb = HostileFiles.hugeSharedString(dir.resolve("channel-7.xlsx"), 1536L << 20);
    String code = onNewCell(file(bomb));
    Measurement m = awaitFinished(code);
    assertThat(m.getStatus()).isEqualTo(MeasurementStatus.FAILED);
    assertThat(m.getErrorMessage())
        .contains("channel-7.xlsx: file is damaged or a zip bomb")
        .doesNotContain(storage.folder().toString());
  }

  @Test
  void aStoredFileChangedOnDiskIsNeitherAnalysedAgainNorHandedOut(@TempDir Path dir)
      throws Exception {
    Path csv = dir.resolve("cell-12.csv");
    CyclerFileGenerator.write(csv, 20_000, CyclerFileGenerator.Layout.CSV, 4242);
    String code = onNewCell(file(csv));
    Measurement done = awaitFinished(code);
    assertThat(done.getStatus()).isEqualTo(MeasurementStatus.DONE);
    assertThat(done.getIntegrity()).isEqualTo(FileIntegrity.VERIFIED);

    // the bytes are swapped under the stored name (stored files are read-only)
    String recorded = measurements.file(code, 1).getSha256();
    Path stored = fileStore.localPath(recorded);
    assertThat(stored.toFile().setWritable(true)).isTrue();
    byte[] other = Files.readAllBytes(SharedData.file("cv/synthetic_CV_NaHC_0p1mVs_nova.txt"));
    Files.write(stored, other);
    String actual = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(other));

    measurements.reanalyse(code, null, done.getParameters());
    Measurement refused = awaitFinished(code);
    assertThat(refused.getStatus()).isEqualTo(MeasurementStatus.FAILED);
    assertThat(refused.getErrorMessage())
        .startsWith("the stored copy of 'cell-12.csv' has changed since it was uploaded")
        .contains(recorded, actual)
        .doesNotContain(stored.toString());
    assertThat(refused.getIntegrity()).isEqualTo(FileIntegrity.MISMATCH);
    assertThat(measurements.runs(code)).hasSize(1); // no run from the changed bytes
    assertThatThrownBy(() -> measurements.openFile(code, 1))
        .isInstanceOf(StoredFileChangedException.class)
        .hasMessageContaining("cell-12.csv");

    MockMvc mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
    mvc.perform(get("/api/v1/measurements/" + code).with(user("ana").roles("RESEARCHER")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.integrity").value("mismatch"))
        .andExpect(jsonPath("$.sha256").value(recorded));

    // Uploading the file again, as the message advises, repairs the stored copy (MockMvc has
    // cleared this thread's user: ana's work goes on as the system).
    NewFile again = file(csv);
    assertThat(awaitFinished(SystemUser.call(() -> onNewCell(again))).getStatus())
        .isEqualTo(MeasurementStatus.DONE);
    SystemUser.call(() -> measurements.reanalyse(code, null, done.getParameters()));
    Measurement repaired = awaitFinished(code);
    assertThat(repaired.getStatus()).isEqualTo(MeasurementStatus.DONE);
    assertThat(repaired.getIntegrity()).isEqualTo(FileIntegrity.VERIFIED);
  }

  @Test
  void aFailedMeasurementIsWithdrawnWithAReasonAndItsBytesStay() throws Exception {
    byte[] junk = new byte[8192];
    new Random(20261204).nextBytes(junk);
    String code = onNewCell(new NewFile("noise.dat", () -> new ByteArrayInputStream(junk)));
    assertThat(awaitFinished(code).getStatus()).isEqualTo(MeasurementStatus.FAILED);
    String sha = measurements.file(code, 1).getSha256();

    assertThatThrownBy(() -> measurements.withdraw(code, " "))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("reason");
    measurements.withdraw(code, "wrong file picked");

    assertThat(measurements.get(code).isWithdrawn()).isTrue();
    assertThat(fileStore.contains(sha)).as("nothing is deleted").isTrue();
    assertThat(measurements.openFile(code, 1).readAllBytes()).isEqualTo(junk);
  }
}

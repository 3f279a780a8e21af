package org.cellbook.analysis.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.cellbook.analysis.series.CellSeries;
import org.cellbook.analysis.series.InstrumentStepType;
import org.cellbook.analysis.testdata.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Neware .ndax archives; the reference values are checked in {@link ManifestFilesTest}. */
@Timeout(30)
class NewareNdaxImporterTest {

  private static final String LAYOUT_5 = "navani__test.ndax";
  private static final String LAYOUT_14 = "newarenda__123456789012_Unit27_Example_Data_File.ndax";
  private static final String LAYOUT_17 = "newarenda__test_2.ndax";

  private final NewareNdaxImporter importer = new NewareNdaxImporter();

  @TempDir Path dir;

  @Test
  void layout17JoinsRunInformationAndStepsAndCountsChargeFirstCycles() throws Exception {
    CellSeries s = importer.parse(SharedData.file(LAYOUT_17), ImportOptions.defaults());

    assertThat(s.metadata().format()).isEqualTo("Neware .ndax (ndc version 17)");
    assertThat(s.metadata().channel()).isEqualTo("14-0-55");
    assertThat(s.metadata().startTime()).isEqualTo(Instant.parse("2025-03-26T08:22:55.474Z"));
    assertThat(s.metadata().comments()).containsExactly("SC149-15HJ78_2CMC20K_03");
    // the stored loop counter reaches 44; BTSDA's charge-first statistic counts 54 cycles
    assertThat(s.instrumentCycleIndex()[s.size() - 1]).isEqualTo(54);
    assertThat(s.metadata().warnings())
        .anyMatch(w -> w.startsWith("77586 records without run information"));
    assertThat(s.timeSeconds()[s.size() - 1]).isCloseTo(93207.6, within(0.05));
    for (int i = 1; i < s.size(); i++) {
      assertThat(s.timeSeconds()[i]).isGreaterThanOrEqualTo(s.timeSeconds()[i - 1]);
    }
  }

  @Test
  void layout14TakesTheFirstTemperatureChannel() throws Exception {
    CellSeries s = importer.parse(SharedData.file(LAYOUT_14), ImportOptions.defaults());

    assertThat(s.metadata().channel()).isEqualTo("27-0-81");
    assertThat(s.metadata().extra()).containsEntry("barcode", "123456789012");
    assertThat(s.temperatureCelsius()).isNotNull();
    assertThat(s.temperatureCelsius()[0]).isCloseTo(25.487, within(1e-3));
    assertThat(s.metadata().warnings())
        .contains("temperature from auxiliary table data_AUX_9_3_1.ndc")
        .anyMatch(w -> w.contains("data_AUX_10_3_1.ndc not used"));
    assertThat(s.stepType()).containsOnly(InstrumentStepType.REST);
  }

  @Test
  void layout5RecordsAreCompleteAndCarryConstantCurrentConstantVoltageSteps() throws Exception {
    CellSeries s = importer.parse(SharedData.file(LAYOUT_5), ImportOptions.defaults());

    assertThat(s.metadata().format()).isEqualTo("Neware .ndax (ndc version 5)");
    assertThat(s.metadata().channel()).isEqualTo("16-1-7");
    assertThat(s.metadata().startTime()).isNull(); // the instrument's clock has no time zone
    assertThat(s.metadata().extra())
        .containsEntry("start time (instrument clock, no time zone)", "2024-02-01 20:24:23");
    assertThat(s.stepType())
        .contains(
            InstrumentStepType.REST,
            InstrumentStepType.CCCV_CHARGE,
            InstrumentStepType.CCCV_DISCHARGE);
    assertThat(s.timeSeconds()[s.size() - 1]).isEqualTo(43800.0);
  }

  @ParameterizedTest(name = "{0} cut to {1} of its length")
  @CsvSource({
    LAYOUT_5 + ", 0.1",
    LAYOUT_5 + ", 0.9",
    LAYOUT_14 + ", 0.5",
    LAYOUT_14 + ", 0.99",
    LAYOUT_17 + ", 0.01",
    LAYOUT_17 + ", 0.6",
    LAYOUT_17 + ", 0.999"
  })
  void truncatedArchiveIsRefusedNamingTheFile(String file, double fraction) throws Exception {
    byte[] whole = Files.readAllBytes(SharedData.file(file));
    Path cut = dir.resolve("cut.ndax");
    Files.write(cut, Arrays.copyOf(whole, (int) (whole.length * fraction)));

    assertThatThrownBy(() -> importer.parse(cut, ImportOptions.defaults()))
        .isInstanceOf(ImportException.class)
        .hasMessageStartingWith("cut.ndax: not a readable zip archive (cut or damaged?)");
  }

  @Test
  void zipWithoutNewareTablesIsNotAnNdax() throws Exception {
    Path zip = dir.resolve("other.ndax");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new ZipEntry("readme.txt"));
      out.write("not a cycler file".getBytes(StandardCharsets.US_ASCII));
    }

    assertThatThrownBy(() -> importer.parse(zip, ImportOptions.defaults()))
        .isInstanceOf(ImportException.class)
        .hasMessage("other.ndax: a zip archive without data.ndc is not a Neware .ndax file");
    assertThatThrownBy(() -> CyclerImporters.importFile(zip, ImportOptions.defaults()))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("not recognised");
  }

  @Test
  void randomBytesAndEmptyFilesAreRefused() throws Exception {
    byte[] bytes = new byte[10_000];
    new Random(3).nextBytes(bytes);
    Path random = Files.write(dir.resolve("random.ndax"), bytes);
    Path empty = Files.write(dir.resolve("empty.ndax"), new byte[0]);

    for (Path p : new Path[] {random, empty}) {
      assertThatThrownBy(() -> importer.parse(p, ImportOptions.defaults()))
          .isInstanceOf(ImportException.class)
          .hasMessageStartingWith(p.getFileName() + ": not a readable zip archive");
    }
  }

  @Test
  void missingRunInformationIsNamed() throws Exception {
    Path copy = rezip(LAYOUT_14, "no-run-info.ndax", Map.of("data_runInfo.ndc", new byte[0]));

    assertThatThrownBy(() -> importer.parse(copy, ImportOptions.defaults()))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("no-run-info.ndax")
        .hasMessageContaining("holds voltage and current only, and data_runInfo.ndc is missing");
  }

  @Test
  void pageWhoseCountDisagreesWithItsBitmapIsRefused() throws Exception {
    byte[] data = entry(LAYOUT_14, "data.ndc");
    ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN).putShort(4096 + 2, (short) 300);
    Path copy = rezip(LAYOUT_14, "damaged.ndax", Map.of("data.ndc", data));

    assertThatThrownBy(() -> importer.parse(copy, ImportOptions.defaults()))
        .isInstanceOf(ImportException.class)
        .hasMessage(
            "damaged.ndax: data.ndc, page 1 (byte 4096): the page says 300 records, its bitmap"
                + " marks 301");
  }

  @Test
  void archiveThatExpandsFarBeyondItsSizeIsRefused() throws Exception {
    // a valid table header, then 64 MiB of empty pages that deflate to about 64 KiB
    Path bomb = dir.resolve("bomb.ndax");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
      out.putNextEntry(new ZipEntry("data.ndc"));
      byte[] page = new byte[4096];
      page[0] = 1;
      page[2] = 17;
      out.write(page);
      Arrays.fill(page, (byte) 0);
      writePages(out, page, 16_384);
    }

    assertThatThrownBy(() -> importer.parse(bomb, ImportOptions.defaults()))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("bomb.ndax: data.ndc")
        .hasMessageContaining("zip bomb");
  }

  @Test
  void doctypeInTheXmlIsNotExpanded() throws Exception {
    String xml =
        "<?xml version=\"1.0\"?><!DOCTYPE root [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<root><config><TestInfo DevID=\"&x;\" UnitID=\"1\" ChlID=\"2\"/></config></root>";
    Path copy =
        rezip(
            LAYOUT_14,
            "doctype.ndax",
            Map.of("TestInfo.xml", xml.getBytes(StandardCharsets.UTF_8)));

    CellSeries s = importer.parse(copy, ImportOptions.defaults());

    assertThat(s.metadata().channel()).isNull();
    assertThat(s.metadata().warnings())
        .anyMatch(w -> w.startsWith("TestInfo.xml could not be read"));
    // without TestInfo.xml the auxiliary channels' types are unknown: no temperature
    assertThat(s.temperatureCelsius()).isNull();
  }

  private static void writePages(OutputStream out, byte[] page, int count) throws IOException {
    for (int i = 0; i < count; i++) {
      out.write(page);
    }
  }

  private static byte[] entry(String file, String name) throws IOException {
    try (ZipFile zip = new ZipFile(SharedData.file(file).toFile())) {
      return zip.getInputStream(zip.getEntry(name)).readAllBytes();
    }
  }

  /** A copy of a shared archive with entries replaced (an empty array removes the entry). */
  private Path rezip(String file, String newName, Map<String, byte[]> replaced) throws IOException {
    Path copy = dir.resolve(newName);
    try (ZipFile zip = new ZipFile(SharedData.file(file).toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry e = entries.nextElement();
        byte[] bytes = replaced.get(e.getName());
        if (bytes != null && bytes.length == 0) {
          continue;
        }
        out.putNextEntry(new ZipEntry(e.getName()));
        out.write(bytes != null ? bytes : zip.getInputStream(e).readAllBytes());
      }
    }
    return copy;
  }
}

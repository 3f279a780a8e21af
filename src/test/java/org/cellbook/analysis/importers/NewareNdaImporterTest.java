package org.cellbook.analysis.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import org.cellbook.analysis.series.CellSeries;
import org.cellbook.analysis.series.InstrumentStepType;
import org.cellbook.analysis.testdata.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Neware .nda binaries; the reference values are checked in {@link ManifestFilesTest}. */
@Timeout(30)
class NewareNdaImporterTest {

  private static final String V29 = "navani__test.nda";
  private static final String BTS90 = "newarenda__2-1-6_61_07005012.nda";

  private final NewareNdaImporter importer = new NewareNdaImporter();

  @TempDir Path dir;

  @Test
  void version29KeepsNegativeVoltagesAndAddsUpStepTimes() throws Exception {
    CellSeries s = importer.parse(SharedData.file(V29), ImportOptions.defaults());

    assertThat(s.metadata().format()).isEqualTo("Neware .nda (version 29)");
    assertThat(Arrays.stream(s.voltageVolts()).allMatch(v -> v < 0)).isTrue();
    assertThat(s.stepType()[0]).isEqualTo(InstrumentStepType.CC_DISCHARGE);
    assertThat(s.currentMilliAmps()[10]).isNegative();
    // six steps end at step times 5, 25, 50, 100, 500 and 41.6 s: 721.6 s of test
    assertThat(s.timeSeconds()[s.size() - 1]).isCloseTo(721.6, within(1e-9));
    assertThat(s.metadata().extra())
        .containsEntry("start time (instrument clock, no time zone)", "2020-03-25 11:16:50")
        .hasEntrySatisfying("server version", v -> assertThat(v).startsWith("BTSServer"));
    // 1000 µg at byte 152
    assertThat(s.metadata().activeMassMilligrams()).isEqualTo(1.0);
    assertThat(s.metadata().warnings()).anyMatch(w -> w.contains("5 record(s) other than data"));
  }

  @Test
  void cycleIndexIsTheChargeFirstStatistic() throws Exception {
    CellSeries s = importer.parse(SharedData.file(V29), ImportOptions.defaults());

    // the stored loop counter is 0 throughout; BTSDA counts a new cycle at the charge after a
    // discharge: discharge, rest → cycle 1; charge, rest, discharge, rest → cycle 2
    int firstCharge = firstOf(s, InstrumentStepType.CC_CHARGE);
    assertThat(s.instrumentCycleIndex()[firstCharge - 1]).isEqualTo(1);
    assertThat(s.instrumentCycleIndex()[firstCharge]).isEqualTo(2);
    assertThat(s.instrumentCycleIndex()[s.size() - 1]).isEqualTo(2);
  }

  @Test
  void negativeDischargeCounterGivesUnsignedStepCharge() throws Exception {
    CellSeries s = importer.parse(SharedData.file(BTS90), ImportOptions.defaults());

    assertThat(s.metadata().format()).isEqualTo("Neware .nda (version 130)");
    assertThat(s.metadata().extra()).containsEntry("BTS layout", "9.0");
    assertThat(s.metadata().startTime()).isEqualTo(Instant.parse("2016-04-19T12:21:01.483Z"));
    assertThat(s.stepType()).containsOnly(InstrumentStepType.PULSE);
    // the file's counter ends at −1 079 501.25 mA·s: 299.861 mAh passed
    assertThat(s.stepChargeMilliAmpHours()[s.size() - 1]).isCloseTo(299.8615, within(1e-3));
    assertThat(Arrays.stream(s.stepChargeMilliAmpHours()).allMatch(q -> q >= 0)).isTrue();
  }

  @Test
  void auxiliaryTemperatureJoinsItsRecordByIndex() throws Exception {
    byte[] bytes = Files.readAllBytes(SharedData.file(V29));
    // turn the first step summary (0xAA) into a reading of auxiliary channel 1 for record 300
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    int at = firstRecordOfKind(bytes, (byte) 0xAA);
    Arrays.fill(bytes, at, at + 86, (byte) 0);
    b.put(at, (byte) 0x65).put(at + 1, (byte) 1).putInt(at + 2, 300).putShort(at + 34, (short) 253);
    Path aux = dir.resolve("aux.nda");
    Files.write(aux, bytes);

    CellSeries s = importer.parse(aux, ImportOptions.defaults());

    assertThat(s.temperatureCelsius()[299]).isCloseTo(25.3, within(1e-9));
    assertThat(s.temperatureCelsius()[298]).isNaN();
    assertThat(s.metadata().warnings()).contains("temperature from auxiliary channel 1");
  }

  @ParameterizedTest(name = "{0} cut at {1}")
  @CsvSource({
    "navani__test.nda, 60",
    "navani__test.nda, 3000",
    "navani__test.nda, 85471",
    "navani__test.nda, 100000",
    "navani__test.nda, 123569",
    "navani__test.nda, 123654",
    "newarenda__2-1-6_61_07005012.nda, 1000",
    "newarenda__2-1-6_61_07005012.nda, 1024",
    "newarenda__2-1-6_61_07005012.nda, 500000",
    "newarenda__2-1-6_61_07005012.nda, 1370920"
  })
  void truncatedFileIsRefusedNamingFileAndByte(String file, int length) throws Exception {
    byte[] whole = Files.readAllBytes(SharedData.file(file));
    Path cut = dir.resolve("cut.nda");
    Files.write(cut, Arrays.copyOf(whole, length));

    assertThatThrownBy(() -> importer.parse(cut, ImportOptions.defaults()))
        .isInstanceOf(ImportException.class)
        .hasMessageStartingWith("cut.nda: ")
        .hasMessageMatching("(?s).*(byte \\d+|ends inside its header).*");
  }

  @Test
  void unsupportedVersionIsNamed() throws Exception {
    byte[] bytes = Files.readAllBytes(SharedData.file(V29));
    bytes[14] = 77;
    Path other = dir.resolve("v77.nda");
    Files.write(other, bytes);

    assertThatThrownBy(() -> importer.parse(other, ImportOptions.defaults()))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("v77.nda")
        .hasMessageContaining(".nda version 77 is not supported");
  }

  @Test
  void headerFollowedByRandomBytesHasNoRecords() throws Exception {
    byte[] bytes = new byte[200_000];
    new Random(7).nextBytes(bytes);
    System.arraycopy("NEWARE".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 6);
    bytes[14] = 29;
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(72, bytes.length);
    Path junk = dir.resolve("junk.nda");
    Files.write(junk, bytes);

    assertThatThrownBy(() -> importer.parse(junk, ImportOptions.defaults()))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("junk.nda");
  }

  @Test
  void randomBytesAndEmptyFilesAreNotNewareFiles() throws Exception {
    byte[] bytes = new byte[10_000];
    new Random(11).nextBytes(bytes);
    Path random = Files.write(dir.resolve("random.nda"), bytes);
    Path empty = Files.write(dir.resolve("empty.nda"), new byte[0]);

    for (Path p : new Path[] {random, empty}) {
      assertThatThrownBy(() -> importer.parse(p, ImportOptions.defaults()))
          .isInstanceOf(ImportException.class)
          .hasMessageContaining(p.getFileName().toString())
          .hasMessageContaining("not a Neware .nda file");
      assertThatThrownBy(() -> CyclerImporters.importFile(p, ImportOptions.defaults()))
          .isInstanceOf(ImportException.class)
          .hasMessageContaining("not recognised");
    }
  }

  private static int firstOf(CellSeries s, InstrumentStepType type) {
    for (int i = 0; i < s.size(); i++) {
      if (s.stepType()[i] == type) {
        return i;
      }
    }
    throw new AssertionError("no " + type);
  }

  /** The first 86-byte version-29 record of a kind; records start at byte 85 471 in this file. */
  private static int firstRecordOfKind(byte[] bytes, byte kind) {
    for (int p = 85_471; p + 86 <= bytes.length; p += 86) {
      if (bytes[p] == kind) {
        return p;
      }
    }
    throw new AssertionError("no record of kind " + kind);
  }
}

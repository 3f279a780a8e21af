package org.cellbook.measurements;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.cellbook.Fixtures;
import org.cellbook.storage.StorageSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The start-up clean-up removes what killed processes left — upload parts, analysis folders of
 * processes that are gone, half-written series, series without a measurement, stored files no
 * measurement refers to — and keeps what another process may be using.
 */
@SpringBootTest
@WithMockUser(username = "ana", roles = "RESEARCHER")
@ExtendWith(OutputCaptureExtension.class)
class LeftoversTest {

  @Autowired Leftovers leftovers;
  @Autowired FileStore store;
  @Autowired MeasurementService measurements;
  @Autowired Fixtures fixtures;

  @Autowired StorageSettings storage;

  private static final FileTime TWO_HOURS_AGO =
      FileTime.from(Instant.now().minus(Duration.ofHours(2)));

  private static Path old(Path p) throws Exception {
    return Files.setLastModifiedTime(p, TWO_HOURS_AGO);
  }

  private static Path file(Path p, int bytes) throws Exception {
    Files.createDirectories(p.getParent());
    return Files.write(p, new byte[bytes]);
  }

  private static byte[] unique(long seed) {
    byte[] b = new byte[2048];
    new Random(seed).nextBytes(b);
    return b;
  }

  @Test
  void whatKilledProcessesLeftGoesWhatMayBeInUseStays(CapturedOutput log) throws Exception {
    Path incoming = storage.dataDir().resolve("files/incoming");
    Path cutUpload = old(file(incoming.resolve("upload-killed.part"), 5000));
    Path liveUpload = file(incoming.resolve("upload-running.part"), 10);

    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    Path tmp = storage.dataDir().resolve("tmp");
    Path deadFolder = tmp.resolve("analysis-" + gone.pid() + "-1");
    file(deadFolder.resolve("1/channel.txt"), 300);
    Path predecessor = tmp.resolve("analysis-" + ProcessHandle.current().pid() + "-2");
    Files.createDirectories(predecessor);
    long running = ProcessHandle.current().parent().orElseThrow().pid();
    Path othersFolder = Files.createDirectories(tmp.resolve("analysis-" + running + "-3"));

    byte[] noise = unique(31);
    String failed =
        measurements
            .attachToCell(
                fixtures.halfCell().getCode(),
                null,
                List.of(new NewFile("noise.dat", () -> new ByteArrayInputStream(noise))),
                null)
            .getCode();
    measurements.awaitAnalyses(Duration.ofSeconds(60));
    String referenced = measurements.file(failed, 1).getSha256();
    old(store.localPath(referenced));
    // an analysis links the stored files it reads: the link goes, the stored file stays
    Files.createSymbolicLink(deadFolder.resolve("1/linked.dat"), store.localPath(referenced));
    Path halfSeries =
        old(file(storage.dataDir().resolve("series/" + failed + "/series42.part"), 800));
    Path strayFile = old(file(storage.dataDir().resolve("series/M-1999-0001/1.cols"), 700));
    old(strayFile.getParent());

    String orphan = store.put(new ByteArrayInputStream(unique(32)), 1 << 20).sha256();
    old(store.localPath(orphan));
    String fresh = store.put(new ByteArrayInputStream(unique(33)), 1 << 20).sha256();

    // another test's command-line run may have turned logging down to errors for this JVM
    Logger logger = (Logger) LoggerFactory.getLogger(Leftovers.class);
    Level level = logger.getLevel();
    logger.setLevel(Level.INFO);
    Leftovers.Report r;
    try {
      r = leftovers.sweep();
    } finally {
      logger.setLevel(level);
    }

    assertThat(cutUpload).doesNotExist();
    assertThat(liveUpload).exists();
    assertThat(deadFolder).doesNotExist();
    assertThat(predecessor).doesNotExist();
    assertThat(othersFolder).exists();
    assertThat(halfSeries).doesNotExist();
    assertThat(strayFile.getParent()).doesNotExist();
    assertThat(store.contains(orphan)).isFalse();
    assertThat(store.contains(fresh)).as("may be mid-upload in another process").isTrue();
    assertThat(store.contains(referenced)).isTrue();
    assertThat(r.uploadParts()).isEqualTo(new Swept(1, 5000));
    assertThat(r.workFolders()).isEqualTo(new Swept(2, 300));
    assertThat(r.seriesParts()).isEqualTo(new Swept(1, 800));
    assertThat(r.series()).isEqualTo(new Swept(1, 700));
    assertThat(r.files()).isEqualTo(new Swept(1, 2048));
    assertThat(log.getOut())
        .contains("removed what earlier runs left behind: upload parts 1 file, 5 kB");
    Files.delete(liveUpload);
  }
}

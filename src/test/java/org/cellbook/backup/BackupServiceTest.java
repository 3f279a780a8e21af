package org.cellbook.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.cellbook.Fixtures;
import org.cellbook.TestSettings;
import org.cellbook.analysis.testdata.SharedData;
import org.cellbook.measurements.LocalFileStore;
import org.cellbook.measurements.MeasurementService;
import org.cellbook.measurements.NewFile;
import org.cellbook.measurements.SeriesStore;
import org.cellbook.security.SystemUser;
import org.cellbook.storage.EmbeddedDatabase;
import org.cellbook.storage.StorageSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/** A backup taken while the app's database is open in this JVM and saves keep coming. */
@SpringBootTest
@WithMockUser(username = "backer", roles = "RESEARCHER")
class BackupServiceTest {

  @Autowired BackupService backups;
  @Autowired Fixtures fixtures;
  @Autowired MeasurementService measurements;
  @Autowired DataSource dataSource;

  @TempDir Path temp;

  private long count(DataSource from, String table) throws Exception {
    try (Connection c = from.getConnection()) {
      return count(c, table);
    }
  }

  private static long count(Connection c, String table) throws Exception {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select count(*) from " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void aBackupTakenWhileLotsAreSavedIsOneConsistentSnapshot() throws Exception {
    Path land = SharedData.file("land/synthetic_LAND_NaHC_formation_rate.txt");
    String code =
        measurements
            .attachToCell(
                fixtures.halfCell().getCode(),
                null,
                List.of(
                    new NewFile(land.getFileName().toString(), () -> Files.newInputStream(land))),
                null)
            .getCode();
    assertThat(measurements.awaitAnalyses(Duration.ofSeconds(60))).isTrue();

    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger saved = new AtomicInteger();
    Thread saving =
        Thread.ofPlatform()
            .start(
                () -> {
                  while (!stop.get()) {
                    SystemUser.call(() -> fixtures.activatedCarbon(1.0));
                    saved.incrementAndGet();
                  }
                });
    BackupService.Written written;
    long lotsBefore;
    long lotsAfter;
    try {
      while (saved.get() < 2) {
        Thread.onSpinWait();
      }
      lotsBefore = count(dataSource, "lot");
      written = backups.write(temp.resolve("live.zip"));
      lotsAfter = count(dataSource, "lot");
    } finally {
      stop.set(true);
      saving.join();
    }
    assertThat(lotsAfter).as("lots were saved while the backup ran").isGreaterThan(lotsBefore);
    assertThat(written.manifest().entries())
        .extracting(Manifest.Entry::path)
        .contains(Manifest.DATABASE_ENTRY, "series/" + code + "/1.cols");

    Path restored = temp.resolve("restored");
    BackupArchive.restore(written.file(), restored);
    try (Connection c = EmbeddedDatabase.prepare(restored).anchor()) {
      assertThat(count(c, "lot")).isBetween(lotsBefore, lotsAfter);
      // every raw file the snapshot refers to came with it, byte for byte
      List<String> shas = new ArrayList<>();
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("select distinct sha256 from measurement_file")) {
        while (rs.next()) {
          shas.add(rs.getString(1));
        }
      }
      LocalFileStore store = new LocalFileStore(restored.resolve("files"));
      for (String sha : shas) {
        assertThat(store.rehash(sha)).isEqualTo(sha);
      }
    }
    assertThat(new SeriesStore(restored.resolve("series")).read(code, 1).size()).isEqualTo(22503);
  }

  @Test
  void aNotebookOnPostgresqlIsReferredToItsOwnToolsAndNothingIsWritten() throws Exception {
    DataSource postgres = mock(DataSource.class);
    Connection c = mock(Connection.class);
    DatabaseMetaData meta = mock(DatabaseMetaData.class);
    when(postgres.getConnection()).thenReturn(c);
    when(c.getMetaData()).thenReturn(meta);
    when(meta.getURL()).thenReturn("jdbc:postgresql://db.lab/cellbook");
    when(meta.getDatabaseProductName()).thenReturn("PostgreSQL");
    BackupService service =
        new BackupService(
            postgres,
            new LocalFileStore(temp.resolve("files")),
            new SeriesStore(temp.resolve("series")),
            TestSettings.bind(StorageSettings.class, "cellbook.data-dir", temp),
            Clock.systemUTC());

    Path out = temp.resolve("pg.zip");
    assertThatThrownBy(() -> service.write(out))
        .isInstanceOf(BackupRefusedException.class)
        .hasMessageContaining("runs on PostgreSQL")
        .hasMessageContaining("pg_dump")
        .hasMessageContaining(temp.resolve("files").toString())
        .hasMessageContaining("README's \"Backup and restore\"");
    try (var left = Files.list(temp)) {
      assertThat(left).isEmpty();
    }
  }
}

package org.cellbook.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlywayMigrationTest {

  @TempDir Path dataDir;

  @Test
  void migratesAnEmptyFileDatabaseToTheCurrentSchema() throws Exception {
    String url = "jdbc:h2:file:" + dataDir.resolve("cellbook");
    var result = Flyway.configure().dataSource(url, "sa", "").load().migrate();

    assertThat(result.success).isTrue();
    assertThat(result.migrationsExecuted).isPositive();
    List<String> tables = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "select lower(table_name) from information_schema.tables where table_schema = 'PUBLIC'")) {
      while (rs.next()) {
        tables.add(rs.getString(1));
      }
    }
    assertThat(tables)
        .contains(
            "material",
            "lot",
            "lot_movement",
            "synthesis_batch",
            "batch_input",
            "batch_step",
            "electrode_sheet",
            "disc",
            "cell",
            "revinfo",
            "cell_aud",
            "synthesis_batch_aud");
    // A second start finds nothing to do.
    assertThat(Flyway.configure().dataSource(url, "sa", "").load().migrate().migrationsExecuted)
        .isZero();
  }
}

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

  /**
   * Schema 14 lets a disc that a withdrawn cell gave back go into a new cell: no unique index is
   * left on a cell's discs (the service keeps one active cell per disc), and the foreign keys stay.
   */
  @Test
  void aCellsDiscsAreNoLongerUniqueButStillReferenceDiscs() throws Exception {
    String url = "jdbc:h2:file:" + dataDir.resolve("discs");
    Flyway.configure().dataSource(url, "sa", "").target("13").load().migrate();
    assertThat(uniqueIndexesOnDiscs(url)).isEqualTo(2);

    assertThat(Flyway.configure().dataSource(url, "sa", "").load().migrate().success).isTrue();
    assertThat(uniqueIndexesOnDiscs(url)).isZero();
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "select lower(k.column_name) from information_schema.table_constraints tc"
                        + " join information_schema.key_column_usage k"
                        + " on k.constraint_name = tc.constraint_name"
                        + " where tc.table_name = 'CELL' and tc.constraint_type = 'FOREIGN KEY'")) {
      List<String> columns = new ArrayList<>();
      while (rs.next()) {
        columns.add(rs.getString(1));
      }
      assertThat(columns).contains("working_disc_id", "counter_disc_id");
    }
  }

  private static int uniqueIndexesOnDiscs(String url) throws Exception {
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        ResultSet rs = c.getMetaData().getIndexInfo(null, "PUBLIC", "CELL", true, false)) {
      int n = 0;
      while (rs.next()) {
        if (List.of("WORKING_DISC_ID", "COUNTER_DISC_ID").contains(rs.getString("COLUMN_NAME"))) {
          n++;
        }
      }
      return n;
    }
  }

  /**
   * A run stored before KPIs carried an implausibility reason (schema 7) keeps its KPIs through the
   * upgrade, unchanged and plausible: a null reason means plausible.
   */
  @Test
  void anOldRunsKpisStayAsTheyWereAndReadAsPlausible() throws Exception {
    String url = "jdbc:h2:file:" + dataDir.resolve("old");
    Flyway.configure().dataSource(url, "sa", "").target("7").load().migrate();
    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      var s = c.createStatement();
      s.execute(
          "insert into material (id, code, name, kind, version) values (1, 'M1', 'hard carbon',"
              + " 'SYNTHESISED_CARBON', 0)");
      s.execute(
          "insert into lot (id, code, material_id, origin, unit, amount_initial, amount_left,"
              + " created_at, version) values (1, 'L1', 1, 'PURCHASED', 'GRAM', 1, 1,"
              + " current_timestamp, 0)");
      s.execute(
          "insert into measurement (id, code, lot_id, technique, status, progress, parameters,"
              + " created_at, version) values (1, 'M-2025-0001', 1, 'XRD', 'DONE', 1, '{}',"
              + " current_timestamp, 0)");
      s.execute(
          "insert into analysis_run (id, measurement_id, run_number, analysis_version, parameters,"
              + " result_json, created_at, version) values (1, 1, 1, 'cellbook 0.9', '{}',"
              + " '{\"kpis\":{\"d002_nm\":0.3712},\"warnings\":[]}', current_timestamp, 0)");
      s.execute(
          "insert into kpi (run_id, measurement_id, lot_id, name, kpi_value, unit, is_current)"
              + " values (1, 1, 1, 'd002_nm', 0.3712, 'nm', true)");
    }

    assertThat(Flyway.configure().dataSource(url, "sa", "").load().migrate().success).isTrue();

    try (Connection c = DriverManager.getConnection(url, "sa", "");
        ResultSet rs =
            c.createStatement()
                .executeQuery("select name, kpi_value, unit, implausible_reason from kpi")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("d002_nm");
      assertThat(rs.getDouble(2)).isEqualTo(0.3712);
      assertThat(rs.getString(3)).isEqualTo("nm");
      assertThat(rs.getString(4)).isNull();
      assertThat(rs.next()).isFalse();
    }
  }
}

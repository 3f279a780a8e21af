package org.cellbook.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;

/**
 * Gives every generated cell an analysed cycling measurement (ICE, reversible and sloping capacity)
 * and every produced lot a sorption/XRD measurement (S_BET, R value), written straight to the
 * tables as the app would, so KPI searches and series comparisons run at scale.
 */
final class KpiGenerator {

  private final DataSource dataSource;
  private final Random random;
  private final Timestamp now = Timestamp.from(Instant.parse("2026-10-02T09:00:00Z"));
  private long nextId = 50_000_000;

  KpiGenerator(DataSource dataSource, long seed) {
    this.dataSource = dataSource;
    this.random = new Random(seed);
  }

  /** Returns the number of KPI rows written. */
  int generate() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      List<long[]> cells = ids(c, "select id from cell");
      List<long[]> lots = ids(c, "select id from lot where produced_by_batch_id is not null");
      int kpis = 0;
      try (PreparedStatement m =
              c.prepareStatement(
                  "insert into measurement (id, code, cell_id, lot_id, technique, format, status,"
                      + " progress, parameters, record_count, created_at, created_by, analysed_at,"
                      + " version) values (?, ?, ?, ?, ?, 'bench', 'DONE', 1, '{}', 1000, ?,"
                      + " 'bench', ?, 0)");
          PreparedStatement r =
              c.prepareStatement(
                  "insert into analysis_run (id, measurement_id, run_number, analysis_version,"
                      + " parameters, result_json, created_at, created_by, version)"
                      + " values (?, ?, 1, 'bench', '{}', '{}', ?, 'bench', 0)");
          PreparedStatement current =
              c.prepareStatement("update measurement set current_run_id = ? where id = ?");
          PreparedStatement k =
              c.prepareStatement(
                  "insert into kpi (id, run_id, measurement_id, cell_id, lot_id, name, kpi_value,"
                      + " unit, is_current) values (?, ?, ?, ?, ?, ?, ?, ?, true)")) {
        int n = 0;
        for (long[] cell : cells) {
          long run = measurement(m, r, current, cell[0], null, "RATE");
          double ice = 0.6 + 0.3 * random.nextDouble();
          double rev = 200 + 150 * random.nextDouble();
          kpis += kpi(k, run, cell[0], null, "ice", ice, null);
          kpis += kpi(k, run, cell[0], null, "reversible_capacity_mah_g", rev, "mAh g⁻¹");
          kpis += kpi(k, run, cell[0], null, "sloping_capacity_mah_g", 0.4 * rev, "mAh g⁻¹");
          if (++n % 5000 == 0) {
            flush(m, r, current, k);
          }
        }
        for (long[] lot : lots) {
          long run = measurement(m, r, current, null, lot[0], "SORPTION");
          kpis +=
              kpi(k, run, null, lot[0], "bet_area_m2_g", 50 + 450 * random.nextDouble(), "m² g⁻¹");
          kpis += kpi(k, run, null, lot[0], "r_value", 2 + 3 * random.nextDouble(), null);
        }
        flush(m, r, current, k);
      }
      c.commit();
      return kpis;
    }
  }

  private long measurement(
      PreparedStatement m,
      PreparedStatement r,
      PreparedStatement current,
      Long cell,
      Long lot,
      String technique)
      throws SQLException {
    long id = nextId++;
    m.setLong(1, id);
    m.setString(2, "BM-%08d".formatted(id));
    m.setObject(3, cell);
    m.setObject(4, lot);
    m.setString(5, technique);
    m.setTimestamp(6, now);
    m.setTimestamp(7, now);
    m.addBatch();
    long run = nextId++;
    r.setLong(1, run);
    r.setLong(2, id);
    r.setTimestamp(3, now);
    r.addBatch();
    current.setLong(1, run);
    current.setLong(2, id);
    current.addBatch();
    return run;
  }

  private int kpi(
      PreparedStatement k, long run, Long cell, Long lot, String name, double value, String unit)
      throws SQLException {
    k.setLong(1, nextId++);
    k.setLong(2, run);
    k.setLong(3, run - 1); // the measurement is created just before its run
    k.setObject(4, cell);
    k.setObject(5, lot);
    k.setString(6, name);
    k.setDouble(7, value);
    k.setString(8, unit);
    k.addBatch();
    return 1;
  }

  private static List<long[]> ids(Connection c, String sql) throws SQLException {
    List<long[]> out = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(sql);
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        out.add(new long[] {rs.getLong(1)});
      }
    }
    return out;
  }

  /** Measurements before their runs, runs before the KPIs and the current-run links. */
  private static void flush(
      PreparedStatement m, PreparedStatement r, PreparedStatement current, PreparedStatement k)
      throws SQLException {
    m.executeBatch();
    r.executeBatch();
    current.executeBatch();
    k.executeBatch();
  }
}

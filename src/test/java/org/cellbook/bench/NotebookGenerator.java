package org.cellbook.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Random;
import javax.sql.DataSource;

/**
 * Writes a large, realistic notebook straight into the tables (deterministic for a seed), for
 * benchmarks only: {@code cells} coin cells, each with its disc, sheet, active lot, batch, the
 * batch's input lots and the precursor batches behind them, so a cell's ancestry is 8 flows deep.
 * One batch ("the big batch") feeds 1,000 cells; the others about 200 each.
 *
 * <p>It bypasses the services on purpose: building 100,000 cells one service call at a time would
 * measure the builder, not the notebook.
 */
final class NotebookGenerator {

  static final String BIG_BATCH = "BB-F-000001";
  static final int CELLS_PER_SHEET = 10;

  private final DataSource dataSource;
  private final Random random;
  private final Timestamp now = Timestamp.from(Instant.parse("2026-10-01T09:00:00Z"));

  private long nextId = 1_000_000;

  NotebookGenerator(DataSource dataSource, long seed) {
    this.dataSource = dataSource;
    this.random = new Random(seed);
  }

  /** Generated counts, for the report. */
  record Summary(int batches, int lots, int sheets, int discs, int cells) {}

  Summary generate(int cells) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      long host = material(c, "BM-HOST", "bench host carbon", "HOST_CARBON");
      long filler = material(c, "BM-FILL", "bench filler", "FILLER");
      long binder = material(c, "BM-CMC", "bench binder", "BINDER");
      long foil = material(c, "BM-CU", "bench copper foil", "CURRENT_COLLECTOR");
      long separator = material(c, "BM-GF", "bench separator", "SEPARATOR");
      long electrolyte = material(c, "BM-EL", "bench electrolyte", "ELECTROLYTE");
      long sodium = material(c, "BM-NA", "bench sodium", "COUNTER_ELECTRODE");
      long product = material(c, "BM-HC", "bench hard carbon", "SYNTHESISED_CARBON");
      long hostLot = purchasedLot(c, "BL-HOST", host, "GRAM", 1e6);
      long fillerLot = purchasedLot(c, "BL-FILL", filler, "GRAM", 1e6);
      long binderLot = purchasedLot(c, "BL-CMC", binder, "GRAM", 1e6);
      long foilLot = purchasedLot(c, "BL-CU", foil, "PIECE", 1e6);
      long separatorLot = purchasedLot(c, "BL-GF", separator, "PIECE", 1e7);
      long electrolyteLot = purchasedLot(c, "BL-EL", electrolyte, "MILLILITRE", 1e7);
      long sodiumLot = purchasedLot(c, "BL-NA", sodium, "GRAM", 1e6);
      int lots = 7;

      int finalBatches = Math.max(1, (cells - 1000) / 200 + 1);
      int sheets = 0;
      int discs = 0;
      int made = 0;
      try (PreparedStatement batch =
              c.prepareStatement(
                  "insert into synthesis_batch (id, code, name, route_code, key_temperature_c, status, operator_name, created_at, product_mass_g, version)"
                      + " values (?, ?, ?, ?, ?, 'DONE', ?, ?, ?, 0)");
          PreparedStatement input =
              c.prepareStatement(
                  "insert into batch_input (id, batch_id, seq_no, lot_id, role, planned_mass_g, mass_g, version) values (?, ?, ?, ?, ?, ?, ?, 0)");
          PreparedStatement lot =
              c.prepareStatement(
                  "insert into lot (id, code, material_id, origin, unit, amount_initial, amount_left, produced_by_batch_id, created_at, version)"
                      + " values (?, ?, ?, 'PRODUCED', 'GRAM', ?, ?, ?, ?, 0)");
          PreparedStatement sheet =
              c.prepareStatement(
                  "insert into electrode_sheet (id, code, name, active_lot_id, binder_lot_id, collector_lot_id, active_fraction_pct,"
                      + " binder_fraction_pct, additive_fraction_pct, binder_solution_mg_ml, solvent, slurry_active_mass_g, operator_name, created_at, version)"
                      + " values (?, ?, ?, ?, ?, ?, 90, 10, 0, 12.5, 'water', 0.5, ?, ?, 0)");
          PreparedStatement disc =
              c.prepareStatement(
                  "insert into disc (id, code, sheet_id, seq_no, diameter_mm, disc_mass_mg, blank_mass_mg, version) values (?, ?, ?, ?, 12, ?, ?, 0)");
          PreparedStatement cell =
              c.prepareStatement(
                  "insert into cell (id, code, name, cell_format, configuration, working_disc_id, counter_lot_id, separator_lot_id, electrolyte_lot_id,"
                      + " electrolyte_volume_ul, h2o_ppm, o2_ppm, assembled_by, status, created_at, version)"
                      + " values (?, ?, ?, 'CR2032', 'HALF', ?, ?, ?, ?, 60, 0.1, 0.1, ?, ?, ?, 0)")) {
        for (int b = 1; b <= finalBatches && made < cells; b++) {
          // Precursor batch: purchased host lot → pyrolysis → precursor lot.
          long pre = nextId++;
          addBatch(batch, pre, "BB-P-%06d".formatted(b), "pyrolysis", 900);
          addInput(input, pre, 1, hostLot, "PRECURSOR", 1.0);
          long preLot = nextId++;
          addLot(lot, preLot, "BL-P-%06d".formatted(b), product, 0.6, pre);
          // Final batch: precursor lot + filler → molten diffusion–carbonization → active lot.
          long fin = nextId++;
          double temperature = new double[] {750, 900, 1050, 1200}[random.nextInt(4)];
          addBatch(
              batch, fin, "BB-F-%06d".formatted(b), "molten-diffusion-carbonization", temperature);
          addInput(input, fin, 1, preLot, "HOST", 0.5);
          addInput(input, fin, 2, fillerLot, "FILLER", 1.18);
          long active = nextId++;
          addLot(lot, active, "BL-F-%06d".formatted(b), product, 1.0, fin);
          lots += 2;
          int cellsOfBatch = b == 1 ? 1000 : 200;
          for (int s = 0; s < cellsOfBatch / CELLS_PER_SHEET && made < cells; s++) {
            long sheetId = nextId++;
            sheets++;
            sheet.setLong(1, sheetId);
            sheet.setString(2, "BE-%06d".formatted(sheets));
            sheet.setString(3, "bench sheet " + sheets);
            sheet.setLong(4, active);
            sheet.setLong(5, binderLot);
            sheet.setLong(6, foilLot);
            sheet.setString(7, operator());
            sheet.setTimestamp(8, now);
            sheet.addBatch();
            for (int d = 1; d <= CELLS_PER_SHEET && made < cells; d++) {
              long discId = nextId++;
              discs++;
              double blank = 9.8 + random.nextGaussian() * 0.05;
              disc.setLong(1, discId);
              disc.setString(2, "BE-%06d-D%d".formatted(sheets, d));
              disc.setLong(3, sheetId);
              disc.setInt(4, d);
              disc.setDouble(5, blank + 2.0 + random.nextGaussian() * 0.1);
              disc.setDouble(6, blank);
              disc.addBatch();
              long cellId = nextId++;
              made++;
              cell.setLong(1, cellId);
              cell.setString(2, "BC-%06d".formatted(made));
              cell.setString(3, "bench cell " + made);
              cell.setLong(4, discId);
              cell.setLong(5, sodiumLot);
              cell.setLong(6, separatorLot);
              cell.setLong(7, electrolyteLot);
              cell.setString(8, operator());
              cell.setString(9, random.nextInt(10) < 7 ? "FINISHED" : "ON_TEST");
              cell.setTimestamp(10, now);
              cell.addBatch();
            }
          }
          if (b % 50 == 0) {
            flush(batch, lot, input, sheet, disc, cell);
          }
        }
        flush(batch, lot, input, sheet, disc, cell);
      }
      // Later inserts through the app must not collide with the generated ids.
      try (Statement s = c.createStatement()) {
        for (String table :
            new String[] {
              "material", "lot", "synthesis_batch", "batch_input", "electrode_sheet", "disc", "cell"
            }) {
          s.execute("alter table " + table + " alter column id restart with " + nextId);
        }
      }
      c.commit();
      return new Summary(finalBatches * 2, lots, sheets, discs, made);
    }
  }

  private String operator() {
    return new String[] {"ana", "ben", "chen", "dana"}[random.nextInt(4)];
  }

  private static void flush(PreparedStatement... statements) throws SQLException {
    for (PreparedStatement s : statements) {
      s.executeBatch();
    }
  }

  private long material(Connection c, String code, String name, String kind) throws SQLException {
    long id = nextId++;
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into material (id, code, name, kind, version) values (?, ?, ?, ?, 0)")) {
      s.setLong(1, id);
      s.setString(2, code);
      s.setString(3, name);
      s.setString(4, kind);
      s.executeUpdate();
    }
    return id;
  }

  private long purchasedLot(Connection c, String code, long material, String unit, double amount)
      throws SQLException {
    long id = nextId++;
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into lot (id, code, material_id, origin, unit, amount_initial, amount_left, created_at, version) values (?, ?, ?, 'PURCHASED', ?, ?, ?, ?, 0)")) {
      s.setLong(1, id);
      s.setString(2, code);
      s.setLong(3, material);
      s.setString(4, unit);
      s.setDouble(5, amount);
      s.setDouble(6, amount);
      s.setTimestamp(7, now);
      s.executeUpdate();
    }
    return id;
  }

  private void addBatch(PreparedStatement s, long id, String code, String route, double temperature)
      throws SQLException {
    s.setLong(1, id);
    s.setString(2, code);
    s.setString(3, code);
    s.setString(4, route);
    s.setDouble(5, temperature);
    s.setString(6, operator());
    s.setTimestamp(7, now);
    s.setDouble(8, 1.0);
    s.addBatch();
  }

  private void addInput(
      PreparedStatement s, long batchId, int seq, long lotId, String role, double grams)
      throws SQLException {
    s.setLong(1, nextId++);
    s.setLong(2, batchId);
    s.setInt(3, seq);
    s.setLong(4, lotId);
    s.setString(5, role);
    s.setDouble(6, grams);
    s.setDouble(7, grams);
    s.addBatch();
  }

  private void addLot(
      PreparedStatement s, long id, String code, long material, double grams, long batchId)
      throws SQLException {
    s.setLong(1, id);
    s.setString(2, code);
    s.setLong(3, material);
    s.setDouble(4, grams);
    s.setDouble(5, grams);
    s.setLong(6, batchId);
    s.setTimestamp(7, now);
    s.addBatch();
  }
}

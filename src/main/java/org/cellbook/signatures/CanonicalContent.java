package org.cellbook.signatures;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cellbook.base.NotFoundException;
import org.cellbook.base.RecordType;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a signature covers, read from the database as stored: the record's own fields, its parts
 * (steps and inputs of a batch, discs of a sheet, files of a measurement with their SHA-256,
 * batches of a series) and the records it names, by code. Version 1 of the field lists below is
 * fixed: a new column is not signed until a new version says so, so old signatures keep checking
 * (docs/decisions/0020). Keys are the column names, which carry their units ({@code disc_mass_mg},
 * {@code temperature_c}). Fields that background work changes (a measurement's analysis status,
 * recognised technique, KPIs) are left out: they are results, not the record.
 */
@Component
class CanonicalContent {

  /** The serialization this class writes; stored with every signature. */
  static final int VERSION = 1;

  /** The signed text, its SHA-256 (hex) and the serialization version. */
  record Signed(int version, String json, String sha256) {}

  /**
   * How one kind of record is read: {@code record} selects the record by {@code :code} with its id
   * first; each part selects rows by the record's {@code :id}, in a fixed order.
   */
  private record Spec(String table, String record, Map<String, String> parts) {}

  private static final Map<RecordType, Spec> SPECS =
      Map.of(
          RecordType.BATCH,
          new Spec(
              "synthesis_batch",
              "select b.id, b.code, b.name, b.route_code, s.code as series_code, b.series_value,"
                  + " b.key_temperature_c, b.status, b.operator_name, b.planned_on, b.started_on,"
                  + " b.finished_on, b.planned_filler_per_host, b.product_mass_g, b.notes,"
                  + " b.created_at from synthesis_batch b"
                  + " left join batch_series s on s.id = b.series_id where b.code = :code",
              Map.of(
                  "steps",
                  "select seq_no, step_type, atmosphere, gas_flow_ml_min, temperature_c,"
                      + " ramp_c_min, hold_h, cooling_c_min, duration_h, vacuum, method, agent,"
                      + " ratio_text, liquid_volume_ml, purpose, notes from batch_step"
                      + " where batch_id = :id order by seq_no",
                  "inputs",
                  "select i.seq_no, l.code as lot_code, i.role, i.planned_mass_g, i.mass_g"
                      + " from batch_input i left join lot l on l.id = i.lot_id"
                      + " where i.batch_id = :id order by i.seq_no")),
          RecordType.SHEET,
          new Spec(
              "electrode_sheet",
              "select s.id, s.code, s.name, a.code as active_lot_code, b.code as binder_lot_code,"
                  + " x.code as additive_lot_code, c.code as collector_lot_code,"
                  + " s.active_fraction_pct, s.binder_fraction_pct, s.additive_fraction_pct,"
                  + " s.binder_solution_mg_ml, s.solvent, s.coating_method,"
                  + " s.slurry_active_mass_g, s.drying, s.made_on, s.operator_name, s.notes,"
                  + " s.created_at from electrode_sheet s join lot a on a.id = s.active_lot_id"
                  + " left join lot b on b.id = s.binder_lot_id"
                  + " left join lot x on x.id = s.additive_lot_id"
                  + " left join lot c on c.id = s.collector_lot_id where s.code = :code",
              Map.of(
                  "discs",
                  "select code, seq_no, diameter_mm, disc_mass_mg, blank_mass_mg, notes from disc"
                      + " where sheet_id = :id order by seq_no")),
          RecordType.CELL,
          new Spec(
              "cell",
              "select c.id, c.code, c.name, c.cell_format, c.configuration,"
                  + " w.code as working_disc_code, cl.code as counter_lot_code,"
                  + " cd.code as counter_disc_code, sl.code as separator_lot_code,"
                  + " el.code as electrolyte_lot_code, c.electrolyte_volume_ul, c.h2o_ppm,"
                  + " c.o2_ppm, c.test_temperature_c, c.assembled_on, c.assembled_by, c.cycler, c.channel, c.status,"
                  + " c.notes, c.created_at from cell c join disc w on w.id = c.working_disc_id"
                  + " left join lot cl on cl.id = c.counter_lot_id"
                  + " left join disc cd on cd.id = c.counter_disc_id"
                  + " left join lot sl on sl.id = c.separator_lot_id"
                  + " left join lot el on el.id = c.electrolyte_lot_id where c.code = :code",
              Map.of()),
          RecordType.MEASUREMENT,
          new Spec(
              "measurement",
              "select m.id, m.code, c.code as cell_code, l.code as lot_code, m.parameters,"
                  + " m.notes, m.created_at, m.created_by from measurement m"
                  + " left join cell c on c.id = m.cell_id left join lot l on l.id = m.lot_id"
                  + " where m.code = :code",
              Map.of(
                  "files",
                  "select position, original_name, size_bytes, sha256 from measurement_file"
                      + " where measurement_id = :id order by position")),
          RecordType.SERIES,
          new Spec(
              "batch_series",
              "select id, code, name, route_code, parameter_name, notes from batch_series"
                  + " where code = :code",
              Map.of(
                  "batches",
                  "select code, series_value from synthesis_batch where series_id = :id"
                      + " order by code")));

  private final JdbcClient jdbc;

  CanonicalContent(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  static boolean signable(RecordType type) {
    return SPECS.containsKey(type);
  }

  /**
   * The record's content as stored now; refuses a kind that cannot be signed or an unknown code.
   */
  Signed of(RecordType type, String code) {
    Spec spec = spec(type);
    Map<String, Object> record =
        jdbc.sql(spec.record())
            .param("code", code)
            .query((rs, n) -> row(rs))
            .optional()
            .orElseThrow(() -> new NotFoundException(type.jsonName(), code));
    Object id = record.remove("id");
    Map<String, Object> content = new LinkedHashMap<>();
    content.put("canonical_version", VERSION);
    content.put("record_type", type.jsonName());
    content.put("record", record);
    spec.parts()
        .forEach(
            (name, sql) ->
                content.put(name, jdbc.sql(sql).param("id", id).query((rs, n) -> row(rs)).list()));
    String json = CanonicalJson.write(content);
    return new Signed(VERSION, json, CanonicalJson.sha256Hex(json));
  }

  /** Whether the record was withdrawn: a withdrawn record is no longer signed. */
  boolean withdrawn(RecordType type, String code) {
    return jdbc.sql("select withdrawn_at from " + spec(type).table() + " where code = :code")
        .param("code", code)
        .query((rs, n) -> rs.getTimestamp(1) != null)
        .optional()
        .orElse(false);
  }

  /**
   * Who created the record: the user of its first audited revision, when the audit trail has it.
   */
  Optional<String> creator(RecordType type, String code) {
    String table = spec(type).table();
    return jdbc
        .sql(
            "select r.username from "
                + table
                + "_aud a join revinfo r on r.rev = a.rev where a.revtype = 0 and a.id ="
                + " (select id from "
                + table
                + " where code = :code) order by a.rev")
        .param("code", code)
        .query(String.class)
        .list()
        .stream()
        .findFirst();
  }

  private static Spec spec(RecordType type) {
    Spec spec = SPECS.get(type);
    if (spec == null) {
      throw new IllegalArgumentException("a " + type.jsonName() + " cannot be signed");
    }
    return spec;
  }

  /** One row by column label (lower case), each value in the type its canonical form is of. */
  private static Map<String, Object> row(ResultSet rs) throws SQLException {
    ResultSetMetaData meta = rs.getMetaData();
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      row.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), value(rs, i, meta.getColumnType(i)));
    }
    return row;
  }

  private static @Nullable Object value(ResultSet rs, int column, int sqlType) throws SQLException {
    Object value =
        switch (sqlType) {
          case Types.DOUBLE, Types.FLOAT, Types.REAL, Types.DECIMAL, Types.NUMERIC ->
              rs.getDouble(column);
          case Types.INTEGER, Types.SMALLINT, Types.TINYINT, Types.BIGINT -> rs.getLong(column);
          case Types.BOOLEAN, Types.BIT -> rs.getBoolean(column);
          case Types.DATE -> rs.getObject(column, LocalDate.class);
          case Types.TIMESTAMP -> rs.getObject(column, LocalDateTime.class);
          default -> rs.getString(column);
        };
    return rs.wasNull() ? null : value;
  }
}

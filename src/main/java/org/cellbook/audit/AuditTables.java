package org.cellbook.audit;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The Envers audit tables ({@code *_aud}) as the schema has them, found through JDBC metadata so a
 * table added by a later migration is chained without code changes; read with plain SQL, the same
 * on H2 and PostgreSQL.
 */
final class AuditTables {

  private final List<Table> tables;

  private AuditTables(List<Table> tables) {
    this.tables = tables;
  }

  /**
   * One audit table: its name, the key columns that order its rows within a revision, and how a row
   * names its record: its own {@code code} column, or the code of the record a foreign key column
   * points to (a batch's input names its batch).
   */
  record Table(
      String name,
      List<String> orderColumns,
      boolean hasCode,
      String parentColumn,
      String parentTable) {}

  /**
   * A changed row as verify names it: its table and key, its fingerprint, its record's code or how
   * to look that code up.
   */
  record RowRef(
      String table,
      String key,
      String fingerprint,
      long id,
      String code,
      String parentTable,
      @Nullable Long parentId) {}

  static AuditTables discover(Connection c) throws SQLException {
    DatabaseMetaData md = c.getMetaData();
    String schema = c.getSchema();
    List<String> names = new ArrayList<>();
    try (ResultSet rs = md.getTables(null, schema, "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        String name = rs.getString("TABLE_NAME");
        if (name.toLowerCase(Locale.ROOT).endsWith("_aud")) {
          names.add(name);
        }
      }
    }
    names.sort(Comparator.comparing(n -> n.toLowerCase(Locale.ROOT)));
    List<Table> tables = new ArrayList<>();
    for (String name : names) {
      List<String> columns = columns(md, schema, name);
      List<String> order = new ArrayList<>();
      try (ResultSet rs = md.getPrimaryKeys(null, schema, name)) {
        Map<Integer, String> keys = new HashMap<>();
        while (rs.next()) {
          keys.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
        }
        keys.keySet().stream().sorted().map(keys::get).forEach(order::add);
      }
      order.removeIf(k -> k.equalsIgnoreCase("rev"));
      if (order.isEmpty()) {
        order.addAll(columns);
      }
      boolean hasCode = columns.stream().anyMatch(n -> n.equalsIgnoreCase("code"));
      String[] parent = hasCode ? new String[2] : parent(md, schema, name, columns);
      tables.add(new Table(name, order, hasCode, parent[0], parent[1]));
    }
    return new AuditTables(tables);
  }

  /**
   * The earliest foreign key column of the audited table whose target table has a code, as the
   * audit table also holds it (batch_input's batch_id, not its lot_id).
   */
  private static String[] parent(
      DatabaseMetaData md, String schema, String auditTable, List<String> auditColumns)
      throws SQLException {
    String base = auditTable.substring(0, auditTable.length() - "_aud".length());
    List<String> baseColumns = columns(md, schema, base);
    String[] best = new String[2];
    int bestPosition = Integer.MAX_VALUE;
    try (ResultSet rs = md.getImportedKeys(null, schema, base)) {
      while (rs.next()) {
        String column = rs.getString("FKCOLUMN_NAME");
        String target = rs.getString("PKTABLE_NAME");
        int position = baseColumns.indexOf(column);
        if (position >= 0
            && position < bestPosition
            && auditColumns.contains(column)
            && columns(md, schema, target).stream().anyMatch(n -> n.equalsIgnoreCase("code"))) {
          best = new String[] {column, target};
          bestPosition = position;
        }
      }
    }
    return best;
  }

  private static List<String> columns(DatabaseMetaData md, String schema, String table)
      throws SQLException {
    List<String> columns = new ArrayList<>();
    try (ResultSet rs = md.getColumns(null, schema, table, "%")) {
      while (rs.next()) {
        columns.add(rs.getString("COLUMN_NAME"));
      }
    }
    return columns;
  }

  List<Table> tables() {
    return tables;
  }

  /**
   * The canonical text of every row the revisions {@code fromRev..toRev} changed, by revision (see
   * {@link CanonicalRevision}), and the records those rows belong to. Revisions with no rows are
   * absent.
   */
  Map<Integer, Changes> changes(Connection c, int fromRev, int toRev) throws SQLException {
    Map<Integer, Changes> byRevision = new HashMap<>();
    for (Table table : tables) {
      String sql =
          "select * from "
              + table.name()
              + " where rev between ? and ? order by rev, "
              + String.join(", ", table.orderColumns());
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setInt(1, fromRev);
        ps.setInt(2, toRev);
        try (ResultSet rs = ps.executeQuery()) {
          CanonicalRevision.Row row = CanonicalRevision.Row.of(table.name(), rs.getMetaData());
          while (rs.next()) {
            Changes changes =
                byRevision.computeIfAbsent(rs.getInt("rev"), r -> new Changes(new StringBuilder()));
            StringBuilder text = new StringBuilder();
            row.append(rs, text);
            changes.text().append(text);
            changes.rows().add(ref(table, rs, CanonicalRevision.fingerprint(text)));
          }
        }
      }
    }
    return byRevision;
  }

  private static @Nullable RowRef ref(Table table, ResultSet rs, String fingerprint)
      throws SQLException {
    List<String> key = new ArrayList<>();
    for (String column : table.orderColumns()) {
      key.add(rs.getString(column));
    }
    String name = table.name().toLowerCase(Locale.ROOT);
    String rowKey = String.join(",", key);
    long id = rs.getLong(table.orderColumns().getFirst());
    if (table.hasCode()) {
      return new RowRef(name, rowKey, fingerprint, id, rs.getString("code"), null, null);
    }
    if (table.parentColumn() != null) {
      long parent = rs.getLong(table.parentColumn());
      return new RowRef(
          name, rowKey, fingerprint, id, null, table.parentTable(), rs.wasNull() ? null : parent);
    }
    return new RowRef(name, rowKey, fingerprint, id, null, null, null);
  }

  /**
   * A row sealed and since removed, to be named by its record as it is now (the live table of an
   * audit table with codes, looked up by the row's id), else by table and id.
   */
  RowRef removed(String tableName, String rowKey) {
    long id;
    try {
      id = Long.parseLong(rowKey.split(",", -1)[0]);
    } catch (NumberFormatException e) {
      return new RowRef(tableName, rowKey, "", 0, tableName + " " + rowKey, null, null);
    }
    for (Table table : tables) {
      if (table.name().equalsIgnoreCase(tableName) && table.hasCode()) {
        String base = table.name().substring(0, table.name().length() - "_aud".length());
        return new RowRef(tableName, rowKey, "", id, null, base, id);
      }
    }
    return new RowRef(tableName, rowKey, "", id, null, null, null);
  }

  /**
   * The codes of the records a revision changed, for messages: a row's own code, else its parent
   * record's code as it is now, else "table #id".
   */
  static List<String> codes(Connection c, List<RowRef> rows) throws SQLException {
    Set<String> codes = new LinkedHashSet<>();
    for (RowRef row : rows) {
      String code = row.code();
      if (code == null && row.parentTable() != null && row.parentId() != null) {
        try (PreparedStatement ps =
            c.prepareStatement("select code from " + row.parentTable() + " where id = ?")) {
          ps.setLong(1, row.parentId());
          try (ResultSet rs = ps.executeQuery()) {
            code = rs.next() ? rs.getString(1) : null;
          }
        }
      }
      codes.add(
          code != null
              ? code
              : row.table().toLowerCase(Locale.ROOT).replaceFirst("_aud$", "") + " #" + row.id());
    }
    return List.copyOf(codes);
  }

  /** A revision's rows as canonical text, and which records they are. */
  record Changes(StringBuilder text, List<RowRef> rows) {
    Changes(StringBuilder text) {
      this(text, new ArrayList<>());
    }
  }
}

package db.migration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A disc is in at most one active cell, no longer in at most one cell ever: withdrawing a cell
 * entered with the wrong disc gives the disc back for the right cell (decision 0022); the service
 * keeps the rule. Schema 1 left the unique constraints unnamed, so H2 and PostgreSQL named them
 * differently; they are found by column. H2 hands a dropped unique constraint's index over to the
 * column's foreign key, so the foreign keys are dropped with it and added again on plain indexes.
 */
public class V14__DiscsFreedByWithdrawnCells extends BaseJavaMigration {

  private static final List<String> COLUMNS = List.of("working_disc_id", "counter_disc_id");

  @Override
  public void migrate(Context context) throws Exception {
    Connection c = context.getConnection();
    try (Statement s = c.createStatement()) {
      s.execute("create index ix_cell_working_disc on cell (working_disc_id)");
      s.execute("create index ix_cell_counter_disc on cell (counter_disc_id)");
      Set<String> unique = constraints(c, "UNIQUE");
      if (unique.size() != COLUMNS.size()) {
        throw new IllegalStateException("Expected a unique constraint per disc column: " + unique);
      }
      for (String name : constraints(c, "FOREIGN KEY")) {
        s.execute("alter table cell drop constraint \"" + name + "\"");
      }
      for (String name : unique) {
        s.execute("alter table cell drop constraint \"" + name + "\"");
      }
      for (String name : uniqueIndexes(c)) {
        s.execute("drop index \"" + name + "\"");
      }
      s.execute(
          "alter table cell add constraint fk_cell_working_disc"
              + " foreign key (working_disc_id) references disc (id)");
      s.execute(
          "alter table cell add constraint fk_cell_counter_disc"
              + " foreign key (counter_disc_id) references disc (id)");
    }
  }

  /** Names of the cell table's constraints of this type on a disc column. */
  private static Set<String> constraints(Connection c, String type) throws SQLException {
    Set<String> names = new LinkedHashSet<>();
    try (var q =
        c.prepareStatement(
            "select tc.constraint_name from information_schema.table_constraints tc"
                + " join information_schema.key_column_usage k"
                + " on k.constraint_name = tc.constraint_name and k.table_name = tc.table_name"
                + " where lower(tc.table_name) = 'cell' and tc.constraint_type = ?"
                + " and lower(k.column_name) in ('working_disc_id', 'counter_disc_id')")) {
      q.setString(1, type);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          names.add(rs.getString(1));
        }
      }
    }
    return names;
  }

  /** Unique indexes left on a disc column (H2 keeps them; PostgreSQL drops them with the key). */
  private static List<String> uniqueIndexes(Connection c) throws SQLException {
    DatabaseMetaData meta = c.getMetaData();
    String table = meta.storesUpperCaseIdentifiers() ? "CELL" : "cell";
    List<String> names = new ArrayList<>();
    try (ResultSet rs = meta.getIndexInfo(null, c.getSchema(), table, true, false)) {
      while (rs.next()) {
        String column = rs.getString("COLUMN_NAME");
        if (column != null && COLUMNS.contains(column.toLowerCase(Locale.ROOT))) {
          names.add(rs.getString("INDEX_NAME"));
        }
      }
    }
    return names;
  }
}

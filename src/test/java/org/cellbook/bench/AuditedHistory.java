package org.cellbook.bench;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Gives a generated notebook the audit history the services would have written: one revision per
 * record (its creation, by "bench"), with the record's audited columns in its {@code *_aud} row, as
 * if each had been saved in its own transaction. Left unsealed: the first verify seals them.
 */
final class AuditedHistory {

  private AuditedHistory() {}

  /** Writes the revisions; returns how many. */
  static long write(DataSource dataSource) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      long offset;
      try (ResultSet rs = s.executeQuery("select coalesce(max(rev), 0) from revinfo")) {
        rs.next();
        offset = rs.getLong(1);
      }
      long first = offset;
      for (String audit : auditTables(c)) {
        String base = audit.substring(0, audit.length() - "_aud".length());
        List<String> columns = columns(c, audit);
        columns.removeIf(n -> n.equalsIgnoreCase("rev") || n.equalsIgnoreCase("revtype"));
        String rev = offset + " + row_number() over (order by id)";
        s.executeUpdate(
            "insert into revinfo (rev, revtstmp, username) select "
                + rev
                + ", 1790000000000 + id, 'bench' from "
                + base);
        String list = String.join(", ", columns);
        int rows =
            s.executeUpdate(
                "insert into "
                    + audit
                    + " (rev, revtype, "
                    + list
                    + ") select "
                    + rev
                    + ", 0, "
                    + list
                    + " from "
                    + base);
        offset += rows;
      }
      c.commit();
      return offset - first;
    }
  }

  private static List<String> auditTables(Connection c) throws SQLException {
    List<String> names = new ArrayList<>();
    try (ResultSet rs =
        c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        String name = rs.getString("TABLE_NAME");
        if (name.toLowerCase(Locale.ROOT).endsWith("_aud")) {
          names.add(name);
        }
      }
    }
    return names;
  }

  private static List<String> columns(Connection c, String table) throws SQLException {
    DatabaseMetaData md = c.getMetaData();
    List<String> columns = new ArrayList<>();
    try (ResultSet rs = md.getColumns(null, c.getSchema(), table, "%")) {
      while (rs.next()) {
        columns.add(rs.getString("COLUMN_NAME"));
      }
    }
    return columns;
  }
}

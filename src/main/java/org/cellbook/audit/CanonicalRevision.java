package org.cellbook.audit;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The bytes a revision's chain hash is taken over (docs/decisions/0021): UTF-8 text, one {@code
 * name=value} line each, ending in a line feed.
 *
 * <pre>
 * cellbook-revision=1
 * rev=57
 * when=1764954001123          (revinfo.revtstmp, milliseconds since 1970 UTC)
 * who=alice                   (omitted when null, as is reason)
 * reason=weighed on the wrong balance
 * previous=&lt;hex SHA-256 of the revision before it in the chain, 64 zeros for the first&gt;
 * table=cell_aud              (then the row's columns, lower-case names in code-point order)
 * code=HC-2026-0001
 * id=12
 * revtype=0
 * …
 * </pre>
 *
 * Rows follow in table-name order, then by the table's key. The {@code rev} column is left out (it
 * is the header's), and so is every column whose value is null, so that a column added to an audit
 * table later, null in old rows, leaves old revisions' hashes as they were. Values: integers in
 * decimal; decimals without trailing zeros; floating point as Java's shortest round-trip form
 * ({@link Double#toString}); true/false; dates and times in ISO 8601 (a time zone normalised to
 * UTC); bytes in lower-case hex; text as stored, with backslash, line feed and carriage return
 * written as {@code \\}, {@code \n}, {@code \r}.
 */
final class CanonicalRevision {

  static final String GENESIS = "0".repeat(64);

  private CanonicalRevision() {}

  /** The chain hash of a revision: SHA-256 over its header, the previous hash and its rows. */
  static String hash(
      int rev,
      long timestampMillis,
      String who,
      String reason,
      String previous,
      CharSequence rows) {
    StringBuilder text = new StringBuilder(128 + rows.length());
    line(text, "cellbook-revision", "1");
    line(text, "rev", Integer.toString(rev));
    line(text, "when", Long.toString(timestampMillis));
    line(text, "who", who);
    line(text, "reason", reason);
    line(text, "previous", previous);
    text.append(rows);
    return sha256(text);
  }

  /** A row's fingerprint: the first 16 hex digits of the SHA-256 of its canonical text. */
  static String fingerprint(CharSequence rowText) {
    return sha256(rowText).substring(0, 16);
  }

  private static String sha256(CharSequence text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }

  private static void line(StringBuilder text, String name, @Nullable String value) {
    if (value == null) {
      return;
    }
    text.append(name).append('=');
    for (int i = 0; i < value.length(); i++) {
      char ch = value.charAt(i);
      switch (ch) {
        case '\\' -> text.append("\\\\");
        case '\n' -> text.append("\\n");
        case '\r' -> text.append("\\r");
        default -> text.append(ch);
      }
    }
    text.append('\n');
  }

  /** How rows of one query are written: the table's name and its columns in canonical order. */
  static final class Row {
    private final String table;
    private final List<Column> columns;

    private record Column(int index, String name, int type) {}

    private Row(String table, List<Column> columns) {
      this.table = table;
      this.columns = columns;
    }

    static Row of(String table, ResultSetMetaData md) throws SQLException {
      List<Column> columns = new ArrayList<>();
      for (int i = 1; i <= md.getColumnCount(); i++) {
        String name = md.getColumnLabel(i).toLowerCase(Locale.ROOT);
        if (!name.equals("rev")) {
          columns.add(new Column(i, name, md.getColumnType(i)));
        }
      }
      columns.sort(Comparator.comparing(Column::name));
      return new Row(table.toLowerCase(Locale.ROOT), columns);
    }

    void append(ResultSet rs, StringBuilder text) throws SQLException {
      line(text, "table", table);
      for (Column column : columns) {
        line(text, column.name(), value(rs, column));
      }
    }

    private static String value(ResultSet rs, Column column) throws SQLException {
      int i = column.index();
      return switch (column.type()) {
        case Types.TIMESTAMP -> format(rs.getObject(i, LocalDateTime.class));
        case Types.TIMESTAMP_WITH_TIMEZONE -> {
          OffsetDateTime t = rs.getObject(i, OffsetDateTime.class);
          yield t == null ? null : t.toInstant().toString();
        }
        case Types.DATE -> format(rs.getObject(i, LocalDate.class));
        case Types.TIME -> format(rs.getObject(i, LocalTime.class));
        case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> {
          byte[] bytes = rs.getBytes(i);
          yield bytes == null ? null : HexFormat.of().formatHex(bytes);
        }
        case Types.CHAR,
            Types.VARCHAR,
            Types.LONGVARCHAR,
            Types.CLOB,
            Types.NCHAR,
            Types.NVARCHAR ->
            rs.getString(i);
        default -> format(rs.getObject(i));
      };
    }

    private static String format(Object value) {
      return switch (value) {
        case null -> null;
        case BigDecimal d -> d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
        case Double d -> Double.toString(d);
        case Float f -> Float.toString(f);
        default -> value.toString();
      };
    }
  }
}

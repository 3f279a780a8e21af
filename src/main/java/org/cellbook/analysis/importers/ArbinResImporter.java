package org.cellbook.analysis.importers;

import com.healthmarketscience.jackcess.Column;
import com.healthmarketscience.jackcess.Cursor;
import com.healthmarketscience.jackcess.CursorBuilder;
import com.healthmarketscience.jackcess.Database;
import com.healthmarketscience.jackcess.DatabaseBuilder;
import com.healthmarketscience.jackcess.Index;
import com.healthmarketscience.jackcess.Row;
import com.healthmarketscience.jackcess.Table;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.cellbook.analysis.series.CellSeries;
import org.cellbook.analysis.series.SeriesMetadata;
import org.jspecify.annotations.Nullable;

/**
 * Arbin MITS Pro {@code .res} files: an MS Access (Jet) database whose records are in {@code
 * Channel_Normal_Table} (Test_Time s, Current A, Voltage V, Charge_/Discharge_Capacity Ah
 * cumulative within a cycle, Step_Index, Cycle_Index), read with Jackcess in Data_Point order (the
 * table's primary key). The columns mean what they mean in Arbin's CSV/XLSX exports, so the export
 * importer's column layout is reused.
 */
public final class ArbinResImporter implements CyclerImporter {

  static final String TABLE = "Channel_Normal_Table";

  @Override
  public String formatName() {
    return "Arbin .res";
  }

  @Override
  public double detect(FileSample sample) {
    byte[] head = sample.head();
    if (head.length < 19) {
      return 0;
    }
    String signature = new String(head, 4, 15, StandardCharsets.ISO_8859_1);
    boolean access = signature.equals("Standard Jet DB") || signature.equals("Standard ACE DB");
    return access ? (sample.extension().equalsIgnoreCase("res") ? 0.95 : 0.7) : 0;
  }

  @Override
  public CellSeries parse(Path file, ImportOptions options) throws ImportException {
    try (Database db = new DatabaseBuilder(file.toFile()).setReadOnly(true).open()) {
      Table table = db.getTable(TABLE);
      if (table == null) {
        throw new ImportException(
            file, "an Access database without " + TABLE + " is not an Arbin .res file");
      }
      String[] names = table.getColumns().stream().map(Column::getName).toArray(String[]::new);
      Header header = new Header(names);
      TableLayout layout = ArbinExportImporter.layout(header, file);
      Index key = primaryKey(table);
      Cursor cursor =
          key == null ? CursorBuilder.createCursor(table) : CursorBuilder.createCursor(key);
      // every row stores at least four bytes per column
      SeriesBuilder builder =
          new SeriesBuilder(
              ReadLimits.declared(
                  file,
                  "row count of " + TABLE,
                  table.getRowCount(),
                  Files.size(file) / (4L * names.length)));
      try (RowTable rows = new RowTable(cursor.iterator(), names)) {
        layout.readAll(rows, builder, file, false);
      }
      return builder.build(
          new SeriesMetadata(
              formatName(),
              "Arbin",
              null,
              null,
              null,
              List.of(),
              Map.of(),
              key == null
                  ? List.of("no primary key on " + TABLE + ": records taken in table order")
                  : List.of()),
          SeriesBuilder.Counter.RESTARTS_OR_CARRIES_ON);
    } catch (IOException | RuntimeException e) {
      throw new ImportException(file, "cannot read the Access database: " + e.getMessage(), e);
    }
  }

  private static @Nullable Index primaryKey(Table table) {
    for (Index index : table.getIndexes()) {
      if (index.isPrimaryKey()) {
        return index;
      }
    }
    return null;
  }

  /** Jackcess rows as a {@link RecordTable}, one at a time. */
  private static final class RowTable implements RecordTable {
    private final Iterator<Row> rows;
    private final String[] names;
    private Row current;
    private long number;

    RowTable(Iterator<Row> rows, String[] names) {
      this.rows = rows;
      this.names = names;
    }

    @Override
    public boolean next() {
      if (!rows.hasNext()) {
        return false;
      }
      current = rows.next();
      number++;
      return true;
    }

    @Override
    public int fieldCount() {
      return names.length;
    }

    @Override
    public boolean isBlank(int column) {
      return column >= names.length || current.get(names[column]) == null;
    }

    @Override
    public double number(int column) {
      Object value = column >= names.length ? null : current.get(names[column]);
      return value instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    @Override
    public String text(int column) {
      Object value = column >= names.length ? null : current.get(names[column]);
      return value == null ? "" : value.toString();
    }

    @Override
    public long rowNumber() {
      return number;
    }

    @Override
    public void close() {
      // The database is closed by its owner.
    }
  }
}

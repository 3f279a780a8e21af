package org.cellbook.audit.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.cellbook.audit.HistoryEntry;
import org.cellbook.audit.HistoryService;
import org.cellbook.base.AbstractEntity;
import org.cellbook.base.Coded;
import org.cellbook.base.RecordType;
import org.cellbook.base.ui.Columns;

/**
 * "History" section of a record page: every revision with who, when, what changed and why, its
 * signatures given and superseded among them.
 */
public class HistoryPanel extends Details {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

  final Grid<HistoryEntry> grid = new Grid<>(HistoryEntry.class, false);

  public <T extends AbstractEntity & Coded> HistoryPanel(
      HistoryService history, RecordType type, T record) {
    super("History");
    Columns.whole(grid, e -> WHEN.format(e.at()), "When");
    Columns.whole(grid, HistoryEntry::username, "Who");
    Columns.whole(grid, HistoryEntry::action, "What");
    grid.addColumn(e -> String.join("; ", e.changes())).setHeader("Changes").setFlexGrow(1);
    grid.addColumn(e -> e.reason() == null ? "" : e.reason()).setHeader("Reason").setFlexGrow(1);
    // Changes and reasons are read in full, not cut at the column's edge.
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.setAllRowsVisible(true);
    grid.setItems(history.history(type, record));
    add(grid);
    setWidthFull();
  }
}

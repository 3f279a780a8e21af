package org.cellbook.audit.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.cellbook.audit.HistoryEntry;
import org.cellbook.audit.HistoryService;

/** "History" section of a record page: every revision with who, when, what changed and why. */
public class HistoryPanel extends Details {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

  final Grid<HistoryEntry> grid = new Grid<>(HistoryEntry.class, false);

  public HistoryPanel(HistoryService history, Class<?> entityType, Long id) {
    super("History");
    grid.addColumn(e -> WHEN.format(e.at())).setHeader("When").setAutoWidth(true);
    grid.addColumn(HistoryEntry::username).setHeader("Who").setAutoWidth(true);
    grid.addColumn(HistoryEntry::action).setHeader("What").setAutoWidth(true);
    grid.addColumn(e -> String.join("; ", e.changes())).setHeader("Changes").setFlexGrow(1);
    grid.addColumn(e -> e.reason() == null ? "" : e.reason()).setHeader("Reason").setFlexGrow(1);
    grid.setAllRowsVisible(true);
    grid.setItems(history.history(entityType, id));
    add(grid);
    setWidthFull();
  }
}

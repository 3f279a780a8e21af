package org.cellbook.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.function.ValueProvider;
import java.util.Objects;

/**
 * How wide a grid column is. A code, an amount, a date or a status is read whole or misread
 * ("49.160…", "PLAN…"), so it is as wide as its widest value and never squeezed; long text (names,
 * notes, reasons) shares the room left and shows in full on hover when it is cut.
 */
public final class Columns {

  private static final String TEXT_MIN_WIDTH = "6em";

  private Columns() {}

  /** A column whose values must be read whole: as wide as its content, taking no spare room. */
  public static <T> Grid.Column<T> whole(Grid.Column<T> column) {
    return column.setAutoWidth(true).setFlexGrow(0);
  }

  /** Adds a column of values read whole (codes, amounts, dates, statuses). */
  public static <T> Grid.Column<T> whole(Grid<T> grid, ValueProvider<T, ?> value, String header) {
    return whole(grid.addColumn(value).setHeader(header));
  }

  /** Adds a column of long text: it takes the spare width, and the whole text is its tooltip. */
  public static <T> Grid.Column<T> text(
      Grid<T> grid, ValueProvider<T, String> value, String header) {
    return grid.addColumn(value)
        .setHeader(header)
        .setWidth(TEXT_MIN_WIDTH)
        .setFlexGrow(1)
        .setTooltipGenerator(item -> Objects.toString(value.apply(item), ""));
  }
}

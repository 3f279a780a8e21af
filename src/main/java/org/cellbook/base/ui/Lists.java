package org.cellbook.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Lists of records: lazy, database-paged grids (only the rows on screen are ever loaded) whose rows
 * open their record.
 */
public final class Lists {

  private Lists() {}

  /**
   * A list's row of filter fields, aligned on their baselines; it wraps onto a second line rather
   * than pushing the page wider than the screen.
   */
  public static HorizontalLayout filterBar(Component... fields) {
    HorizontalLayout bar = new HorizontalLayout(fields);
    bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    bar.getStyle().set("flex-wrap", "wrap");
    bar.setWidthFull();
    return bar;
  }

  /**
   * Feeds a grid page by page from a service query. Sorting a column sorts by the column's key (an
   * entity property path); with no column sorted, {@code defaultSort} applies. The grid scrolls
   * without a total count, so no list ever counts 100,000 rows just to show 50.
   */
  public static <T> void lazy(Grid<T> grid, Function<Pageable, List<T>> pages, Sort defaultSort) {
    grid.setItems(
        query -> {
          Pageable pageable = VaadinSpringDataHelpers.toSpringPageRequest(query);
          if (pageable.getSort().isUnsorted()) {
            pageable =
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), defaultSort);
          }
          return pages.apply(pageable).stream();
        });
  }

  /**
   * A row opens its record on a single click, or on Enter for a keyboard user: the grid reports
   * which row has the focus, and Enter opens that one.
   */
  public static <T> void opening(Grid<T> grid, Consumer<T> open) {
    grid.addItemClickListener(e -> open.accept(e.getItem()));
    AtomicReference<T> focused = new AtomicReference<>();
    grid.addCellFocusListener(e -> focused.set(e.getItem().orElse(null)));
    grid.getElement()
        .addEventListener(
            "keydown",
            e -> {
              T item = focused.get();
              if (item != null) {
                open.accept(item);
              }
            })
        .setFilter("event.key === 'Enter'");
  }

  /** Rows open the page of their record, at the route the function gives ("lots/L-0001"). */
  public static <T> void navigating(Grid<T> grid, Function<T, String> route) {
    opening(grid, item -> grid.getUI().ifPresent(ui -> ui.navigate(route.apply(item))));
  }
}

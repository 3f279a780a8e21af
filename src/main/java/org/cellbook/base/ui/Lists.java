package org.cellbook.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Lazy, database-paged grids: only the rows on screen are ever loaded. */
public final class Lists {

  private Lists() {}

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
}

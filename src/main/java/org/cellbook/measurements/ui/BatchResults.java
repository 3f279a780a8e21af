package org.cellbook.measurements.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.List;
import java.util.Map;
import org.cellbook.base.ui.Columns;
import org.cellbook.measurements.KpiValue;
import org.cellbook.measurements.SeriesComparison;
import org.jspecify.annotations.Nullable;

/**
 * A batch's results: what its product lots measure (sorption, XRD, Raman, density) and how the half
 * cells made from it perform, as mean ± sd over the cells.
 */
class BatchResults extends VerticalLayout {

  /**
   * One KPI over the product lots or the cells.
   *
   * @param implausible implausible values left out of the mean ("1 implausible value left out"),
   *     null when there were none
   */
  record Line(String label, String value, int n, @Nullable String implausible) {}

  private static final String IMPLAUSIBLE = "implausible";

  final Grid<Line> materials = grid();
  final Grid<Line> cells = grid();

  BatchResults(SeriesComparison.BatchRow row) {
    setPadding(false);
    add(new H3("Characterization of the product"));
    add(
        row.materials().isEmpty()
            ? new Paragraph("No measurements on the product lots yet.")
            : fill(materials, row.materials()));
    add(new H3("Half cells made from it"));
    add(row.cells().isEmpty() ? new Paragraph("No analysed cells yet.") : fill(cells, row.cells()));
  }

  private static Grid<Line> grid() {
    Grid<Line> g = new Grid<>();
    Columns.whole(g, Line::label, "Result");
    Columns.whole(g, Line::value, "Mean ± sd");
    Columns.whole(g, Line::n, "n");
    g.addColumn(
            new ComponentRenderer<>(
                l -> {
                  Span note = new Span(l.implausible() == null ? "" : l.implausible());
                  note.addClassName("derived");
                  return note;
                }))
        .setHeader("Outside the physical range")
        .setKey(IMPLAUSIBLE)
        .setAutoWidth(true);
    g.addThemeVariants(GridVariant.LUMO_COMPACT);
    g.setAllRowsVisible(true);
    return g;
  }

  private static Grid<Line> fill(Grid<Line> g, Map<String, SeriesComparison.Stat> stats) {
    List<Line> lines =
        stats.entrySet().stream()
            .map(
                e -> {
                  SeriesComparison.Stat s = e.getValue();
                  return new Line(
                      new KpiValue(e.getKey(), s.mean(), s.unit()).label(),
                      s.display(e.getKey()),
                      s.n(),
                      s.implausibleNote());
                })
            .toList();
    g.setItems(lines);
    g.getColumnByKey(IMPLAUSIBLE).setVisible(lines.stream().anyMatch(l -> l.implausible() != null));
    return g;
  }
}

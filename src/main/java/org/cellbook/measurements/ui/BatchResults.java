package org.cellbook.measurements.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Map;
import org.cellbook.measurements.KpiValue;
import org.cellbook.measurements.SeriesComparison;

/**
 * A batch's results: what its product lots measure (sorption, XRD, Raman, density) and how the half
 * cells made from it perform, as mean ± sd over the cells.
 */
class BatchResults extends VerticalLayout {

  /** One KPI over the product lots or the cells. */
  record Line(String label, String value, int n) {}

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
    g.addColumn(Line::label).setHeader("Result").setAutoWidth(true);
    g.addColumn(Line::value).setHeader("Mean ± sd").setAutoWidth(true);
    g.addColumn(Line::n).setHeader("n").setAutoWidth(true);
    g.addThemeVariants(GridVariant.LUMO_COMPACT);
    g.setAllRowsVisible(true);
    return g;
  }

  private static Grid<Line> fill(Grid<Line> g, Map<String, SeriesComparison.Stat> stats) {
    g.setItems(
        stats.entrySet().stream()
            .map(
                e -> {
                  SeriesComparison.Stat s = e.getValue();
                  return new Line(
                      new KpiValue(e.getKey(), s.mean(), s.unit()).label(),
                      s.display(e.getKey()),
                      s.n());
                })
            .toList());
    return g;
  }

  List<Line> cellLines() {
    return cells.getListDataView().getItems().toList();
  }
}

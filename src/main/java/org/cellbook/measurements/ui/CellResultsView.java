package org.cellbook.measurements.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.cellbook.base.ui.Columns;
import org.cellbook.base.ui.FieldErrors;
import org.cellbook.base.ui.Fields;
import org.cellbook.base.ui.Lists;
import org.cellbook.cells.CellStatus;
import org.cellbook.measurements.CellSearch;
import org.cellbook.measurements.KpiCondition;
import org.cellbook.measurements.KpiValue;

/**
 * Cells by their results and by how their active material was made: "ICE &gt; 0.8 from batches
 * carbonized at ≥ 1000 °C", paged lazily in the database and sortable.
 */
@Route("results")
@PageTitle("Cell results · Cellbook")
@PermitAll
class CellResultsView extends VerticalLayout {

  /** The KPIs shown as columns, in this order. */
  static final List<String> COLUMNS =
      List.of(
          "ice",
          "reversible_capacity_mah_g",
          "plateau_capacity_mah_g",
          "sloping_capacity_mah_g",
          "retention_last_cycle");

  final TextField conditions = new TextField("Results");
  final NumberField minTemperature = Fields.number("Carbonized from", "°C");
  final NumberField maxTemperature = Fields.number("to", "°C");
  final TextField batch = new TextField("Batch code");
  final Button search = new Button("Search");
  final Grid<CellSearch.Hit> grid = new Grid<>();
  private final CellSearch cells;
  private CellSearch.Query query = CellSearch.Query.all();

  CellResultsView(CellSearch cells) {
    this.cells = cells;
    addClassName("view");
    conditions.setPlaceholder("e.g. ice>0.8, reversible_capacity_mah_g>=300");
    conditions.setWidth("28em");
    conditions.setHelperText("name, operator (> >= < <= =), number; ratios as fractions");
    search.addThemeVariants(ButtonVariant.PRIMARY);
    search.addClickListener(e -> search());
    search.addClickShortcut(com.vaadin.flow.component.Key.ENTER);

    Columns.whole(
            grid.addColumn(new ComponentRenderer<>(h -> new Anchor("cells/" + h.code(), h.code()))))
        .setHeader("Cell")
        .setKey("code")
        .setSortable(true);
    Columns.text(grid, CellSearch.Hit::name, "Name");
    Columns.whole(
            grid.addColumn(
                new ComponentRenderer<>(
                    h ->
                        h.batch() == null
                            ? new Paragraph("—")
                            : new Anchor("batches/" + h.batch(), h.batch()))))
        .setHeader("Batch")
        .setKey("batch")
        .setSortable(true);
    Columns.text(grid, CellSearch.Hit::batchName, "Material");
    Columns.whole(
            grid,
            h ->
                h.carbonizationTemperatureCelsius() == null
                    ? "—"
                    : Fields.format(h.carbonizationTemperatureCelsius(), 0) + " °C",
            "Carbonized")
        .setKey("temperature")
        .setSortable(true);
    for (String name : COLUMNS) {
      KpiValue label = new KpiValue(name, 0, KpiValue.unitOf(name));
      Columns.whole(
              grid.addColumn(
                  new ComponentRenderer<>(
                      h -> {
                        Double v = h.kpis().get(name);
                        return v == null
                            ? new Span("—")
                            : KpiMarks.value(
                                new KpiValue(
                                    name, v, KpiValue.unitOf(name), h.implausible().get(name)));
                      })))
          .setHeader(label.label() + (label.unit() == null ? "" : " (" + label.unit() + ")"));
    }
    Columns.whole(
        grid, h -> CellStatus.valueOf(h.status().toUpperCase(Locale.ROOT)).label(), "Status");
    Lists.navigating(grid, h -> "cells/" + h.code());
    grid.addThemeVariants(GridVariant.LUMO_COMPACT);
    grid.setItems(
        q -> {
          String sort = "code";
          boolean desc = false;
          if (!q.getSortOrders().isEmpty()) {
            sort = q.getSortOrders().getFirst().getSorted();
            desc = q.getSortOrders().getFirst().getDirection() == SortDirection.DESCENDING;
          }
          return cells.find(query, sort, desc, q.getOffset(), q.getLimit()).stream();
        });

    HorizontalLayout filters =
        Lists.filterBar(conditions, minTemperature, maxTemperature, batch, search);
    add(new H1("Cells by their results"), filters, grid);
    setHeightFull();
    grid.setHeight("70vh");
  }

  void search() {
    new FieldErrors()
        .bind("kpi", conditions)
        .run(
            () -> {
              List<KpiCondition> parsed =
                  Arrays.stream(conditions.getValue().split("[,;]"))
                      .map(String::strip)
                      .filter(s -> !s.isEmpty())
                      .map(s -> KpiCondition.parse(s.toLowerCase(Locale.ROOT)))
                      .toList();
              query =
                  new CellSearch.Query(
                      parsed,
                      minTemperature.getValue(),
                      maxTemperature.getValue(),
                      batch.getValue().isBlank() ? null : batch.getValue(),
                      null);
              grid.getDataProvider().refreshAll();
            });
  }
}

package org.cellbook.lineage.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cellbook.base.NotFoundException;
import org.cellbook.base.ui.Columns;
import org.cellbook.base.ui.Lists;
import org.cellbook.base.ui.Notifications;
import org.cellbook.lineage.Lineage;
import org.cellbook.lineage.LineageService;
import org.cellbook.lineage.TraceDirection;

/** Lineage of any record, back to its precursors or forward to every cell made from it. */
@Route("trace/:code?")
@PageTitle("Trace · Cellbook")
@PermitAll
class TraceView extends VerticalLayout implements BeforeEnterObserver {

  /** One row of the table: a record, its distance, and the flow that links it to the chain. */
  record Row(int depth, String type, String code, String name, String via, String route) {}

  /**
   * Scrolls the graph (not the page) so that the traced record is in its middle: a long back trace
   * puts it far right, a wide forward trace far down.
   */
  static final String CENTRE_ON_ROOT =
      """
      requestAnimationFrame(() => {
        const root = this.querySelector('.lineage-root rect');
        if (!root) return;
        // In the drawing's own units (its pixels), so the page's layout cannot shift it.
        this.scrollLeft = root.x.baseVal.value + root.width.baseVal.value / 2 - this.clientWidth / 2;
        this.scrollTop = root.y.baseVal.value + root.height.baseVal.value / 2 - this.clientHeight / 2;
      });
      """;

  final TextField code = new TextField();
  final RadioButtonGroup<TraceDirection> direction = new RadioButtonGroup<>();
  final Button trace = new Button("Trace");
  final Div graph = new Div();
  final Grid<Row> table = new Grid<>(Row.class, false);
  final Paragraph summary = new Paragraph();
  private final LineageService lineage;

  TraceView(LineageService lineage) {
    this.lineage = lineage;
    addClassName("view");
    code.setPlaceholder("Code of a cell, disc, sheet, batch, lot or material");
    code.setWidth("24em");
    direction.setItems(TraceDirection.values());
    direction.setItemLabelGenerator(
        d ->
            d == TraceDirection.BACK
                ? "Back (where it came from)"
                : "Forward (what was made from it)");
    direction.setValue(TraceDirection.BACK);
    trace.addThemeVariants(ButtonVariant.PRIMARY);
    trace.addClickListener(e -> show());
    code.addKeyPressListener(com.vaadin.flow.component.Key.ENTER, e -> show());
    graph.addClassName("lineage-graph");
    graph.getStyle().set("overflow", "auto").set("max-width", "100%").set("max-height", "70vh");
    Columns.whole(table, Row::depth, "Steps away");
    Columns.whole(table, Row::type, "Type");
    Columns.whole(table.addComponentColumn(r -> new Anchor(r.route(), r.code()))).setHeader("Code");
    Columns.text(table, Row::name, "Name");
    Columns.text(table, Row::via, "Flow");
    Lists.navigating(table, Row::route);
    table.setAllRowsVisible(true);
    HorizontalLayout controls = new HorizontalLayout(code, direction, trace);
    controls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    add(new H1("Trace"), controls, summary, graph, new H3("Table"), table);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    event
        .getRouteParameters()
        .get("code")
        .ifPresent(
            c -> {
              code.setValue(c);
              List<String> dir =
                  event.getLocation().getQueryParameters().getParameters().get("direction");
              if (dir != null && !dir.isEmpty()) {
                direction.setValue(TraceDirection.valueOf(dir.getFirst().toUpperCase()));
              }
              show();
            });
  }

  void show() {
    if (code.isEmpty()) {
      return;
    }
    Lineage result;
    try {
      result = lineage.trace(code.getValue(), direction.getValue());
    } catch (NotFoundException e) {
      Notifications.error(e.getMessage());
      return;
    }
    summary.setText(
        "%s %s: %d records, %d flows%s."
            .formatted(
                result.root().type().jsonName(),
                result.root().code(),
                result.nodes().size(),
                result.edges().size(),
                result.truncated()
                    ? " (stopped at " + LineageService.MAX_NODES + " records)"
                    : ""));
    graph.removeAll();
    graph.add(new Html("<div>" + LineageSvg.render(result) + "</div>"));
    graph.getElement().executeJs(CENTRE_ON_ROOT);
    if (result.nodes().size() > LineageSvg.MAX_DRAWN) {
      graph.add(
          new Paragraph(
              "The graph shows the nearest "
                  + LineageSvg.MAX_DRAWN
                  + " records; the table lists all."));
    }
    table.setItems(rows(result));
  }

  static List<Row> rows(Lineage result) {
    Map<String, Lineage.Edge> linkOf = new HashMap<>();
    for (Lineage.Edge edge : result.edges()) {
      // The flow that brought a record into the walk: its downstream edge going back, upstream
      // going forward.
      linkOf.putIfAbsent(result.direction() == TraceDirection.BACK ? edge.from() : edge.to(), edge);
    }
    return result.nodes().stream()
        .map(
            n -> {
              Lineage.Edge edge = linkOf.get(n.record().code());
              String via =
                  n.depth() == 0 || edge == null
                      ? ""
                      : edge.from()
                          + " → "
                          + edge.to()
                          + (edge.quantity() == null ? "" : " (" + LineageSvg.quantity(edge) + ")");
              return new Row(
                  n.depth(),
                  n.record().type().jsonName() + (n.withdrawn() ? " (withdrawn)" : ""),
                  n.record().code(),
                  n.record().name(),
                  via,
                  n.record().route());
            })
        .toList();
  }
}

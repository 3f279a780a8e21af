package org.cellbook.measurements.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.cellbook.audit.HistoryService;
import org.cellbook.audit.ui.HistoryPanel;
import org.cellbook.base.RecordLocks;
import org.cellbook.base.RecordType;
import org.cellbook.base.ReportKind;
import org.cellbook.base.ui.Columns;
import org.cellbook.base.ui.FieldErrors;
import org.cellbook.base.ui.Lists;
import org.cellbook.base.ui.Notifications;
import org.cellbook.base.ui.ReasonField;
import org.cellbook.base.ui.RecordSection;
import org.cellbook.base.ui.ReportAction;
import org.cellbook.base.ui.WithdrawDialog;
import org.cellbook.measurements.KpiValue;
import org.cellbook.measurements.SeriesComparison;
import org.cellbook.measurements.SeriesComparison.BatchRow;
import org.cellbook.measurements.SeriesComparison.Variable;
import org.cellbook.security.CurrentUser;
import org.cellbook.synthesis.BatchFilter;
import org.cellbook.synthesis.BatchSeries;
import org.cellbook.synthesis.BatchService;
import org.cellbook.synthesis.SeriesDetails;
import org.cellbook.synthesis.SynthesisBatch;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Series comparison: pick a saved series or any batches, see how they were made and what they and
 * their cells measure, and plot any two quantities against each other with an OLS line. The four
 * study plots are one click away.
 */
@Route("series")
@PageTitle("Series · Cellbook")
@PermitAll
class SeriesView extends VerticalLayout implements BeforeEnterObserver {

  private static final String CODE = "code";

  final ComboBox<BatchSeries> series = new ComboBox<>("Saved series");
  final MultiSelectComboBox<SynthesisBatch> chosen = new MultiSelectComboBox<>("Batches");
  final Grid<BatchRow> table = new Grid<>();
  final ComboBox<Variable> x = new ComboBox<>("x axis");
  final ComboBox<Variable> y = new ComboBox<>("y axis");
  final Div chart = new Div();
  final Paragraph fit = new Paragraph();

  /** The saved series' own sections (its signatures). */
  final Div seriesSections = new Div();

  final Button editSeries = new Button("Edit series…");
  final Button withdrawSeries = new Button("Withdraw series…");

  /** Off: KPIs outside their physical range are left out of the means and fits, and counted. */
  final Checkbox includeImplausible = new Checkbox("Include implausible values");

  private final SeriesComparison comparison;
  private final BatchService batches;
  private final RecordLocks locks;
  private final HistoryService history;
  List<BatchRow> rows = List.of();

  SeriesView(
      SeriesComparison comparison,
      BatchService batches,
      List<ReportAction> reports,
      List<RecordSection> sections,
      RecordLocks locks,
      HistoryService history) {
    this.comparison = comparison;
    this.batches = batches;
    this.locks = locks;
    this.history = history;
    addClassName("view");
    seriesSections.setWidthFull();
    series.setItems(batches.allSeries());
    series.setItemLabelGenerator(s -> s.getCode() + " · " + s.getName());
    series.setWidth("22em");
    series.addValueChangeListener(
        e -> {
          seriesSections.removeAll();
          boolean editable =
              e.getValue() != null
                  && CurrentUser.canEdit()
                  && !locks.isLocked(RecordType.SERIES, e.getValue().getCode());
          editSeries.setVisible(editable);
          withdrawSeries.setVisible(editable);
          if (e.getValue() != null) {
            chosen.setValue(batches.batchesOf(e.getValue().getCode()));
            String code = e.getValue().getCode();
            // The chosen series in the address, so a reload (after signing) or a link keeps it.
            getUI().ifPresent(ui -> ui.navigate(SeriesView.class, QueryParameters.of(CODE, code)));
            seriesSections.add(new HistoryPanel(history, RecordType.SERIES, e.getValue()));
            sections.forEach(
                x -> x.section(RecordType.SERIES, code).ifPresent(seriesSections::add));
          }
        });
    editSeries.setVisible(false);
    withdrawSeries.setVisible(false);
    editSeries.addClickListener(e -> new SeriesDialog(series.getValue()).open());
    withdrawSeries.addClickListener(
        e ->
            new WithdrawDialog(
                    series.getValue().getCode(),
                    why -> batches.withdrawSeries(series.getValue().getCode(), why),
                    this::reloadSeries)
                .open());
    chosen.setItems(
        batches.page(BatchFilter.none(), PageRequest.of(0, 1000, Sort.by("code").ascending())));
    chosen.setItemLabelGenerator(b -> b.getCode() + " · " + b.getName());
    chosen.setWidth("40em");
    chosen.addValueChangeListener(e -> compare());
    includeImplausible.setTooltipText(
        "Values outside their physical range (a wrong mass, opening direction or unit) are left"
            + " out of the means and the fit unless ticked");
    includeImplausible.addValueChangeListener(e -> compare());
    for (ComboBox<Variable> axis : List.of(x, y)) {
      axis.setItemLabelGenerator(Variable::label);
      axis.setWidth("24em");
      axis.addValueChangeListener(e -> plot());
    }
    table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
    table.setAllRowsVisible(true);
    Lists.navigating(table, r -> "batches/" + r.code());
    chart.setWidthFull();

    HorizontalLayout presets = new HorizontalLayout();
    for (String[] p : SeriesComparison.PRESETS) {
      Button b = new Button(presetLabel(p), e -> choose(p[0], p[1]));
      b.addThemeVariants(ButtonVariant.LUMO_SMALL);
      presets.add(b);
    }
    presets.getStyle().set("flex-wrap", "wrap");
    HorizontalLayout pick = new HorizontalLayout(series, editSeries, withdrawSeries, chosen);
    // The report is of the saved series as saved, whatever batches are picked by hand.
    reports.forEach(
        r ->
            pick.add(
                r.control(
                    ReportKind.SERIES,
                    () -> series.getValue() == null ? null : series.getValue().getCode())));
    HorizontalLayout axes = new HorizontalLayout(x, y, includeImplausible);
    for (HorizontalLayout l : List.of(pick, axes)) {
      l.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    }
    add(
        new H1("Series comparison"),
        pick,
        table,
        new H3("Structure–property plot"),
        presets,
        axes,
        chart,
        fit,
        seriesSections);
    batches.allSeries().stream().findFirst().ifPresent(series::setValue);
  }

  private static String presetLabel(String[] p) {
    return name(p[1]) + " vs " + name(p[0]);
  }

  private static String name(String key) {
    return switch (key) {
      case SeriesComparison.TEMPERATURE -> "temperature";
      case SeriesComparison.FILLER_PER_HOST -> "filler:host";
      default -> {
        String n = key.substring(key.indexOf(':') + 1);
        yield switch (n) {
          case "bet_area_m2_g" -> "S_BET";
          case "ice" -> "ICE";
          case "r_value" -> "R value";
          default -> new KpiValue(n, 0, null).label().toLowerCase(Locale.ROOT);
        };
      }
    };
  }

  void compare() {
    List<String> codes =
        chosen.getValue().stream()
            .sorted(Comparator.comparing(SynthesisBatch::getCode))
            .map(SynthesisBatch::getCode)
            .toList();
    rows = comparison.compare(codes, includeImplausible.getValue());
    table.removeAllColumns();
    Columns.whole(
            table.addColumn(
                new ComponentRenderer<>(r -> new Anchor("batches/" + r.code(), r.code()))))
        .setHeader("Batch")
        .setFrozen(true);
    Columns.text(table, BatchRow::name, "Name");
    List<Variable> variables = SeriesComparison.variables(rows);
    for (Variable v : variables.stream().filter(SeriesComparison::isKey).toList()) {
      Columns.whole(table.addColumn(new ComponentRenderer<>(r -> cell(r, v.key()))))
          .setHeader(v.label());
    }
    table.setItems(rows);
    Variable keepX = x.getValue();
    Variable keepY = y.getValue();
    x.setItems(variables);
    y.setItems(variables);
    if (keepX != null && keepY != null) {
      choose(keepX.key(), keepY.key());
    } else {
      choose(SeriesComparison.PRESETS.getFirst()[0], SeriesComparison.PRESETS.getFirst()[1]);
    }
  }

  void choose(String xKey, String yKey) {
    List<Variable> items = SeriesComparison.variables(rows);
    items.stream().filter(v -> v.key().equals(xKey)).findFirst().ifPresent(x::setValue);
    items.stream().filter(v -> v.key().equals(yKey)).findFirst().ifPresent(y::setValue);
    plot();
  }

  void plot() {
    chart.removeAll();
    fit.setText("");
    if (x.getValue() == null || y.getValue() == null || rows.isEmpty()) {
      return;
    }
    SeriesComparison.Scatter s =
        SeriesComparison.scatter(rows, x.getValue().key(), y.getValue().key());
    PlotChart c = new PlotChart(s.plot());
    chart.add(c);
    String implausible = "";
    if (s.leftOut() > 0) {
      implausible =
          " · "
              + SeriesComparison.implausibleValues(s.leftOut())
              + " left out (tick \"Include implausible values\" to use them)";
    } else if (s.implausibleIn() > 0) {
      implausible = " · includes " + SeriesComparison.implausibleValues(s.implausibleIn());
    }
    fit.setText(
        s.fit() == null
            ? "No line: " + s.plot().note()
            : "OLS: "
                + SeriesComparison.describe(s.fit())
                + " · batches "
                + String.join(", ", s.batches())
                + implausible);
  }

  /** A table cell: red with "!" when it includes implausible values, the count as tooltip. */
  private static Span cell(BatchRow r, String key) {
    SeriesComparison.Stat st = r.stat(key);
    Span text = new Span(r.text(key));
    return st != null && st.implausibleIn() > 0
        ? KpiMarks.mark(text, st.implausibleNote() + " in this mean")
        : text;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    event
        .getLocation()
        .getQueryParameters()
        .getSingleParameter(CODE)
        .flatMap(
            code -> batches.allSeries().stream().filter(s -> s.getCode().equals(code)).findFirst())
        .ifPresent(series::setValue);
  }

  private void reloadSeries() {
    series.setItems(batches.allSeries());
    series.clear();
  }

  /** Corrects a saved series' name and notes, with the reason. */
  final class SeriesDialog extends Dialog {
    final TextField name = new TextField("Name");
    final TextArea notes = new TextArea("Notes");
    final ReasonField reason = new ReasonField();
    final Button save = new Button("Save");

    SeriesDialog(BatchSeries edited) {
      setHeaderTitle("Edit " + edited.getCode());
      name.setValue(edited.getName());
      notes.setValue(edited.getNotes() == null ? "" : edited.getNotes());
      name.setWidthFull();
      notes.setWidthFull();
      FieldErrors errors = reason.bindTo(new FieldErrors().bind("name", name));
      save.addThemeVariants(ButtonVariant.PRIMARY);
      save.addClickListener(
          e -> {
            SeriesDetails details = SeriesDetails.of(edited);
            if (errors.run(
                () ->
                    batches.updateSeries(
                        new SeriesDetails(
                            details.code(), details.version(), name.getValue(), notes.getValue()),
                        reason.getValue()))) {
              Notifications.success(edited.getCode() + " saved");
              close();
              String code = edited.getCode();
              series.setItems(batches.allSeries());
              series.setValue(batches.series(code));
            }
          });
      add(name, notes, reason);
      setWidth("36em");
      getFooter().add(new Button("Cancel", e -> close()), save);
    }
  }
}

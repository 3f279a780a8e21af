package org.cellbook.synthesis.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cellbook.base.Numbers;
import org.cellbook.base.ValidationException;
import org.cellbook.base.ui.Columns;
import org.cellbook.base.ui.FieldErrors;
import org.cellbook.base.ui.Fields;
import org.cellbook.base.ui.IsoDatePicker;
import org.cellbook.base.ui.Lists;
import org.cellbook.base.ui.Notifications;
import org.cellbook.materials.LotService;
import org.cellbook.security.CurrentUser;
import org.cellbook.synthesis.BatchFilter;
import org.cellbook.synthesis.BatchSeries;
import org.cellbook.synthesis.BatchService;
import org.cellbook.synthesis.BatchStatus;
import org.cellbook.synthesis.NewBatch;
import org.cellbook.synthesis.NewSeries;
import org.cellbook.synthesis.RouteTemplate;
import org.cellbook.synthesis.SynthesisBatch;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;

/** All synthesis batches, paged in the database, with filters; new batches and series. */
@Route("batches")
@RouteAlias("")
@PageTitle("Batches · Cellbook")
@PermitAll
class BatchesView extends VerticalLayout {

  final Grid<SynthesisBatch> grid = new Grid<>(SynthesisBatch.class, false);
  final Checkbox showWithdrawn = new Checkbox("Show withdrawn");
  final TextField text = new TextField();
  final ComboBox<String> route = new ComboBox<>();
  final ComboBox<BatchStatus> status = new ComboBox<>();
  final NumberField minTemperature = Fields.number(null, "°C");
  final NumberField maxTemperature = Fields.number(null, "°C");
  final IsoDatePicker from = new IsoDatePicker();
  final IsoDatePicker to = new IsoDatePicker();
  final TextField operator = new TextField();
  final ComboBox<BatchSeries> series = new ComboBox<>();
  final Button newBatch = new Button("New batch from template");
  final Button newSeries = new Button("New series");
  private final BatchService batches;
  private final LotService lots;

  BatchesView(BatchService batches, LotService lots) {
    this.batches = batches;
    this.lots = lots;
    addClassName("view");
    setSizeFull();

    Columns.whole(grid, SynthesisBatch::getCode, "Code").setKey("code").setSortable(true);
    Columns.text(grid, SynthesisBatch::getName, "Name").setKey("name").setSortable(true);
    Columns.whole(grid, SynthesisBatch::getRouteCode, "Route")
        .setKey("routeCode")
        .setSortable(true);
    Columns.text(grid, b -> b.getSeries() == null ? "" : b.getSeries().getName(), "Series");
    Columns.whole(
            grid,
            b ->
                b.getKeyTemperatureCelsius() == null
                    ? ""
                    : Numbers.plain(b.getKeyTemperatureCelsius()),
            "T max (°C)")
        .setKey("keyTemperatureCelsius")
        .setSortable(true);
    Columns.whole(grid, b -> b.getStatus().label(), "Status").setKey("status").setSortable(true);
    Columns.whole(grid, SynthesisBatch::getOperatorName, "Operator")
        .setKey("operatorName")
        .setSortable(true);
    Columns.whole(grid, SynthesisBatch::getStartedOn, "Started")
        .setKey("startedOn")
        .setSortable(true);
    Columns.whole(grid, SynthesisBatch::getFinishedOn, "Finished")
        .setKey("finishedOn")
        .setSortable(true);
    Columns.whole(
            grid,
            b -> b.getProductMassGrams() == null ? "" : Numbers.plain(b.getProductMassGrams()),
            "Product (g)")
        .setKey("productMassGrams")
        .setSortable(true);
    grid.setSizeFull();
    Lists.navigating(grid, b -> "batches/" + b.getCode());

    text.setPlaceholder("Code, name, notes…");
    text.setValueChangeMode(ValueChangeMode.LAZY);
    text.setClearButtonVisible(true);
    route.setItems(batches.templates().stream().map(RouteTemplate::code).toList());
    route.setPlaceholder("Any route");
    route.setClearButtonVisible(true);
    status.setItems(BatchStatus.values());
    status.setItemLabelGenerator(BatchStatus::label);
    status.setPlaceholder("Any status");
    status.setClearButtonVisible(true);
    minTemperature.setPlaceholder("T ≥");
    maxTemperature.setPlaceholder("T ≤");
    from.setPlaceholder("Created from");
    to.setPlaceholder("to");
    operator.setPlaceholder("Operator");
    series.setItems(batches.allSeries());
    series.setItemLabelGenerator(BatchSeries::getName);
    series.setPlaceholder("Any series");
    series.setClearButtonVisible(true);
    operator.setValueChangeMode(ValueChangeMode.LAZY);
    List<HasValue<?, ?>> filterFields =
        List.of(text, route, status, minTemperature, maxTemperature, from, to, operator, series);
    filterFields.forEach(field -> field.addValueChangeListener(e -> refresh()));
    showWithdrawn.addValueChangeListener(e -> refresh());
    grid.setPartNameGenerator(b -> b.isWithdrawn() ? "withdrawn" : null);
    minTemperature.setWidth("8em");
    maxTemperature.setWidth("8em");

    boolean canEdit = CurrentUser.canEdit();
    newBatch.addThemeVariants(ButtonVariant.PRIMARY);
    newBatch.addClickListener(e -> new NewBatchDialog().open());
    newSeries.addClickListener(e -> new NewSeriesDialog().open());
    newBatch.setVisible(canEdit);
    newSeries.setVisible(canEdit);

    HorizontalLayout filters =
        Lists.filterBar(
            text,
            route,
            status,
            series,
            minTemperature,
            maxTemperature,
            from,
            to,
            operator,
            showWithdrawn);
    HorizontalLayout header =
        new HorizontalLayout(new H1("Synthesis batches"), newBatch, newSeries);
    header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
    add(header, filters, grid);
    refresh();
  }

  @Nullable BatchFilter filter() {
    return new BatchFilter(
        text.getValue(),
        route.getValue(),
        status.getValue(),
        minTemperature.getValue(),
        maxTemperature.getValue(),
        from.getValue(),
        to.getValue(),
        operator.getValue(),
        series.getValue() == null ? null : series.getValue().getCode(),
        showWithdrawn.getValue());
  }

  void refresh() {
    BatchFilter filter = filter();
    Lists.lazy(
        grid,
        pageable -> batches.page(filter, pageable),
        Sort.by(Sort.Direction.DESC, "createdAt"));
  }

  private void opened(String code) {
    getUI().ifPresent(ui -> ui.navigate("batches/" + code));
  }

  /** Template picker shared by both dialogs; the template's own fields follow below it. */
  abstract class TemplateDialog extends Dialog {
    final ComboBox<RouteTemplate> template = new ComboBox<>("Route template");
    final TextField operatorName = new TextField("Operator");
    final IsoDatePicker plannedOn = new IsoDatePicker("Planned for", LocalDate.now());
    final Button save = new Button("Create");
    final Div templateArea = new Div();
    TemplateForm form;

    TemplateDialog(String title, List<RouteTemplate> offered) {
      setHeaderTitle(title);
      setWidth("52em");
      template.setItems(offered);
      template.setItemLabelGenerator(RouteTemplate::name);
      template.setWidthFull();
      template.addValueChangeListener(
          e -> {
            templateArea.removeAll();
            form =
                e.getValue() == null
                    ? null
                    : new TemplateForm(e.getValue(), lots, excludedParameter(e.getValue()));
            if (form != null) {
              templateArea.add(form);
            }
          });
      operatorName.setValue(CurrentUser.username().orElse(""));
      save.addThemeVariants(ButtonVariant.PRIMARY);
      save.addClickListener(e -> save());
      getFooter().add(new Button("Cancel", e -> close()), save);
    }

    @Nullable String excludedParameter(RouteTemplate t) {
      return null;
    }

    abstract void save();
  }

  final class NewBatchDialog extends TemplateDialog {
    final TextField name = new TextField("Batch name");

    NewBatchDialog() {
      super("New batch from a route template", batches.templates());
      name.setPlaceholder("e.g. ACGC1050");
      add(new FormLayout(template, name, operatorName, plannedOn), templateArea);
    }

    @Override
    void save() {
      FieldErrors errors = new FieldErrors().bind("template", template).bind("name", name);
      if (form != null) {
        form.bindTo(errors);
      }
      SynthesisBatch[] made = new SynthesisBatch[1];
      if (errors.run(
          () ->
              made[0] =
                  batches.createFromTemplate(
                      new NewBatch(
                          template.getValue() == null ? null : template.getValue().code(),
                          name.getValue(),
                          form == null ? Map.of() : form.parameterValues(),
                          form == null ? List.of() : form.lotCodes(),
                          operatorName.getValue(),
                          plannedOn.getValue(),
                          null)))) {
        Notifications.success("Created " + made[0].getCode() + " · " + made[0].getName());
        close();
        opened(made[0].getCode());
      }
    }
  }

  /** One batch per value of the template's series parameter, e.g. ACGC750 … ACGC1200. */
  final class NewSeriesDialog extends TemplateDialog {
    final TextField prefix = new TextField("Name prefix");
    final TextField values = new TextField("Values");

    NewSeriesDialog() {
      super(
          "New series of batches",
          batches.templates().stream().filter(t -> t.seriesParameter() != null).toList());
      prefix.setPlaceholder("e.g. ACGC");
      values.setPlaceholder("e.g. 750, 900, 1050, 1200");
      template.addValueChangeListener(
          e ->
              values.setLabel(
                  e.getValue() == null
                      ? "Values"
                      : e.getValue().parameter(e.getValue().seriesParameter()).label()
                          + " values ("
                          + e.getValue().parameter(e.getValue().seriesParameter()).unit()
                          + ")"));
      add(new FormLayout(template, prefix, values, operatorName, plannedOn), templateArea);
    }

    @Override
    String excludedParameter(RouteTemplate t) {
      return t.seriesParameter();
    }

    @Override
    void save() {
      FieldErrors errors =
          new FieldErrors()
              .bind("template", template)
              .bind("namePrefix", prefix)
              .bind("values", values)
              .bind("name", prefix);
      if (form != null) {
        form.bindTo(errors);
        if (template.getValue() != null) {
          errors.bind("parameters." + template.getValue().seriesParameter(), values);
        }
      }
      if (errors.run(
          () -> {
            var series =
                batches.createSeries(
                    new NewSeries(
                        template.getValue() == null ? null : template.getValue().code(),
                        prefix.getValue(),
                        parseValues(values.getValue()),
                        form == null ? Map.of() : form.parameterValues(),
                        form == null ? List.of() : form.lotCodes(),
                        operatorName.getValue(),
                        plannedOn.getValue(),
                        null));
            Notifications.success("Created series " + series.getName());
          })) {
        close();
        refresh();
      }
    }
  }

  /** "750, 900 1050;1200" → [750, 900, 1050, 1200]; anything else is a field error. */
  static List<Double> parseValues(@Nullable String text) {
    List<Double> parsed = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return parsed;
    }
    for (String part : text.trim().split("[,;\\s]+")) {
      try {
        parsed.add(Double.valueOf(part));
      } catch (NumberFormatException e) {
        throw new ValidationException(
            "values", "'" + part + "' is not a number; separate values with commas");
      }
    }
    return parsed;
  }
}

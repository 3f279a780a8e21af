package org.cellbook.synthesis.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import org.cellbook.audit.HistoryService;
import org.cellbook.audit.ui.HistoryPanel;
import org.cellbook.base.Numbers;
import org.cellbook.base.RecordLocks;
import org.cellbook.base.RecordType;
import org.cellbook.base.ReportKind;
import org.cellbook.base.ui.Columns;
import org.cellbook.base.ui.Facts;
import org.cellbook.base.ui.FieldErrors;
import org.cellbook.base.ui.Fields;
import org.cellbook.base.ui.IsoDatePicker;
import org.cellbook.base.ui.Notifications;
import org.cellbook.base.ui.ReasonField;
import org.cellbook.base.ui.RecordSection;
import org.cellbook.base.ui.ReportAction;
import org.cellbook.base.ui.WithdrawDialog;
import org.cellbook.base.ui.WithdrawnNotice;
import org.cellbook.materials.Lot;
import org.cellbook.materials.LotService;
import org.cellbook.materials.MaterialKind;
import org.cellbook.security.CurrentUser;
import org.cellbook.synthesis.BatchDetails;
import org.cellbook.synthesis.BatchInput;
import org.cellbook.synthesis.BatchService;
import org.cellbook.synthesis.BatchStatus;
import org.cellbook.synthesis.BatchStep;
import org.cellbook.synthesis.FillerRatio;
import org.cellbook.synthesis.StepParameters;
import org.cellbook.synthesis.SynthesisBatch;
import org.cellbook.synthesis.SynthesisStepType;
import org.jspecify.annotations.Nullable;

/** One batch: header, inputs with weighing, the ratio check, steps, product and history. */
@Route("batches/:code")
@PageTitle("Batch · Cellbook")
@PermitAll
class BatchView extends VerticalLayout implements BeforeEnterObserver {

  final Grid<BatchInput> inputs = new Grid<>(BatchInput.class, false);
  final Grid<BatchStep> steps = new Grid<>(BatchStep.class, false);
  final Span ratio = new Span();
  final Button editDetails = new Button("Edit details…");
  final Button editSteps = new Button("Edit steps…");
  final Button recordProduct = new Button("Record product…");
  final Button withdraw = new Button("Withdraw…");
  private final BatchService batches;
  private final LotService lots;
  private final HistoryService history;
  private final List<RecordSection> sections;
  private final List<ReportAction> reports;
  private final RecordLocks locks;
  private final boolean canEdit = CurrentUser.canEdit();

  /** The user may record and no signature locks the batch. */
  private boolean editable;

  SynthesisBatch batch;

  BatchView(
      BatchService batches,
      LotService lots,
      HistoryService history,
      List<RecordSection> sections,
      List<ReportAction> reports,
      RecordLocks locks) {
    this.batches = batches;
    this.locks = locks;
    this.lots = lots;
    this.history = history;
    this.sections = sections;
    this.reports = reports;
    addClassName("view");
    Columns.whole(inputs, BatchInput::getSeqNo, "#");
    Columns.whole(inputs, i -> i.getRole().label(), "Role");
    Columns.whole(
            inputs.addComponentColumn(
                i ->
                    i.getLot() == null
                        ? new Span("—")
                        : new Anchor("lots/" + i.getLot().getCode(), i.getLot().getCode())))
        .setHeader("Lot");
    Columns.text(
        inputs, i -> i.getLot() == null ? "" : i.getLot().getMaterial().getName(), "Material");
    Columns.whole(inputs, i -> Fields.format(i.getPlannedMassGrams(), 4), "Planned (g)");
    Columns.whole(inputs, i -> Fields.format(i.getMassGrams(), 4), "Weighed (g)");
    Columns.whole(
        inputs.addComponentColumn(
            i -> {
              Button weigh = new Button("Weigh…", e -> weigh(i));
              weigh.addThemeVariants(ButtonVariant.SMALL);
              // A done batch takes no new weighings (the service refuses them too).
              weigh.setVisible(editable && batch.getStatus() != BatchStatus.DONE);
              return weigh;
            }));
    inputs.setAllRowsVisible(true);
    Columns.whole(steps, BatchStep::getSeqNo, "#");
    Columns.text(steps, s -> s.parameters().summary(), "Step");
    steps.setAllRowsVisible(true);
    editDetails.addClickListener(e -> new DetailsDialog().open());
    editSteps.addClickListener(e -> new StepsDialog().open());
    recordProduct.addClickListener(e -> new ProductDialog().open());
    recordProduct.addThemeVariants(ButtonVariant.PRIMARY);
    withdraw.addClickListener(
        e ->
            new WithdrawDialog(
                    batch.getCode(),
                    why -> batches.withdraw(batch.getCode(), why),
                    () -> show(batches.get(batch.getCode())))
                .open());
  }

  void weigh(BatchInput input) {
    new WeighDialog(input).open();
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    show(batches.get(event.getRouteParameters().get("code").orElseThrow()));
  }

  void show(SynthesisBatch shown) {
    batch = shown;
    removeAll();
    editable =
        canEdit && !batch.isWithdrawn() && !locks.isLocked(RecordType.BATCH, batch.getCode());
    for (Button b : List.of(editDetails, editSteps, recordProduct, withdraw)) {
      b.setVisible(editable);
    }
    Facts facts =
        new Facts()
            .add("Route", batch.getRouteCode())
            .add("Series", batch.getSeries() == null ? null : batch.getSeries().getName())
            .add("Status", batch.getStatus())
            .add("Operator", batch.getOperatorName())
            .add(
                "Planned / started / finished",
                "%s / %s / %s"
                    .formatted(
                        dash(batch.getPlannedOn()),
                        dash(batch.getStartedOn()),
                        dash(batch.getFinishedOn())))
            .add(
                "Highest set-point",
                batch.getKeyTemperatureCelsius() == null
                    ? null
                    : Numbers.plain(batch.getKeyTemperatureCelsius()) + " °C")
            .add("Product", productLine())
            .add("Notes", batch.getNotes())
            .add(
                "Lineage",
                new HorizontalLayout(
                    new Anchor("trace/" + batch.getCode(), "Trace back"),
                    new Anchor(
                        "trace/" + batch.getCode() + "?direction=forward", "Trace forward")));
    inputs.setItems(batch.getInputs());
    steps.setItems(batch.getSteps());
    updateRatio();
    HorizontalLayout header =
        new HorizontalLayout(
            new H1(batch.getCode() + " · " + batch.getName()),
            editDetails,
            editSteps,
            recordProduct,
            withdraw);
    String code = batch.getCode();
    reports.forEach(r -> header.add(r.control(ReportKind.BATCH, () -> code)));
    header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
    add(header);
    batch.withdrawal().ifPresent(w -> add(new WithdrawnNotice(w)));
    add(
        facts,
        new H3("Inputs"),
        ratio,
        inputs,
        new H3("Route"),
        steps,
        new HistoryPanel(history, RecordType.BATCH, batch));
    sections.forEach(x -> x.section(RecordType.BATCH, batch.getCode()).ifPresent(c -> add(c)));
  }

  private @Nullable Component productLine() {
    if (batch.getProductMassGrams() == null) {
      return null;
    }
    List<Lot> products = lots.producedBy(batch.getId());
    String yield = batch.yieldSummary().map(y -> ", " + y).orElse("");
    String text = Numbers.plain(batch.getProductMassGrams()) + " g" + yield + " → ";
    HorizontalLayout line = new HorizontalLayout(new Span(text));
    products.forEach(l -> line.add(new Anchor("lots/" + l.getCode(), l.getCode())));
    line.setSpacing(false);
    return line;
  }

  /** Planned vs weighed filler:host ratio, with a warning outside the tolerance. */
  private void updateRatio() {
    ratio.removeClassNames("warning", "ok");
    if (batch.getPlannedFillerPerHost() == null) {
      ratio.setText("");
      return;
    }
    String planned =
        "Planned host : filler " + FillerRatio.asRatio(batch.getPlannedFillerPerHost());
    var check = batches.ratioCheck(batch);
    if (check.isEmpty()) {
      ratio.setText(planned + "; weigh host and filler to compare.");
      return;
    }
    FillerRatio.Check c = check.get();
    ratio.setText(
        "%s; weighed %s (%+.1f %%)%s"
            .formatted(
                planned,
                FillerRatio.asRatio(c.actual()),
                c.deviationPercent(),
                c.withinTolerance()
                    ? ""
                    : " — outside the ±"
                        + Numbers.plain(batches.ratioTolerancePercent())
                        + " % tolerance"));
    ratio.addClassName(c.withinTolerance() ? "ok" : "warning");
  }

  private static String dash(@Nullable Object value) {
    return value == null ? "—" : value.toString();
  }

  /** Weighing an input takes the mass from the chosen lot. */
  final class WeighDialog extends Dialog {
    final ComboBox<Lot> lot = new ComboBox<>("Lot");
    final NumberField mass = Fields.number("Weighed mass", "g");
    final Button save = new Button("Record");

    WeighDialog(BatchInput input) {
      setHeaderTitle(
          "Weigh input "
              + input.getSeqNo()
              + " ("
              + input.getRole().label()
              + ") of "
              + batch.getName());
      List<Lot> offered = new ArrayList<>(lots.available(MaterialKind.values()));
      if (input.getLot() != null
          && offered.stream().noneMatch(l -> l.getCode().equals(input.getLot().getCode()))) {
        offered.add(input.getLot());
      }
      lot.setItems(offered);
      lot.setItemLabelGenerator(Lot::describe);
      offered.stream()
          .filter(l -> input.getLot() != null && l.getCode().equals(input.getLot().getCode()))
          .findFirst()
          .ifPresent(lot::setValue);
      lot.setWidth("32em");
      mass.setValue(
          input.getMassGrams() != null ? input.getMassGrams() : input.getPlannedMassGrams());
      mass.setHelperText(
          input.getPlannedMassGrams() == null
              ? null
              : "planned " + Numbers.plain(input.getPlannedMassGrams()) + " g");
      String prefix = "inputs[" + (input.getSeqNo() - 1) + "]";
      FieldErrors errors =
          new FieldErrors().bind(prefix + ".lot", lot).bind(prefix + ".mass", mass);
      save.addThemeVariants(ButtonVariant.PRIMARY);
      save.addClickListener(
          e -> {
            if (errors.run(
                () ->
                    batches.weighInput(
                        batch.getCode(),
                        input.getSeqNo(),
                        lot.getValue() == null ? null : lot.getValue().getCode(),
                        mass.getValue()))) {
              close();
              show(batches.get(batch.getCode()));
            }
          });
      Fields.submitOnEnter(save, mass);
      Fields.typeFirst(mass);
      add(new FormLayout(lot, mass));
      getFooter().add(new Button("Cancel", e -> close()), save);
    }
  }

  final class DetailsDialog extends Dialog {
    final TextField name = new TextField("Name");
    final ComboBox<BatchStatus> status = new ComboBox<>("Status", BatchStatus.values());
    final TextField operator = new TextField("Operator");
    final IsoDatePicker plannedOn = new IsoDatePicker("Planned");
    final IsoDatePicker startedOn = new IsoDatePicker("Started");
    final IsoDatePicker finishedOn = new IsoDatePicker("Finished");
    final TextArea notes = new TextArea("Notes");
    final ReasonField reason = new ReasonField();
    final Button save = new Button("Save");

    DetailsDialog() {
      status.setItemLabelGenerator(BatchStatus::label);
      BatchDetails d = BatchDetails.of(batch);
      setHeaderTitle("Edit " + batch.getCode());
      name.setValue(d.name());
      status.setValue(d.status());
      operator.setValue(d.operatorName() == null ? "" : d.operatorName());
      plannedOn.setValue(d.plannedOn());
      startedOn.setValue(d.startedOn());
      finishedOn.setValue(d.finishedOn());
      notes.setValue(d.notes() == null ? "" : d.notes());
      FieldErrors errors =
          new FieldErrors()
              .bind("name", name)
              .bind("status", status)
              .bind("finishedOn", finishedOn);
      reason.bindTo(errors);
      save.addThemeVariants(ButtonVariant.PRIMARY);
      save.addClickListener(
          e -> {
            if (errors.run(
                () ->
                    batches.updateDetails(
                        new BatchDetails(
                            d.code(),
                            d.version(),
                            name.getValue(),
                            status.getValue(),
                            operator.getValue(),
                            plannedOn.getValue(),
                            startedOn.getValue(),
                            finishedOn.getValue(),
                            notes.getValue()),
                        reason.getValue()))) {
              close();
              show(batches.get(batch.getCode()));
            }
          });
      FormLayout form =
          new FormLayout(name, status, operator, plannedOn, startedOn, finishedOn, notes, reason);
      form.setColspan(notes, 2);
      form.setColspan(reason, 2);
      add(form);
      getFooter().add(new Button("Cancel", e -> close()), save);
    }
  }

  /**
   * The whole route, step by step; saved at once so a half-edited route never exists. Steps move up
   * and down with buttons (named for screen readers) and the new order is saved with the reason.
   */
  final class StepsDialog extends Dialog {
    final VerticalLayout list = new VerticalLayout();
    final List<StepRow> rows = new ArrayList<>();
    final Button add = new Button("Add step");
    final ReasonField reason = new ReasonField();
    final Button save = new Button("Save route");
    private final long version = batch.getVersion();

    StepsDialog() {
      setHeaderTitle("Route of " + batch.getName());
      setWidth("60em");
      batch.getSteps().forEach(s -> rows.add(new StepRow(s.parameters())));
      add.addClickListener(
          e -> {
            rows.add(new StepRow(StepParameters.of(SynthesisStepType.HEAT)));
            render();
          });
      save.addThemeVariants(ButtonVariant.PRIMARY);
      save.addClickListener(
          e -> {
            FieldErrors errors = new FieldErrors();
            for (int i = 0; i < rows.size(); i++) {
              rows.get(i).editor.bindTo(errors, i);
            }
            reason.bindTo(errors);
            if (errors.run(
                () ->
                    batches.replaceSteps(
                        batch.getCode(),
                        version,
                        rows.stream().map(r -> r.editor.value()).toList(),
                        reason.getValue()))) {
              close();
              show(batches.get(batch.getCode()));
            }
          });
      render();
      add(list, add, reason);
      getFooter().add(new Button("Cancel", e -> close()), save);
    }

    /** Lays the rows out in their order, numbering them and their buttons' names. */
    private void render() {
      list.removeAll();
      for (int i = 0; i < rows.size(); i++) {
        rows.get(i).number(i + 1, rows.size());
        list.add(rows.get(i));
      }
    }

    private void move(StepRow row, int by) {
      int from = rows.indexOf(row);
      rows.remove(from);
      rows.add(from + by, row);
      render();
    }

    /** One step's form with its number and the buttons that move or remove it. */
    final class StepRow extends VerticalLayout {
      final StepEditor editor;
      final H4 title = new H4();
      final Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> move(this, -1));
      final Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> move(this, 1));
      final Button remove = new Button("Remove");

      StepRow(StepParameters p) {
        editor = new StepEditor(p);
        remove.addClickListener(
            e -> {
              rows.remove(this);
              render();
            });
        remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        up.addThemeVariants(ButtonVariant.TERTIARY);
        down.addThemeVariants(ButtonVariant.TERTIARY);
        HorizontalLayout header = new HorizontalLayout(title, up, down, remove);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        setPadding(false);
        add(header, editor);
      }

      void number(int n, int of) {
        title.setText("Step " + n);
        up.setAriaLabel("Move step " + n + " up");
        down.setAriaLabel("Move step " + n + " down");
        remove.setAriaLabel("Remove step " + n);
        up.setEnabled(n > 1);
        down.setEnabled(n < of);
      }
    }
  }

  final class ProductDialog extends Dialog {
    final NumberField mass = Fields.number("Product mass", "g");
    final Button save = new Button("Record product");

    ProductDialog() {
      setHeaderTitle("Product of " + batch.getName());
      mass.setValue(batch.getProductMassGrams());
      FieldErrors errors = new FieldErrors().bind("productMass", mass);
      save.addThemeVariants(ButtonVariant.PRIMARY);
      save.addClickListener(
          e -> {
            Lot[] made = new Lot[1];
            if (errors.run(
                () -> made[0] = batches.recordProduct(batch.getCode(), mass.getValue()))) {
              Notifications.success("Product lot " + made[0].getCode());
              close();
              show(batches.get(batch.getCode()));
            }
          });
      add(
          new Paragraph(
              "The product becomes a lot named after the batch, usable by later batches and electrodes."),
          mass);
      Fields.submitOnEnter(save, mass);
      Fields.typeFirst(mass);
      getFooter().add(new Button("Cancel", e -> close()), save);
    }
  }
}

package org.cellbook.electrodes.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.cellbook.audit.HistoryService;
import org.cellbook.audit.ui.HistoryPanel;
import org.cellbook.base.Numbers;
import org.cellbook.base.RecordLocks;
import org.cellbook.base.RecordType;
import org.cellbook.base.ValidationException;
import org.cellbook.base.ui.Columns;
import org.cellbook.base.ui.Facts;
import org.cellbook.base.ui.FieldErrors;
import org.cellbook.base.ui.Fields;
import org.cellbook.base.ui.IsoDatePicker;
import org.cellbook.base.ui.Notifications;
import org.cellbook.base.ui.ReasonField;
import org.cellbook.base.ui.RecordSection;
import org.cellbook.base.ui.WithdrawDialog;
import org.cellbook.base.ui.WithdrawnNotice;
import org.cellbook.electrodes.Disc;
import org.cellbook.electrodes.DiscCorrection;
import org.cellbook.electrodes.DiscMetrics;
import org.cellbook.electrodes.ElectrodeSheet;
import org.cellbook.electrodes.NewDisc;
import org.cellbook.electrodes.SheetDetails;
import org.cellbook.electrodes.SheetService;
import org.cellbook.materials.ui.LotComponents;
import org.cellbook.security.CurrentUser;
import org.jspecify.annotations.Nullable;

/** One sheet: its recipe, its discs with derived loadings, quick entry of many discs. */
@Route("electrodes/:code")
@PageTitle("Electrode sheet · Cellbook")
@PermitAll
class SheetView extends VerticalLayout implements BeforeEnterObserver {

  /** A disc row: weighed values, what follows from them and, in the preview, why it is refused. */
  record DiscRow(
      String code,
      double diameterMm,
      double discMg,
      @Nullable Double blankMg,
      boolean blankFromFoil,
      @Nullable DiscMetrics metrics,
      List<String> problems) {}

  final Grid<DiscRow> discs = new Grid<>(DiscRow.class, false);
  final TextArea quickEntry =
      new TextArea(
          "Quick entry: one disc per line — diameter (mm), disc mass (mg), blank foil mass (mg, optional)");
  final Grid<DiscRow> preview = new Grid<>(DiscRow.class, false);
  final Button check = new Button("Preview");
  final Button saveDiscs = new Button("Add discs");
  final Button edit = new Button("Edit…");
  final Button withdraw = new Button("Withdraw…");
  private final SheetService sheets;
  private final HistoryService history;
  private final List<RecordSection> sections;
  private final RecordLocks locks;
  ElectrodeSheet sheet;

  SheetView(
      SheetService sheets,
      HistoryService history,
      List<RecordSection> sections,
      RecordLocks locks) {
    this.sheets = sheets;
    this.history = history;
    this.sections = sections;
    this.locks = locks;
    addClassName("view");
    configure(discs, true);
    configure(preview, false);
    preview
        .addComponentColumn(r -> new Div(r.problems().stream().map(Div::new).toArray(Div[]::new)))
        .setHeader("Refused because")
        .setFlexGrow(3);
    preview.setPartNameGenerator(r -> r.problems().isEmpty() ? null : "refused");
    quickEntry.setWidthFull();
    quickEntry.setPlaceholder("12 11.92 9.80\n12 12.05 9.80\n12 12.11");
    check.addClickListener(e -> preview());
    saveDiscs.addThemeVariants(ButtonVariant.PRIMARY);
    saveDiscs.addClickListener(e -> save());
    // Enter is the next disc's line (a balance types the mass and Enter); Ctrl+Enter adds them.
    saveDiscs
        .addClickShortcut(Key.ENTER, KeyModifier.CONTROL)
        .listenOn(quickEntry)
        .resetFocusOnActiveElement();
    saveDiscs.setTooltipText("Ctrl+Enter in the list");
    Columns.whole(discs, r -> disc(r.code()).isWithdrawn() ? "withdrawn" : "", "");
    discs
        .addComponentColumn(
            r -> {
              Disc d = disc(r.code());
              Button correct = new Button("Correct…", e -> correct(d));
              Button remove =
                  new Button(
                      "Withdraw…",
                      e ->
                          new WithdrawDialog(
                                  d.getCode(),
                                  why -> sheets.withdrawDisc(d.getCode(), why),
                                  () -> show(sheets.get(sheet.getCode())))
                              .open());
              HorizontalLayout actions = new HorizontalLayout(correct, remove);
              actions
                  .getChildren()
                  .forEach(b -> ((Button) b).addThemeVariants(ButtonVariant.SMALL));
              actions.setVisible(CurrentUser.canEdit() && !d.isWithdrawn());
              return actions;
            })
        .setAutoWidth(true);
    edit.addClickListener(e -> new EditDialog().open());
    withdraw.addClickListener(
        e ->
            new WithdrawDialog(
                    sheet.getCode(),
                    why -> sheets.withdraw(sheet.getCode(), why),
                    () -> show(sheets.get(sheet.getCode())))
                .open());
  }

  void correct(Disc disc) {
    new DiscDialog(disc).open();
  }

  private Disc disc(String code) {
    return sheet.getDiscs().stream()
        .filter(d -> d.getCode().equals(code))
        .findFirst()
        .orElseThrow();
  }

  private static void configure(Grid<DiscRow> grid, boolean withCode) {
    if (withCode) {
      Columns.whole(
              grid.addComponentColumn(
                  r -> new Anchor("trace/" + r.code() + "?direction=forward", r.code())))
          .setHeader("Disc");
    }
    Columns.whole(grid, r -> Numbers.plain(r.diameterMm()), "Ø (mm)");
    Columns.whole(grid, r -> Fields.format(r.discMg(), 2), "Disc (mg)");
    Columns.whole(
        grid,
        r ->
            r.blankMg() == null
                ? ""
                : Fields.format(r.blankMg(), 2) + (r.blankFromFoil() ? " (foil)" : ""),
        "Blank (mg)");
    Columns.whole(grid, metric(DiscMetrics::areaCm2, 3), "Area (cm²)");
    Columns.whole(grid, metric(DiscMetrics::coatingMassMilligrams, 2), "Coating (mg)");
    Columns.whole(grid, metric(DiscMetrics::activeMassMilligrams, 3), "Active (mg)");
    Columns.whole(grid, metric(DiscMetrics::loadingMilligramsPerCm2, 2), "Loading (mg cm⁻²)");
    grid.setAllRowsVisible(true);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    show(sheets.get(event.getRouteParameters().get("code").orElseThrow()));
  }

  void show(ElectrodeSheet shown) {
    sheet = shown;
    removeAll();
    Facts facts =
        new Facts()
            .add("Active material", LotComponents.link(sheet.getActiveLot()))
            .add("Binder", LotComponents.link(sheet.getBinderLot()))
            .add("Conductive additive", LotComponents.link(sheet.getAdditiveLot()))
            .add("Current collector", LotComponents.link(sheet.getCollectorLot()))
            .add("Active : binder (: additive)", sheet.recipe() + " (mass %)")
            .add(
                "Binder solution",
                sheet.getBinderSolutionMilligramsPerMillilitre() == null
                    ? null
                    : Numbers.plain(sheet.getBinderSolutionMilligramsPerMillilitre())
                        + " mg mL⁻¹ in "
                        + sheet.getSolvent())
            .add("Coating", sheet.getCoatingMethod())
            .add(
                "Active material in slurry",
                sheet.getSlurryActiveMassGrams() == null
                    ? null
                    : Numbers.plain(sheet.getSlurryActiveMassGrams()) + " g")
            .add("Drying", sheet.getDrying())
            .add("Made", sheet.getMadeOn() + " by " + sheet.getOperatorName())
            .add("Notes", sheet.getNotes())
            .add(
                "Lineage",
                new HorizontalLayout(
                    new Anchor("trace/" + sheet.getCode(), "Trace back"),
                    new Anchor(
                        "trace/" + sheet.getCode() + "?direction=forward", "Trace forward")));
    discs.setItems(sheet.getDiscs().stream().map(SheetView::row).toList());
    boolean editable =
        CurrentUser.canEdit()
            && !sheet.isWithdrawn()
            && !locks.isLocked(RecordType.SHEET, sheet.getCode());
    edit.setVisible(editable);
    withdraw.setVisible(editable);
    add(new HorizontalLayout(new H1(sheet.getCode() + " · " + sheet.getName()), edit, withdraw));
    sheet.withdrawal().ifPresent(w -> add(new WithdrawnNotice(w)));
    add(facts, new H3("Discs"), discs);
    if (editable) {
      preview.setItems(List.of());
      add(new H3("Add discs"), quickEntry, new HorizontalLayout(check, saveDiscs), preview);
    }
    add(new HistoryPanel(history, RecordType.SHEET, sheet));
    sections.forEach(x -> x.section(RecordType.SHEET, sheet.getCode()).ifPresent(c -> add(c)));
  }

  /** A disc's derived quantity, blank where the disc's metrics cannot be worked out. */
  private static ValueProvider<DiscRow, String> metric(
      ToDoubleFunction<DiscMetrics> quantity, int decimals) {
    return r ->
        r.metrics() == null ? "" : Fields.format(quantity.applyAsDouble(r.metrics()), decimals);
  }

  private static DiscRow row(Disc d) {
    @Nullable DiscMetrics metrics;
    try {
      metrics = d.metrics();
    } catch (IllegalStateException e) {
      metrics = null;
    }
    return new DiscRow(
        d.getCode(),
        d.getDiameterMillimetres(),
        d.getDiscMassMilligrams(),
        metrics == null ? null : metrics.blankMassMilligrams(),
        d.getBlankMassMilligrams() == null,
        metrics,
        List.of());
  }

  /** Parses the quick-entry box; a line that is not numbers is an error naming the line. */
  List<NewDisc> parse() {
    List<NewDisc> parsed = new ArrayList<>();
    String[] lines = quickEntry.getValue().strip().split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      String[] parts = fields(line);
      try {
        if (parts.length < 2 || parts.length > 3) {
          throw new NumberFormatException();
        }
        parsed.add(
            new NewDisc(
                Double.valueOf(parts[0]),
                Double.valueOf(parts[1]),
                parts.length == 3 ? Double.valueOf(parts[2]) : null));
      } catch (NumberFormatException e) {
        throw new ValidationException(
            "discs",
            "Line "
                + (i + 1)
                + " ('"
                + line
                + "'): expected diameter, disc mass and optionally blank mass");
      }
    }
    return parsed;
  }

  /**
   * A line's numbers, as typed or pasted from a spreadsheet: "12, 14.2, 8.1" separates by commas;
   * "12;14,2;8,1" or tab-separated "12 14,2 8,1" has decimal commas.
   */
  static String[] fields(String line) {
    boolean decimalComma =
        !line.contains(".") && line.matches(".*\\d,\\d.*") && line.matches(".*[\\s;].*");
    return (decimalComma ? line.replace(',', '.') : line.replace(',', ' '))
        .strip()
        .split("[\\s;]+");
  }

  /** Shows each parsed row as the save would take it, refused rows with their messages. */
  void preview() {
    new FieldErrors()
        .bind("discs", quickEntry)
        .run(
            () ->
                preview.setItems(
                    sheets.previewDiscs(sheet.getCode(), parse()).stream()
                        .map(
                            p ->
                                new DiscRow(
                                    "",
                                    p.disc().diameterMillimetres(),
                                    p.disc().discMassMilligrams(),
                                    p.blankMassMilligrams(),
                                    p.blankFromFoil(),
                                    p.metrics(),
                                    p.problems().stream()
                                        .map(ValidationException.Problem::message)
                                        .toList()))
                        .toList()));
  }

  /** Saves the discs; when refused, the preview shows which rows and why, one message a line. */
  void save() {
    FieldErrors errors = new FieldErrors().bind("discs", quickEntry);
    if (errors.run(
        () -> {
          List<NewDisc> parsed = parse();
          sheets.addDiscs(sheet.getCode(), parsed);
          Notifications.success(
              "Added " + Numbers.count(parsed.size(), "disc", "discs") + " to " + sheet.getCode());
        })) {
      quickEntry.clear();
      show(sheets.get(sheet.getCode()));
    } else if (!quickEntry.isInvalid()) {
      preview();
    }
  }

  /** Corrects the recipe and description; the lots stay. */
  final class EditDialog extends Dialog {
    final TextField name = new TextField("Name");
    final NumberField activeFraction = Fields.number("Active fraction", "%");
    final NumberField binderFraction = Fields.number("Binder fraction", "%");
    final NumberField additiveFraction = Fields.number("Additive fraction", "%");
    final NumberField binderSolution = Fields.number("Binder solution", "mg mL⁻¹");
    final TextField solvent = new TextField("Solvent");
    final TextField coatingMethod = new TextField("Coating");
    final NumberField slurryActiveMass = Fields.number("Active material in slurry", "g");
    final TextField drying = new TextField("Drying");
    final IsoDatePicker madeOn = new IsoDatePicker("Made on");
    final TextField operator = new TextField("Operator");
    final TextArea notes = new TextArea("Notes");
    final ReasonField reason = new ReasonField();
    final Button save = new Button("Save");

    EditDialog() {
      SheetDetails d = SheetDetails.of(sheet);
      setHeaderTitle("Edit " + d.code());
      name.setValue(d.name());
      activeFraction.setValue(d.activeFractionPercent());
      binderFraction.setValue(d.binderFractionPercent());
      additiveFraction.setValue(d.additiveFractionPercent());
      binderSolution.setValue(d.binderSolutionMilligramsPerMillilitre());
      solvent.setValue(text(d.solvent()));
      coatingMethod.setValue(text(d.coatingMethod()));
      slurryActiveMass.setValue(d.slurryActiveMassGrams());
      drying.setValue(text(d.drying()));
      madeOn.setValue(d.madeOn());
      operator.setValue(text(d.operatorName()));
      notes.setValue(text(d.notes()));
      FieldErrors errors =
          reason.bindTo(
              new FieldErrors()
                  .bind("name", name)
                  .bind("activeFraction", activeFraction)
                  .bind("binderFraction", binderFraction)
                  .bind("additiveFraction", additiveFraction)
                  .bind("binderSolution", binderSolution)
                  .bind("slurryActiveMass", slurryActiveMass));
      save.addThemeVariants(ButtonVariant.PRIMARY);
      save.addClickListener(
          e -> {
            if (errors.run(
                () ->
                    sheets.update(
                        new SheetDetails(
                            d.code(),
                            d.version(),
                            name.getValue(),
                            activeFraction.getValue(),
                            binderFraction.getValue(),
                            additiveFraction.getValue(),
                            binderSolution.getValue(),
                            solvent.getValue(),
                            coatingMethod.getValue(),
                            slurryActiveMass.getValue(),
                            drying.getValue(),
                            madeOn.getValue(),
                            operator.getValue(),
                            notes.getValue()),
                        reason.getValue()))) {
              close();
              show(sheets.get(d.code()));
            }
          });
      FormLayout form =
          new FormLayout(
              name,
              activeFraction,
              binderFraction,
              additiveFraction,
              binderSolution,
              solvent,
              coatingMethod,
              slurryActiveMass,
              drying,
              madeOn,
              operator,
              notes,
              reason);
      form.setColspan(notes, 2);
      form.setColspan(reason, 2);
      add(form);
      getFooter().add(new Button("Cancel", e -> close()), save);
    }
  }

  /** Corrects the weighings of one disc. */
  final class DiscDialog extends Dialog {
    final NumberField diameter = Fields.number("Diameter", "mm");
    final NumberField discMass = Fields.number("Disc mass", "mg");
    final NumberField blankMass = Fields.number("Blank foil mass", "mg");
    final ReasonField reason = new ReasonField();
    final Button save = new Button("Save");

    DiscDialog(Disc disc) {
      DiscCorrection c = DiscCorrection.of(disc);
      Fields.submitOnEnter(save, diameter, discMass, blankMass);
      setHeaderTitle("Correct " + c.code());
      diameter.setValue(c.diameterMillimetres());
      discMass.setValue(c.discMassMilligrams());
      blankMass.setValue(c.blankMassMilligrams());
      blankMass.setHelperText("Empty: taken from the current collector's areal mass");
      FieldErrors errors =
          reason.bindTo(
              new FieldErrors()
                  .bind("diameter", diameter)
                  .bind("discMass", discMass)
                  .bind("blankMass", blankMass));
      save.addThemeVariants(ButtonVariant.PRIMARY);
      save.addClickListener(
          e -> {
            if (errors.run(
                () ->
                    sheets.correctDisc(
                        new DiscCorrection(
                            c.code(),
                            c.version(),
                            diameter.getValue(),
                            discMass.getValue(),
                            blankMass.getValue()),
                        reason.getValue()))) {
              close();
              show(sheets.get(sheet.getCode()));
            }
          });
      add(new FormLayout(diameter, discMass, blankMass, reason));
      getFooter().add(new Button("Cancel", e -> close()), save);
    }
  }

  private static String text(@Nullable String value) {
    return value == null ? "" : value;
  }
}

package org.cellbook.measurements.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.InputStreamDownloadHandler;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cellbook.audit.HistoryService;
import org.cellbook.audit.ui.HistoryPanel;
import org.cellbook.base.RecordLocks;
import org.cellbook.base.RecordType;
import org.cellbook.base.ui.Columns;
import org.cellbook.base.ui.Facts;
import org.cellbook.base.ui.FieldErrors;
import org.cellbook.base.ui.Fields;
import org.cellbook.base.ui.Notifications;
import org.cellbook.base.ui.ReasonField;
import org.cellbook.base.ui.RecordSection;
import org.cellbook.base.ui.WithdrawDialog;
import org.cellbook.base.ui.WithdrawnNotice;
import org.cellbook.measurements.AnalysisParameters;
import org.cellbook.measurements.AnalysisRun;
import org.cellbook.measurements.FileIntegrity;
import org.cellbook.measurements.KpiValue;
import org.cellbook.measurements.Measurement;
import org.cellbook.measurements.MeasurementFile;
import org.cellbook.measurements.MeasurementPlots;
import org.cellbook.measurements.MeasurementService;
import org.cellbook.measurements.StoredFileChangedException;
import org.cellbook.measurements.Technique;
import org.cellbook.measurements.plots.Plot;
import org.cellbook.security.CurrentUser;
import org.jspecify.annotations.Nullable;

/**
 * One measurement: what was measured on which record, its raw files (downloadable, with their
 * SHA-256), the state of the analysis, the KPIs and warnings of the current run, the plots, a
 * re-analysis form and every earlier run.
 */
@Route("measurements/:code")
@PageTitle("Measurement · Cellbook")
@PermitAll
class MeasurementView extends VerticalLayout implements BeforeEnterObserver {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

  final Grid<KpiValue> kpis = new Grid<>();

  /** The reasons of implausible KPIs, shown only when there are any. */
  final Grid.Column<KpiValue> implausibleColumn;

  private final Grid.Column<KpiValue> apiNameColumn;

  final Grid<AnalysisRun> runs = new Grid<>();
  final Div plots = new Div();
  final ComboBox<Technique> technique = new ComboBox<>("Technique");
  final NumberField activeMass = Fields.number("Active mass", "mg");
  final NumberField area = Fields.number("Area", "cm²");
  final NumberField plateauCutoff = Fields.number("Plateau cut-off", "V");
  final ComboBox<String> opening =
      new ComboBox<>("Cycle opens with", List.of("auto", "reduction", "oxidation"));
  final ComboBox<String> adsorbate = new ComboBox<>("Adsorbate", List.of("N2", "CO2"));
  final NumberField molarMass = Fields.number("Molar mass", "g mol⁻¹");
  final NumberField molarVolume = Fields.number("Molar volume", "cm³ mol⁻¹");
  final TextField format = new TextField("Importer (blank: detect)");
  final NumberField betLow = Fields.number("BET range from", "p/p₀");
  final NumberField betHigh = Fields.number("to", "p/p₀");
  final Button reanalyse = new Button("Analyse again");
  final Button cancel = new Button("Cancel analysis");
  final Button editNotes = new Button("Edit notes…");
  final Button withdraw = new Button("Withdraw…");

  private final MeasurementService measurements;
  private final MeasurementPlots plotFactory;
  private final List<RecordSection> sections;
  private final RecordLocks locks;
  private final HistoryService history;
  private @Nullable Registration polling;
  Measurement measurement;

  MeasurementView(
      MeasurementService measurements,
      MeasurementPlots plotFactory,
      List<RecordSection> sections,
      RecordLocks locks,
      HistoryService history) {
    this.measurements = measurements;
    this.plotFactory = plotFactory;
    this.sections = sections;
    this.locks = locks;
    this.history = history;
    addClassName("view");
    // As wide as their text, so that the reasons, when shown, have the rest of the row.
    kpis.addColumn(KpiValue::label).setHeader("Result").setAutoWidth(true).setFlexGrow(0);
    kpis.addColumn(new ComponentRenderer<>(KpiMarks::value))
        .setHeader("Value")
        .setAutoWidth(true)
        .setFlexGrow(0);
    apiNameColumn = kpis.addColumn(KpiValue::name).setHeader("Name in the API").setAutoWidth(true);
    implausibleColumn =
        kpis.addColumn(
                new ComponentRenderer<>(
                    k -> {
                      Span why = new Span(k.plausible() ? "" : k.implausibleReason());
                      why.addClassName("implausible-reason");
                      return why;
                    }))
            .setHeader("Why it is marked")
            .setWidth("24em")
            .setFlexGrow(1);
    kpis.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
    kpis.setAllRowsVisible(true);
    Columns.whole(runs, AnalysisRun::getRunNumber, "Run");
    Columns.whole(runs, r -> WHEN.format(r.getCreatedAt()), "When");
    Columns.whole(runs, AnalysisRun::getCreatedBy, "By");
    Columns.whole(runs, AnalysisRun::getAnalysisVersion, "Analysis");
    Columns.text(runs, r -> describe(r.getParameters()), "Parameters");
    runs.addThemeVariants(GridVariant.LUMO_COMPACT);
    runs.setAllRowsVisible(true);
    plots.addClassName("plots");
    technique.setItemLabelGenerator(Technique::label);
    reanalyse.addClickListener(e -> reanalyse());
    cancel.addClickListener(
        e -> {
          measurements.cancel(measurement.getCode());
          show(measurements.get(measurement.getCode()));
        });
    editNotes.addClickListener(e -> new NotesDialog().open());
    withdraw.addClickListener(
        e ->
            new WithdrawDialog(
                    measurement.getCode(),
                    why -> measurements.withdraw(measurement.getCode(), why),
                    () -> show(measurements.get(measurement.getCode())))
                .open());
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    show(measurements.get(event.getRouteParameters().get("code").orElseThrow()));
  }

  void show(Measurement m) {
    measurement = m;
    removeAll();
    boolean editable =
        CurrentUser.canEdit()
            && !m.isWithdrawn()
            && !locks.isLocked(RecordType.MEASUREMENT, m.getCode());
    boolean onCell = m.getCell() != null;
    Facts facts =
        new Facts()
            .add(
                onCell ? "Cell" : "Lot",
                new Anchor((onCell ? "cells/" : "lots/") + m.targetCode(), m.targetCode()))
            .add(
                "Technique", m.getTechnique() == null ? "not recognised" : m.getTechnique().label())
            .add("Format", m.getFormat())
            .add("Status", status(m))
            .add("Files", files(m))
            .add("Records", m.getRecordCount())
            .add("Added", WHEN.format(m.getCreatedAt()) + " by " + m.getCreatedBy())
            .add(
                "Analysed",
                m.getAnalysedAt() == null
                    ? null
                    : WHEN.format(m.getAnalysedAt()) + " · " + describe(m.getParameters()))
            .add("Notes", m.getNotes());
    editNotes.setVisible(editable);
    withdraw.setVisible(editable && m.getStatus().finished());
    add(
        new HorizontalLayout(
            new H1(
                m.getCode() + (m.getTechnique() == null ? "" : " · " + m.getTechnique().label())),
            editNotes,
            withdraw));
    m.withdrawal().ifPresent(w -> add(new WithdrawnNotice(w)));
    add(facts);

    List<KpiValue> current = measurements.currentKpis(m.getCode());
    if (!current.isEmpty()) {
      kpis.setItems(current);
      long odd = current.stream().filter(k -> !k.plausible()).count();
      implausibleColumn.setVisible(odd > 0);
      apiNameColumn.setFlexGrow(odd > 0 ? 0 : 1);
      add(new H3("Results"));
      if (odd > 0) {
        Span note =
            new Span(
                odd
                    + (odd == 1 ? " result lies" : " results lie")
                    + " outside the physical range (marked !): check the reason before using it.");
        note.addClassName("warning");
        add(note);
      }
      add(kpis);
    }
    List<String> warnings = measurements.currentWarnings(m.getCode());
    if (!warnings.isEmpty()) {
      UnorderedList list = new UnorderedList();
      warnings.forEach(w -> list.add(new ListItem(w)));
      add(new H3("Warnings and assumptions"), list);
    }
    plots.removeAll();
    try {
      for (Plot p : plotFactory.of(m.getCode())) {
        plots.add(new PlotChart(p));
      }
    } catch (IOException e) {
      plots.add(new Span("The stored series cannot be read: " + e.getMessage()));
    }
    if (plots.getComponentCount() > 0) {
      add(new H3("Plots"), plots);
    }
    if (m.getTechnique() == Technique.IMAGE) {
      add(new H3("Image"), previews(m));
    } else if (editable && m.getStatus().finished()) {
      // A picture has nothing to analyse: no cycling or sorption settings to offer.
      add(new H3("Analyse again"), reanalysisForm(m));
    }
    List<AnalysisRun> analyses = measurements.runs(m.getCode());
    if (!analyses.isEmpty()) {
      runs.setItems(analyses);
      add(new H3("Analysis history"), runs);
    }
    add(new HistoryPanel(history, RecordType.MEASUREMENT, m));
    sections.forEach(x -> x.section(RecordType.MEASUREMENT, m.getCode()).ifPresent(this::add));
    getUI().ifPresent(ui -> poll(!m.getStatus().finished()));
  }

  private Component status(Measurement m) {
    Component state = MeasurementsPanel.state(m);
    if (m.getStatus().finished() || !CurrentUser.canEdit()) {
      return state;
    }
    HorizontalLayout l = new HorizontalLayout(state, cancel);
    l.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
    return l;
  }

  private Component files(Measurement m) {
    Div list = new Div();
    if (m.getIntegrity() == FileIntegrity.MISMATCH) {
      Span changed =
          new Span(
              "A stored file changed on disk after it was uploaded: it is neither analysed nor"
                  + " handed out. Restore it from a backup or upload it again.");
      changed.addClassName("warning");
      list.add(new Div(changed));
    }
    for (MeasurementFile f : m.getFiles()) {
      Anchor a = new Anchor(download(m, f), f.getOriginalName());
      a.setRouterIgnore(true);
      Span sha = new Span(" " + f.getSizeBytes() + " bytes · SHA-256 " + f.getSha256());
      sha.addClassName("derived");
      list.add(new Div(a, sha));
    }
    return list;
  }

  private DownloadHandler download(Measurement m, MeasurementFile f) {
    return stored(m, f, "application/octet-stream");
  }

  /**
   * A stored file handed out through the session (so only a logged-in user gets it), checked
   * against its SHA-256 first.
   */
  private static InputStreamDownloadHandler stored(
      Measurement m, MeasurementFile f, String mediaType) {
    String code = m.getCode();
    int position = f.getPosition();
    String name = f.getOriginalName();
    long size = f.getSizeBytes();
    return DownloadHandler.fromInputStream(
        event -> {
          MeasurementService service =
              event
                  .getSession()
                  .getService()
                  .getInstantiator()
                  .getOrCreate(MeasurementService.class);
          try {
            return new DownloadResponse(service.openFile(code, position), name, mediaType, size);
          } catch (StoredFileChangedException e) {
            return DownloadResponse.error(HttpStatusCode.CONFLICT, e.getMessage());
          }
        });
  }

  /** The pictures of an image measurement, drawn inline; a TIFF is only downloadable. */
  private Component previews(Measurement m) {
    Div shown = new Div();
    shown.addClassName("image-previews");
    for (MeasurementFile f : m.getFiles()) {
      try {
        measurements
            .imageFormat(m.getCode(), f.getPosition())
            .ifPresent(
                format -> {
                  if (format.previewable()) {
                    Image image =
                        new Image(stored(m, f, format.mediaType()).inline(), f.getOriginalName());
                    image.addClassName("image-preview");
                    shown.add(image);
                  } else {
                    shown.add(
                        new Paragraph(
                            f.getOriginalName()
                                + " is a "
                                + format.label()
                                + ", which browsers do not draw: download it above to view it."));
                  }
                });
      } catch (IOException e) {
        shown.add(new Paragraph(f.getOriginalName() + " cannot be read: " + e.getMessage()));
      }
    }
    return shown;
  }

  private Component reanalysisForm(Measurement m) {
    boolean onCell = m.getCell() != null;
    technique.setItems(
        Arrays.stream(Technique.values())
            .filter(t -> onCell ? t.fitsCell() : t.fitsLot())
            .filter(t -> t != Technique.PYCNOMETRY)
            .toList());
    technique.setValue(m.getTechnique());
    AnalysisParameters p = m.getParameters();
    activeMass.setValue(fourDigits(p.activeMassMilligrams()));
    area.setValue(fourDigits(p.areaCm2()));
    plateauCutoff.setValue(p.plateauCutoffVolts());
    plateauCutoff.setPlaceholder("0.1");
    opening.setValue(p.opening() == null ? "auto" : p.opening());
    adsorbate.setValue(p.adsorbate() == null ? "N2" : p.adsorbate());
    molarMass.setValue(p.molarMassGramsPerMole());
    molarVolume.setValue(p.molarVolumeCm3PerMole());
    format.setValue(p.format() == null ? "" : p.format());
    FlexLayout form = new FlexLayout(technique, format);
    if (onCell) {
      form.add(activeMass, area, plateauCutoff, opening, molarMass, molarVolume);
    } else if (m.getTechnique() == Technique.SORPTION) {
      betLow.setValue(p.betRangeLow());
      betHigh.setValue(p.betRangeHigh());
      betLow.setPlaceholder("automatic");
      form.add(adsorbate, betLow, betHigh);
    }
    form.add(reanalyse);
    form.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    form.setAlignItems(FlexComponent.Alignment.BASELINE);
    form.getStyle().set("gap", "var(--lumo-space-m)");
    return form;
  }

  void reanalyse() {
    AnalysisParameters p =
        new AnalysisParameters(
            format.getValue().isBlank() ? null : format.getValue().strip(),
            activeMass.getValue(),
            area.getValue(),
            plateauCutoff.getValue(),
            "auto".equals(opening.getValue()) ? null : opening.getValue(),
            molarMass.getValue(),
            molarVolume.getValue(),
            adsorbate.getValue(),
            betLow.getValue(),
            betHigh.getValue());
    if (new FieldErrors()
        .bind("technique", technique)
        .bind("active_mass_mg", activeMass)
        .bind("area_cm2", area)
        .bind("plateau_cutoff_v", plateauCutoff)
        .bind("opening", opening)
        .bind("adsorbate", adsorbate)
        .bind("molar_mass_g_mol", molarMass)
        .bind("molar_volume_cm3_mol", molarVolume)
        .bind("format", format)
        .bind("bet_range_low", betLow)
        .bind("bet_range_high", betHigh)
        .run(() -> measurements.reanalyse(measurement.getCode(), technique.getValue(), p))) {
      Notifications.success(measurement.getCode() + " is being analysed again");
      show(measurements.get(measurement.getCode()));
    }
  }

  /** Masses and areas derived from weighings carry float noise; the form shows 4 decimals. */
  private static @Nullable Double fourDigits(@Nullable Double x) {
    return x == null ? null : Math.round(x * 1e4) / 1e4;
  }

  /** "1.80 mg, 1.131 cm², cut-off 0.1 V": the inputs that differ from the defaults. */
  static String describe(AnalysisParameters p) {
    List<String> parts = new ArrayList<>();
    if (p.activeMassMilligrams() != null) {
      parts.add(Fields.format(p.activeMassMilligrams(), 3) + " mg");
    }
    if (p.areaCm2() != null) {
      parts.add(Fields.format(p.areaCm2(), 3) + " cm²");
    }
    if (p.plateauCutoffVolts() != null) {
      parts.add("cut-off " + Fields.format(p.plateauCutoffVolts(), 3) + " V");
    }
    if (p.opening() != null) {
      parts.add("opens with " + p.opening());
    }
    if (p.adsorbate() != null) {
      parts.add(p.adsorbate());
    }
    if (p.format() != null) {
      parts.add("importer " + p.format());
    }
    if (p.betRangeLow() != null && p.betRangeHigh() != null) {
      parts.add("BET p/p₀ " + p.betRangeLow() + "–" + p.betRangeHigh());
    }
    return parts.isEmpty() ? "defaults" : String.join(", ", parts);
  }

  private void poll(boolean on) {
    getUI()
        .ifPresent(
            ui -> {
              if (on && polling == null) {
                ui.setPollInterval(1000);
                polling =
                    ui.addPollListener(
                        e -> {
                          Measurement now = measurements.get(measurement.getCode());
                          if (now.getStatus() != measurement.getStatus()
                              || now.getProgress() != measurement.getProgress()) {
                            show(now);
                          }
                        });
              } else if (!on && polling != null) {
                polling.remove();
                polling = null;
                ui.setPollInterval(-1);
              }
            });
  }

  @Override
  protected void onAttach(com.vaadin.flow.component.AttachEvent event) {
    poll(!measurement.getStatus().finished());
  }

  @Override
  protected void onDetach(com.vaadin.flow.component.DetachEvent event) {
    poll(false);
  }

  /** Corrects the notes of the measurement, with the reason. */
  final class NotesDialog extends Dialog {
    final TextArea notes = new TextArea("Notes");
    final ReasonField reason = new ReasonField();
    final Button save = new Button("Save");

    NotesDialog() {
      Measurement m = measurement;
      setHeaderTitle("Notes of " + m.getCode());
      notes.setValue(m.getNotes() == null ? "" : m.getNotes());
      notes.setWidthFull();
      FieldErrors errors = reason.bindTo(new FieldErrors());
      save.addThemeVariants(ButtonVariant.PRIMARY);
      save.addClickListener(
          e -> {
            if (errors.run(
                () ->
                    measurements.updateNotes(
                        m.getCode(), m.getVersion(), notes.getValue(), reason.getValue()))) {
              close();
              show(measurements.get(m.getCode()));
            }
          });
      add(notes, reason);
      setWidth("36em");
      getFooter().add(new Button("Cancel", e -> close()), save);
    }
  }
}

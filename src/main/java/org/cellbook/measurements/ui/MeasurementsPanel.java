package org.cellbook.measurements.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.TransferContext;
import com.vaadin.flow.server.streams.TransferProgressListener;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.cellbook.analysis.run.Analyzer;
import org.cellbook.base.Numbers;
import org.cellbook.base.ui.Columns;
import org.cellbook.base.ui.FieldErrors;
import org.cellbook.base.ui.Fields;
import org.cellbook.base.ui.Lists;
import org.cellbook.base.ui.Notifications;
import org.cellbook.measurements.ImageFormat;
import org.cellbook.measurements.Measurement;
import org.cellbook.measurements.MeasurementService;
import org.cellbook.measurements.MeasurementStatus;
import org.cellbook.measurements.NewFile;
import org.cellbook.measurements.Technique;
import org.cellbook.security.CurrentUser;
import org.jspecify.annotations.Nullable;

/**
 * The measurements of a cell or a lot: drop files, choose the technique or let it be detected,
 * watch the analysis run, open a measurement for its plots and numbers. Lots also take helium
 * pycnometry typed in from the printout.
 */
public class MeasurementsPanel extends VerticalLayout {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

  final Grid<Measurement> grid = new Grid<>();
  final ComboBox<Technique> technique = new ComboBox<>("Technique");
  final Button attach = new Button("Attach and analyse");
  final Upload upload;

  /** The files received and not yet attached, in the order they arrived. */
  final List<Pending> pending = new ArrayList<>();

  /** What each uploaded file was recognised as, shown before it is attached. */
  final UnorderedList recognised = new UnorderedList();

  final NumberField density = Fields.number("True density", "g cm⁻³");
  final NumberField densitySd = Fields.number("Standard deviation", "g cm⁻³");
  final IntegerField runs = new IntegerField("Runs");
  final Button savePycnometry = new Button("Record pycnometry");

  private final MeasurementService measurements;
  private final String cellCode;
  private final String lotCode;
  private @Nullable Registration polling;
  private java.util.Map<String, List<org.cellbook.measurements.KpiValue>> keyResults =
      java.util.Map.of();

  private MeasurementsPanel(
      MeasurementService measurements, @Nullable String cellCode, @Nullable String lotCode) {
    this.measurements = measurements;
    this.cellCode = cellCode;
    this.lotCode = lotCode;
    setPadding(false);
    addClassName("measurements");

    technique.setItems(
        Arrays.stream(Technique.values())
            .filter(t -> cellCode != null ? t.fitsCell() : t.fitsLot())
            .filter(t -> t != Technique.PYCNOMETRY)
            .toList());
    technique.setItemLabelGenerator(Technique::label);
    technique.setPlaceholder("Detect from the file");
    technique.setClearButtonVisible(true);
    technique.setWidth("16em");

    upload =
        new Upload(
            UploadHandler.toTempFile(
                (meta, file) -> received(meta.fileName(), file),
                new TransferProgressListener() {
                  @Override
                  public void onError(TransferContext context, IOException reason) {
                    Notifications.error(notReceived(context.fileName(), reason));
                  }
                }));
    upload.setMaxFiles(20);
    upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, measurements.maxUploadBytes()));
    upload.setDropLabel(new Span("Drop instrument files here"));
    upload.addFileRejectedListener(
        e -> Notifications.error(e.getFileName() + " was not uploaded: " + e.getErrorMessage()));
    // Removing a file from the upload's list takes it out of what is attached.
    upload.addFileRemovedListener(e -> forget(e.getFileName()));
    attach.addThemeVariants(ButtonVariant.PRIMARY);
    attach.addClickListener(e -> attachPending());

    Columns.whole(
            grid.addColumn(
                new com.vaadin.flow.data.renderer.ComponentRenderer<>(
                    m -> new Anchor("measurements/" + m.getCode(), m.getCode()))))
        .setHeader("Code");
    Columns.whole(
        grid,
        m -> m.getTechnique() == null ? "not recognised" : m.getTechnique().label(),
        "Technique");
    Columns.text(
        grid,
        m -> m.getFiles().stream().map(f -> f.getOriginalName()).collect(Collectors.joining(", ")),
        "Files");
    grid.addColumn(
            new com.vaadin.flow.data.renderer.ComponentRenderer<>(
                m -> KpiMarks.list(keyResults.getOrDefault(m.getCode(), List.of()))))
        .setHeader("Key results")
        .setFlexGrow(2);
    Columns.whole(
            grid.addColumn(
                new com.vaadin.flow.data.renderer.ComponentRenderer<>(MeasurementsPanel::state)))
        .setHeader("Status");
    Columns.whole(grid, m -> WHEN.format(m.getCreatedAt()), "Added");
    Lists.navigating(grid, m -> "measurements/" + m.getCode());
    grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.setAllRowsVisible(true);

    add(new H3("Measurements"));
    if (CurrentUser.canEdit()) {
      HorizontalLayout row = new HorizontalLayout(technique, attach);
      row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
      add(upload, recognised, row);
      if (lotCode != null) {
        savePycnometry.addClickListener(e -> recordPycnometry());
        HorizontalLayout pyc = new HorizontalLayout(density, densitySd, runs, savePycnometry);
        pyc.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(pyc);
      }
    }
    add(grid);
    refresh();
  }

  public static MeasurementsPanel forCell(MeasurementService measurements, String cellCode) {
    return new MeasurementsPanel(measurements, cellCode, null);
  }

  public static MeasurementsPanel forLot(MeasurementService measurements, String lotCode) {
    return new MeasurementsPanel(measurements, null, lotCode);
  }

  /** Status as a person reads it: a progress bar while running, the reason when failed. */
  static com.vaadin.flow.component.Component state(Measurement m) {
    if (m.getStatus() == MeasurementStatus.RUNNING || m.getStatus() == MeasurementStatus.QUEUED) {
      ProgressBar bar = new ProgressBar(0, 1, m.getProgress());
      bar.setWidth("8em");
      HorizontalLayout l = new HorizontalLayout(new Span(m.getStatus().label()), bar);
      l.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
      return l;
    }
    Span s =
        new Span(
            m.getStatus() == MeasurementStatus.FAILED
                ? m.getStatus().label() + ": " + m.getErrorMessage()
                : m.getStatus().label());
    if (m.getStatus() == MeasurementStatus.FAILED) {
      s.addClassName("warning");
    }
    return s;
  }

  /** A received file waiting for "Attach and analyse", with what it was recognised as. */
  record Pending(String name, File file, ListItem shown) {}

  /** A file arrived whole: it waits to be attached, and the list says what it looks like. */
  void received(String name, File file) {
    String seen;
    try {
      seen = Analyzer.recognise(file.toPath());
    } catch (RuntimeException e) {
      // Recognising is a courtesy: the analysis reports an unreadable file on its own page.
      seen = null;
    }
    if (seen == null) {
      seen = ImageFormat.of(file.toPath()).map(ImageFormat::label).orElse(null);
    }
    ListItem shown =
        new ListItem(
            name
                + ": "
                + (seen == null
                    ? "not recognised — choose the technique, or keep it as a file"
                    : seen));
    pending.add(new Pending(name, file, shown));
    recognised.add(shown);
  }

  /** What the user reads when a file broke off on its way: which one, why, and what to do. */
  static String notReceived(String name, IOException reason) {
    return name
        + " was not received ("
        + (reason.getMessage() == null ? reason.getClass().getSimpleName() : reason.getMessage())
        + ") and will not be attached: drop it again";
  }

  private void forget(String name) {
    pending.stream()
        .filter(p -> p.name().equals(name))
        .findFirst()
        .ifPresent(
            p -> {
              pending.remove(p);
              recognised.remove(p.shown());
              p.file().delete();
            });
  }

  /**
   * Attaches what was received. A technique that does not fit keeps the files for another try with
   * another technique; anything else (stored, or a file refused with the reason) empties the list,
   * so a refused file is never attached again with the next one.
   */
  void attachPending() {
    if (pending.isEmpty()) {
      Notifications.error("Drop or choose the files first");
      return;
    }
    List<NewFile> files =
        pending.stream()
            .map(p -> new NewFile(p.name(), () -> Files.newInputStream(p.file().toPath())))
            .toList();
    boolean ok =
        new FieldErrors()
            .bind("technique", technique)
            .run(
                () -> {
                  Measurement m =
                      cellCode != null
                          ? measurements.attachToCell(cellCode, technique.getValue(), files, null)
                          : measurements.attachToLot(lotCode, technique.getValue(), files, null);
                  Notifications.success(
                      m.getCode()
                          + ": "
                          + Numbers.count(files.size(), "file", "files")
                          + " stored");
                });
    if (ok || !technique.isInvalid()) {
      pending.forEach(p -> p.file().delete());
      pending.clear();
      recognised.removeAll();
      upload.clearFileList();
      refresh();
    }
  }

  void recordPycnometry() {
    if (new FieldErrors()
        .bind("density", density)
        .bind("sd", densitySd)
        .bind("runs", runs)
        .run(
            () ->
                measurements.recordPycnometry(
                    lotCode, density.getValue(), densitySd.getValue(), runs.getValue()))) {
      density.clear();
      densitySd.clear();
      runs.clear();
      refresh();
    }
  }

  /** Reloads the list; polls once a second while an analysis is queued or running. */
  void refresh() {
    List<Measurement> shown =
        cellCode != null ? measurements.ofCell(cellCode) : measurements.ofLot(lotCode);
    keyResults = measurements.keyResults(shown);
    grid.setItems(shown);
    boolean busy = shown.stream().anyMatch(m -> !m.getStatus().finished());
    getUI().ifPresent(ui -> poll(ui, busy));
  }

  private void poll(UI ui, boolean on) {
    if (on && polling == null) {
      ui.setPollInterval(1000);
      polling = ui.addPollListener(e -> refresh());
    } else if (!on && polling != null) {
      polling.remove();
      polling = null;
      ui.setPollInterval(-1);
    }
  }

  @Override
  protected void onAttach(AttachEvent event) {
    refresh();
  }

  @Override
  protected void onDetach(DetachEvent event) {
    poll(event.getUI(), false);
  }
}

package org.cellbook.measurements;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cellbook.audit.RevisionReason;
import org.cellbook.base.CodeGenerator;
import org.cellbook.base.NotFoundException;
import org.cellbook.base.RecordLocks;
import org.cellbook.base.RecordType;
import org.cellbook.base.ValidationException;
import org.cellbook.base.Withdrawal;
import org.cellbook.cells.Cell;
import org.cellbook.cells.CellConfiguration;
import org.cellbook.cells.CellService;
import org.cellbook.electrodes.DiscMetrics;
import org.cellbook.materials.Lot;
import org.cellbook.materials.LotService;
import org.cellbook.security.CanEdit;
import org.cellbook.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measurements from upload to stored KPIs. Raw files go to the file store first (content-addressed,
 * so a failed save leaves at most an unreferenced copy that the next upload of the same bytes
 * reuses); the measurement and its file rows are then written in one transaction, and only after
 * that commits is the analysis queued.
 */
@Service
public class MeasurementService {

  private static final Logger log = LoggerFactory.getLogger(MeasurementService.class);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final MeasurementRepository measurements;
  private final MeasurementFileRepository files;
  private final AnalysisRunRepository runs;
  private final KpiRepository kpis;
  private final RunRecorder recorder;
  private final CellService cells;
  private final LotService lots;
  private final CodeGenerator codes;
  private final StoredFiles storedFiles;
  private final SeriesStore series;
  private final AnalysisWorker worker;
  private final TransactionTemplate tx;
  private final RecordLocks locks;
  private final Clock clock;
  private final long maxUploadBytes;

  MeasurementService(
      MeasurementRepository measurements,
      MeasurementFileRepository files,
      AnalysisRunRepository runs,
      KpiRepository kpis,
      RunRecorder recorder,
      CellService cells,
      LotService lots,
      CodeGenerator codes,
      StoredFiles storedFiles,
      SeriesStore series,
      AnalysisWorker worker,
      PlatformTransactionManager transactions,
      RecordLocks locks,
      Clock clock,
      MeasurementSettings settings) {
    this.measurements = measurements;
    this.files = files;
    this.runs = runs;
    this.kpis = kpis;
    this.recorder = recorder;
    this.cells = cells;
    this.lots = lots;
    this.codes = codes;
    this.storedFiles = storedFiles;
    this.series = series;
    this.worker = worker;
    this.tx = new TransactionTemplate(transactions);
    this.locks = locks;
    this.clock = clock;
    this.maxUploadBytes = settings.maxUploadMb() * 1024 * 1024;
  }

  /**
   * Waits until every queued analysis has run (command-line tools that load data and exit).
   *
   * @return false when the time ran out first
   */
  public boolean awaitAnalyses(java.time.Duration timeout) throws InterruptedException {
    return worker.awaitIdle(timeout);
  }

  public long maxUploadBytes() {
    return maxUploadBytes;
  }

  @Transactional(readOnly = true)
  public Measurement get(String code) {
    return measurements
        .findByCode(code)
        .orElseThrow(() -> new NotFoundException("measurement", code));
  }

  /** The cell's measurements that are not withdrawn, newest first. */
  @Transactional(readOnly = true)
  public List<Measurement> ofCell(String cellCode) {
    return measurements.findByCellCode(cellCode);
  }

  /** The measurements of many cells in one query, by cell code, newest first within a cell. */
  @Transactional(readOnly = true)
  public List<Measurement> ofCells(List<String> cellCodes) {
    return cellCodes.isEmpty() ? List.of() : measurements.findByCellCodes(cellCodes);
  }

  /** The lot's measurements that are not withdrawn, newest first. */
  @Transactional(readOnly = true)
  public List<Measurement> ofLot(String lotCode) {
    return measurements.findByLotCode(lotCode);
  }

  /** Every analysis of the measurement, newest first. */
  @Transactional(readOnly = true)
  public List<AnalysisRun> runs(String code) {
    return runs.findByMeasurement(get(code));
  }

  /** The KPIs of the newest run, in the order the analysis printed them. */
  @Transactional(readOnly = true)
  public List<KpiValue> currentKpis(String code) {
    AnalysisRun run = get(code).getCurrentRun();
    return run == null ? List.of() : kpis.findByRun(run).stream().map(Kpi::toValue).toList();
  }

  /**
   * The key results ({@link SeriesComparison#KEY_KPIS}) of each measurement's current run, by
   * measurement code, in one query for a whole list.
   */
  @Transactional(readOnly = true)
  public java.util.Map<String, List<KpiValue>> keyResults(List<Measurement> shown) {
    java.util.Map<String, List<KpiValue>> out = new java.util.LinkedHashMap<>();
    if (shown.isEmpty()) {
      return out;
    }
    for (Object[] row :
        kpis.current(shown.stream().map(Measurement::getId).toList(), SeriesComparison.KEY_KPIS)) {
      out.computeIfAbsent((String) row[0], k -> new ArrayList<>())
          .add(new KpiValue((String) row[1], (Double) row[2], (String) row[3], (String) row[4]));
    }
    return out;
  }

  /** The warnings of the newest run, in the analysis's words; empty before the first analysis. */
  @Transactional(readOnly = true)
  public List<String> currentWarnings(String code) {
    String json = currentResultJson(code);
    return json == null ? List.of() : warnings(JSON.readTree(json));
  }

  /** The warnings of an analysis document ({@code analyze --json}). */
  public static List<String> warnings(JsonNode analysis) {
    List<String> out = new ArrayList<>();
    for (JsonNode w : analysis.path("warnings")) {
      out.add(w.asString());
    }
    return out;
  }

  /** The newest run's whole analysis document, or null before the first analysis. */
  @Transactional(readOnly = true)
  public @Nullable String currentResultJson(String code) {
    AnalysisRun run = get(code).getCurrentRun();
    return run == null ? null : run.getResultJson();
  }

  /**
   * Attaches files to a cell and queues their analysis; the active mass and area come from the
   * cell's working disc (for a full cell the mass of both electrodes, so capacities are per total
   * active mass) unless {@code parameters} gives them.
   *
   * @param technique null to detect it from the files
   */
  @CanEdit
  public Measurement attachToCell(
      String cellCode,
      @Nullable Technique technique,
      List<NewFile> upload,
      AnalysisParameters parameters) {
    AnalysisParameters given = checked(parameters);
    Cell cell = cells.get(cellCode);
    cell.requireNotWithdrawn();
    if (technique != null && !technique.fitsCell()) {
      throw new ValidationException(
          "technique",
          technique.label() + " is measured on a material sample: attach it to a lot, not a cell");
    }
    return attach(cell, null, technique, upload, withCellRecords(cell, given));
  }

  /**
   * Attaches files to a lot (a material sample) and queues their analysis.
   *
   * @param technique null to detect it from the files
   */
  @CanEdit
  public Measurement attachToLot(
      String lotCode,
      @Nullable Technique technique,
      List<NewFile> upload,
      AnalysisParameters parameters) {
    AnalysisParameters given = checked(parameters);
    Lot lot = lots.get(lotCode);
    lot.requireNotWithdrawn();
    if (technique != null && !technique.fitsLot()) {
      throw new ValidationException(
          "technique",
          technique.label() + " is measured on a cell: attach it to the cell, not to a lot");
    }
    return attach(null, lot, technique, upload, given);
  }

  /**
   * Helium pycnometry typed in from the instrument's printout: true density with its standard
   * deviation over the runs. Stored as a measurement with a run, so it is searched and compared
   * like any other KPI.
   */
  @CanEdit
  public Measurement recordPycnometry(
      String lotCode,
      @Nullable Double densityGramsPerCm3,
      @Nullable Double sdGramsPerCm3,
      @Nullable Integer runsCount) {
    new org.cellbook.base.Problems()
        .positive(densityGramsPerCm3, "density", "True density")
        .check(
            sdGramsPerCm3 == null || sdGramsPerCm3 >= 0,
            "sd",
            "The standard deviation cannot be negative")
        .check(runsCount == null || runsCount > 0, "runs", "At least one run")
        .check(
            densityGramsPerCm3 == null || densityGramsPerCm3 < 25,
            "density",
            "No solid is denser than 25 g cm⁻³: check the unit (g cm⁻³)")
        .throwIfAny();
    String json =
        "{\"technique\":\"pycnometry\",\"format\":\"manual entry\",\"kpis\":{"
            + "\"true_density_g_cm3\":"
            + densityGramsPerCm3
            + (sdGramsPerCm3 == null ? "" : ",\"true_density_sd_g_cm3\":" + sdGramsPerCm3)
            + (runsCount == null ? "" : ",\"runs\":" + runsCount)
            + "},\"warnings\":[]}";
    return tx.execute(
        status -> {
          Lot lot = lots.get(lotCode);
          lot.requireNotWithdrawn();
          Measurement m = newMeasurement(null, lot, Technique.PYCNOMETRY, AnalysisParameters.NONE);
          m.setFormat("manual entry");
          m.setState(MeasurementStatus.DONE, 1, null);
          measurements.save(m);
          recorder.record(m, AnalysisParameters.NONE, json, null);
          return m;
        });
  }

  /** Analyses the measurement again with new parameters; earlier runs stay in the history. */
  @CanEdit
  public Measurement reanalyse(
      String code, @Nullable Technique technique, AnalysisParameters parameters) {
    AnalysisParameters given = checked(parameters);
    Measurement m =
        tx.execute(
            status -> {
              locks.requireEditable(RecordType.MEASUREMENT, code);
              Measurement x = get(code);
              x.requireNotWithdrawn();
              if (!x.getStatus().finished()) {
                throw new ValidationException("status", code + " is still being analysed");
              }
              Technique t = technique == null ? x.getTechnique() : technique;
              if (t == null) {
                throw new ValidationException(
                    "technique", "The files were not recognised: choose the technique");
              }
              if (x.getCell() != null ? !t.fitsCell() : !t.fitsLot()) {
                throw new ValidationException(
                    "technique",
                    t.label()
                        + (t.fitsCell() ? " belongs to a cell" : " belongs to a lot")
                        + ", but "
                        + code
                        + " is attached to "
                        + x.targetCode());
              }
              x.setTechnique(t);
              x.setParameters(given);
              x.setAttempts(0);
              x.setState(
                  t.analysed() ? MeasurementStatus.QUEUED : MeasurementStatus.STORED, 0, null);
              return measurements.save(x);
            });
    if (m.getStatus() == MeasurementStatus.QUEUED) {
      worker.submit(m.getId());
    }
    return m;
  }

  /** Corrects the notes of a measurement, with the reason. */
  @CanEdit
  @Transactional
  public Measurement updateNotes(String code, long version, @Nullable String notes, String reason) {
    locks.requireEditable(RecordType.MEASUREMENT, code);
    Measurement m = get(code);
    m.requireNotWithdrawn();
    if (m.getVersion() != version) {
      throw new ObjectOptimisticLockingFailureException(Measurement.class, code);
    }
    RevisionReason.require(reason, "reason");
    m.setNotes(notes);
    return m;
  }

  /**
   * Withdraws a measurement: its files, runs and KPIs are kept, and it leaves the cell's or lot's
   * results. A queued or running analysis is stopped or awaited first.
   */
  @CanEdit
  @Transactional
  public Measurement withdraw(String code, String reason) {
    locks.requireEditable(RecordType.MEASUREMENT, code);
    Measurement m = get(code);
    m.requireNotWithdrawn();
    String why = RevisionReason.require(reason, "reason");
    if (!m.getStatus().finished()) {
      throw new ValidationException(
          "status", code + " is still being analysed: cancel the analysis or wait for it first");
    }
    m.withdraw(new Withdrawal(clock.instant(), CurrentUser.username().orElse("system"), why));
    return m;
  }

  /**
   * Stops a queued or running analysis at once (a running one is interrupted); the measurement ends
   * cancelled and the files stay.
   *
   * @return false when the analysis had already ended
   */
  @CanEdit
  public boolean cancel(String code) {
    return worker.cancel(get(code).getId());
  }

  /**
   * A stored raw file of a measurement, for download.
   *
   * @throws StoredFileChangedException when its bytes changed on disk; the measurement is marked
   */
  @Transactional(readOnly = true)
  public InputStream openFile(String code, int position) throws IOException {
    MeasurementFile f = file(code, position);
    return storedFiles.openVerified(get(code).getId(), f);
  }

  @Transactional(readOnly = true)
  public MeasurementFile file(String code, int position) {
    return get(code).getFiles().stream()
        .filter(f -> f.getPosition() == position)
        .findFirst()
        .orElseThrow(() -> new NotFoundException("file", code + "/" + position));
  }

  private Measurement attach(
      Cell cell,
      Lot lot,
      @Nullable Technique technique,
      List<NewFile> upload,
      AnalysisParameters p) {
    if (upload.isEmpty()) {
      throw new ValidationException("files", "Choose at least one file");
    }
    Measurement saved = storedFiles.whileStoring(() -> store(cell, lot, technique, upload, p));
    if (saved.getStatus() == MeasurementStatus.QUEUED) {
      worker.submit(saved.getId());
    }
    return saved;
  }

  /**
   * Stores the upload's bytes, then its measurement and file rows in one transaction. Without a
   * technique given, pictures are kept as images; anything else is left to the analysis to detect.
   */
  private Measurement store(
      @Nullable Cell cell,
      @Nullable Lot lot,
      @Nullable Technique given,
      List<NewFile> upload,
      AnalysisParameters p) {
    List<FileStore.Stored> stored = new ArrayList<>();
    for (NewFile f : upload) {
      try (InputStream in = f.content().open()) {
        stored.add(storedFiles.put(f.name(), in, maxUploadBytes));
      } catch (IOException e) {
        throw new ValidationException("files", f.name() + ": " + e.getMessage());
      }
    }
    Technique chosen = given != null ? given : image(stored.getFirst()) ? Technique.IMAGE : null;
    return tx.execute(
        status -> {
          Measurement m =
              newMeasurement(
                  cell == null ? null : cells.get(cell.getCode()),
                  lot == null ? null : lots.get(lot.getCode()),
                  chosen,
                  p);
          m.setState(
              chosen == null || chosen.analysed()
                  ? MeasurementStatus.QUEUED
                  : MeasurementStatus.STORED,
              0,
              null);
          measurements.save(m);
          for (int k = 0; k < upload.size(); k++) {
            MeasurementFile f =
                new MeasurementFile(
                    m,
                    k + 1,
                    stored.get(k).sha256(),
                    upload.get(k).name(),
                    stored.get(k).sizeBytes());
            files.save(f);
            m.getFiles().add(f);
          }
          return m;
        });
  }

  private boolean image(FileStore.Stored file) {
    try {
      return storedFiles.imageFormat(file.sha256()).isPresent();
    } catch (IOException e) {
      throw new ValidationException("files", "the stored file cannot be read: " + e.getMessage());
    }
  }

  /** The picture format of a measurement's file; empty when it is not one. */
  @Transactional(readOnly = true)
  public Optional<ImageFormat> imageFormat(String code, int position) throws IOException {
    return storedFiles.imageFormat(file(code, position).getSha256());
  }

  private Measurement newMeasurement(
      Cell cell, Lot lot, Technique technique, AnalysisParameters p) {
    String code = codes.next("M-" + Year.now(clock).getValue() + "-");
    return new Measurement(
        code, cell, lot, technique, p, clock.instant(), CurrentUser.username().orElse(null));
  }

  /** What the caller gave, checked before any file is stored or job queued. */
  private static AnalysisParameters checked(@Nullable AnalysisParameters given) {
    return given == null ? AnalysisParameters.NONE : given.checked();
  }

  private static AnalysisParameters withCellRecords(Cell cell, AnalysisParameters p) {
    AnalysisParameters out = p;
    DiscMetrics working = cell.getWorkingDisc().metrics();
    if (out.activeMassMilligrams() == null) {
      double mass = working.activeMassMilligrams();
      if (cell.getConfiguration() == CellConfiguration.FULL && cell.getCounterDisc() != null) {
        mass += cell.getCounterDisc().metrics().activeMassMilligrams();
      }
      out = out.withActiveMass(mass);
    }
    if (out.areaCm2() == null) {
      out = out.withArea(working.areaCm2());
    }
    return out;
  }
}

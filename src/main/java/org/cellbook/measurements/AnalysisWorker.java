package org.cellbook.measurements;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.cellbook.analysis.run.AnalysedFile;
import org.cellbook.analysis.run.AnalysisResult;
import org.cellbook.analysis.run.AnalysisTechnique;
import org.cellbook.analysis.run.Analyzer;
import org.cellbook.analysis.run.SeriesRun;
import org.cellbook.analysis.series.CellSeries;
import org.cellbook.base.BackgroundJobs;
import org.cellbook.base.BackgroundJobs.JobStopped.Reason;
import org.cellbook.cells.CellRole;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.DependsOn;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/**
 * Runs analyses in the background, a few at a time, so an upload returns at once and the user can
 * leave the page. Each job checks the stored files against their SHA-256, runs exactly what {@code
 * analyze --json} runs and then keeps the parsed series in the {@link SeriesStore} and, in one
 * transaction, the run with its KPIs, marking the measurement done. Every job ends: done, failed
 * with a message a person can act on (whatever was thrown, an {@link Error} included, or when it
 * ran past {@code cellbook.measurements.job-timeout}), or cancelled; a job that ran out of time or
 * was cancelled is abandoned even if it carries on, and what it returns later is discarded. Work
 * queued when the server stopped is picked up at the next start; a job that was running when the
 * process died twice is failed instead of started again.
 */
@Component
@DependsOn("leftovers") // the start-up clean-up is over before any analysis can start
class AnalysisWorker {

  private static final Logger log = LoggerFactory.getLogger(AnalysisWorker.class);

  /** A file's own active mass differing from the records by more than this is reported. */
  private static final double MASS_MISMATCH = 0.10;

  /** Starts of one analysis without an end (the process died) after which it is failed. */
  static final int MAX_ATTEMPTS = 2;

  /** What a job runs; tests put in one that hangs or throws. */
  @FunctionalInterface
  interface Analysis {
    Analyzer.Outcome run(List<Path> files, Analyzer.Settings settings)
        throws Analyzer.AnalysisProblem;
  }

  private static final Analysis ANALYZER = (files, s) -> Analyzer.analyze(files, s, true);

  private final MeasurementRepository measurements;
  private final RunRecorder recorder;
  private final FileStore store;
  private final StoredFiles storedFiles;
  private final SeriesStore series;
  private final WorkFolders workFolders;
  private final TransactionTemplate tx;
  private final BackgroundJobs jobs;
  private final Map<Long, BackgroundJobs.Job<Analysed>> running = new ConcurrentHashMap<>();
  private volatile Analysis analysis = ANALYZER;

  AnalysisWorker(
      MeasurementRepository measurements,
      RunRecorder recorder,
      FileStore store,
      StoredFiles storedFiles,
      SeriesStore series,
      WorkFolders workFolders,
      PlatformTransactionManager transactions,
      MeasurementSettings settings) {
    this.measurements = measurements;
    this.recorder = recorder;
    this.store = store;
    this.storedFiles = storedFiles;
    this.series = series;
    this.workFolders = workFolders;
    this.tx = new TransactionTemplate(transactions);
    this.jobs = new BackgroundJobs("analysis", settings.workers(), settings.jobTimeout());
  }

  /** Replaces the analysis the jobs run; null restores the real one. For tests only. */
  void useAnalysis(@Nullable Analysis replacement) {
    analysis = replacement == null ? ANALYZER : replacement;
  }

  Duration timeLimit() {
    return jobs.timeLimit();
  }

  /** Changes the time limit of the analyses that start from now on. For tests only. */
  void useTimeLimit(Duration limit) {
    jobs.setTimeLimit(limit);
  }

  /** Threads still executing an analysis, abandoned ones included. */
  int busyThreads() {
    return jobs.busyThreads();
  }

  /**
   * Queues the analysis, after the caller's transaction commits when there is one (the job reads
   * the measurement in its own transaction and must see it).
   */
  void submit(long measurementId) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              start(measurementId);
            }
          });
    } else {
      start(measurementId);
    }
  }

  private void start(long id) {
    BackgroundJobs.Job<Analysed> job = jobs.submit(() -> analyse(id));
    running.put(id, job);
    job.outcome()
        .whenComplete(
            (done, error) -> {
              try {
                end(id, done, error);
              } finally {
                running.remove(id, job);
              }
            });
  }

  /**
   * Ends a queued or running analysis as cancelled: a running one is interrupted and its result,
   * should it still come, is discarded. A job this process does not run (queued by another) is
   * marked cancelled, which it checks before it starts.
   *
   * @return false when there was nothing to cancel
   */
  boolean cancel(long measurementId) {
    BackgroundJobs.Job<Analysed> job = running.get(measurementId);
    if (job != null) {
      return job.cancel();
    }
    return Boolean.TRUE.equals(
        tx.execute(
            s ->
                measurements
                    .findById(measurementId)
                    .filter(m -> !m.getStatus().finished())
                    .map(
                        m -> {
                          settle(m, MeasurementStatus.CANCELLED, null);
                          return true;
                        })
                    .orElse(false)));
  }

  /** Waits until no analysis is queued or running here; false when the time ran out. */
  boolean awaitIdle(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!running.isEmpty()) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      Thread.sleep(20);
    }
    return true;
  }

  /**
   * Lets running analyses finish (up to a minute) and leaves queued ones queued: they are resumed
   * at the next start instead of failing against a closed database.
   */
  @PreDestroy
  void shutdown() throws InterruptedException {
    jobs.shutdown(Duration.ofMinutes(1));
  }

  /**
   * At the server's start (after {@link Leftovers} removed what killed processes left): resumes the
   * analyses that were queued or running. A command-line tool sharing the notebook with a running
   * server does not: the server's work is not its leftovers.
   */
  @EventListener(ApplicationReadyEvent.class)
  void atStart(ApplicationReadyEvent event) {
    if (event.getApplicationContext() instanceof WebApplicationContext) {
      resumeLeftovers();
    }
  }

  /**
   * Queues again the analyses left queued or running, except one that was running at each of the
   * last {@link #MAX_ATTEMPTS} ends of the process: that one is failed.
   */
  void resumeLeftovers() {
    List<Long> left =
        tx.execute(
            s -> {
              List<Long> resume = new ArrayList<>();
              for (Measurement m :
                  measurements.findByStatusIn(
                      List.of(MeasurementStatus.QUEUED, MeasurementStatus.RUNNING))) {
                if (running.containsKey(m.getId())) {
                  continue;
                }
                if (m.getStatus() == MeasurementStatus.RUNNING && m.getAttempts() >= MAX_ATTEMPTS) {
                  log.error(
                      "{} was being analysed each of the last {} times the server stopped;"
                          + " failed instead of analysed again",
                      m.getCode(),
                      m.getAttempts());
                  settle(
                      m,
                      MeasurementStatus.FAILED,
                      "the analysis stopped the server twice; it is not started again. The file"
                          + " may be damaged or too large for this server: re-export or split it"
                          + " and upload it again, or ask an administrator (server log)");
                } else {
                  m.setState(MeasurementStatus.QUEUED, 0, null);
                  resume.add(m.getId());
                }
              }
              return resume;
            });
    left.forEach(this::start);
    if (!left.isEmpty()) {
      log.info("resuming {} analyses left over from the last run", left.size());
    }
  }

  /**
   * What a job needs from the database, read in one short transaction.
   *
   * @param cellCode the cell the files are attached to, null for a lot
   * @param cellRole what the cell's records say it is, null when they do not tell
   */
  private record Job(
      String code,
      Technique technique,
      @Nullable String cellCode,
      @Nullable CellRole cellRole,
      AnalysisParameters parameters,
      List<MeasurementFile> files) {

    boolean onCell() {
      return cellCode != null;
    }

    /**
     * The cell's role when it decides how cycles open: the user chose no opening (auto) and the
     * cell's records tell its role.
     */
    @Nullable CellRole openingRole() {
      String chosen = parameters.opening();
      return chosen == null || chosen.equals("auto") ? cellRole : null;
    }
  }

  /** What a job produced: the analysis, or why the files could not be analysed. */
  private record Analysed(Job job, Analyzer.Outcome outcome, String refusal) {}

  /** The job's work; its outcome is stored by {@link #end} unless the job was abandoned. */
  private @Nullable Analysed analyse(long id) throws Exception {
    Job job =
        tx.execute(
            s -> {
              Measurement m = measurements.findById(id).orElse(null);
              if (m == null || m.getStatus() != MeasurementStatus.QUEUED) {
                return null; // cancelled while queued, or taken by another job
              }
              m.setState(MeasurementStatus.RUNNING, 0.05, null);
              m.setAttempts(m.getAttempts() + 1);
              return new Job(
                  m.getCode(),
                  m.getTechnique(),
                  m.getCell() == null ? null : m.getCell().getCode(),
                  m.getCell() == null ? null : CellRole.of(m.getCell()).orElse(null),
                  m.getParameters(),
                  List.copyOf(m.getFiles()));
            });
    if (job == null) {
      return null;
    }
    // reading files and analysing may be interrupted; the database work between may not
    BackgroundJobs.interruptibly(
        () -> {
          for (MeasurementFile f : job.files()) {
            storedFiles.check(f);
          }
          return null;
        });
    storedFiles.mark(id, FileIntegrity.VERIFIED);
    progress(id, 0.15);
    Path workDir = workFolders.create();
    try {
      List<Path> files = namedCopies(job.files(), workDir);
      Analyzer.Outcome outcome =
          BackgroundJobs.interruptibly(() -> analysis.run(files, settings(job)));
      progress(id, 0.7);
      return new Analysed(job, outcome, null);
    } catch (Analyzer.AnalysisProblem e) {
      return new Analysed(job, null, withoutWorkDir(e.getMessage(), workDir));
    } finally {
      WorkFolders.remove(workDir);
    }
  }

  /** Stores what the job produced, or records why it ended without; never throws. */
  private void end(long id, @Nullable Analysed done, @Nullable Throwable error) {
    try {
      if (error != null) {
        endWithout(id, error);
      } else if (done != null && done.refusal() != null) {
        fail(id, done.refusal());
      } else if (done != null) {
        store(id, done);
      }
    } catch (Throwable t) { // storing failed: the disk is full, the database gone…
      unexpected(id, t);
    }
  }

  private void endWithout(long id, Throwable error) {
    switch (error) {
      case BackgroundJobs.JobStopped stop when stop.reason() == Reason.CANCELLED ->
          endIfRunning(id, MeasurementStatus.CANCELLED, null);
      case BackgroundJobs.JobStopped stop when stop.reason() == Reason.SHUTDOWN -> requeue(id);
      case BackgroundJobs.JobStopped stop -> {
        log.warn("analysis of measurement {} stopped: {}", id, stop.getMessage());
        fail(
            id,
            "the analysis took longer than "
                + BackgroundJobs.describe(stop.limit())
                + " (cellbook.measurements.job-timeout) and was stopped; split the file or ask an"
                + " administrator to raise the limit");
      }
      case StoredFileChangedException changed -> {
        storedFiles.mark(id, FileIntegrity.MISMATCH);
        fail(id, changed.getMessage());
      }
      case OutOfMemoryError oom -> {
        String ref = reference();
        log.error("analysis of measurement {} ran out of memory (reference {})", id, ref, oom);
        fail(
            id,
            "the analysis ran out of memory (the server may use "
                + StoredFiles.size(Runtime.getRuntime().maxMemory())
                + "): the file may be damaged, or too large for this server; re-export or split"
                + " it, or ask an administrator to give the server more memory (reference "
                + ref
                + " in the server log)");
      }
      default -> unexpected(id, error);
    }
  }

  /** Logs an error nobody foresaw with a reference and fails the measurement with it. */
  private void unexpected(long id, Throwable error) {
    String ref = reference();
    log.error("analysis of measurement {} failed unexpectedly (reference {})", id, ref, error);
    try {
      fail(id, "unexpected error while analysing (reference " + ref + " in the server log)");
    } catch (RuntimeException e) {
      log.error("could not record the failure of measurement {} (reference {})", id, ref, e);
    }
  }

  private static String reference() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  /**
   * Readers look at the file name too (extension as a tie-break), so each stored file is linked
   * under the name it was uploaded with.
   */
  private List<Path> namedCopies(List<MeasurementFile> files, Path dir) throws IOException {
    List<Path> out = new ArrayList<>();
    for (MeasurementFile f : files) {
      Path sub = Files.createDirectory(dir.resolve(Integer.toString(f.getPosition())));
      Path named = sub.resolve(f.getOriginalName());
      try {
        Files.createSymbolicLink(named, store.localPath(f.getSha256()).toAbsolutePath());
      } catch (UnsupportedOperationException | IOException e) {
        try (var in = store.open(f.getSha256())) {
          Files.copy(in, named);
        }
      }
      out.add(named);
    }
    return out;
  }

  private static Analyzer.@Nullable Settings settings(Job job) {
    AnalysisParameters p = job.parameters();
    return new Analyzer.Settings(
        job.technique() == null ? null : AnalysisTechnique.valueOf(job.technique().analysisName()),
        p.format(),
        p.activeMassMilligrams(),
        p.areaCm2(),
        p.plateauCutoffVolts(),
        opening(job),
        null,
        p.molarMassGramsPerMole(),
        p.molarVolumeCm3PerMole(),
        null,
        p.adsorbate(),
        p.betRangeLow() == null || p.betRangeHigh() == null
            ? null
            : new double[] {p.betRangeLow(), p.betRangeHigh()});
  }

  /** The user's choice, else what the cell's role implies, else null (the analysis decides). */
  private static Analyzer.@Nullable Opening opening(Job job) {
    CellRole role = job.openingRole();
    if (role != null) {
      return role == CellRole.ANODE_HALF_CELL
          ? Analyzer.Opening.reduction
          : Analyzer.Opening.oxidation;
    }
    String chosen = job.parameters().opening();
    return chosen == null ? null : Analyzer.Opening.valueOf(chosen);
  }

  private void store(long id, Analysed done) throws IOException {
    Job job = done.job();
    AnalysisResult result = done.outcome().result();
    Technique detected = Technique.fromAnalysisName(result.technique());
    Technique technique = job.technique() != null ? job.technique() : detected;
    if (job.onCell() ? !technique.fitsCell() : !technique.fitsLot()) {
      fail(
          id,
          "this file holds "
              + technique.label()
              + (job.onCell()
                  ? ", which is measured on a material sample: attach it to the lot"
                  : ", which is measured on a cell: attach it to the cell"));
      return;
    }
    List<CellSeries> parsed = done.outcome().series();
    for (int k = 0; k < parsed.size(); k++) {
      series.write(job.code(), k + 1, parsed.get(k));
    }
    List<String> warnings = new ArrayList<>();
    if (job.openingRole() != null && "cycling".equals(technique.analysisName())) {
      // first, so that the analysis's "(chosen)" that follows reads as the cell's choice
      warnings.add(
          "the cycle opening comes from cell "
              + job.cellCode()
              + ": its records make it "
              + job.openingRole().description()
              + ", whose cycles open with "
              + (opening(job) == Analyzer.Opening.reduction
                  ? "reduction (sodiation)"
                  : "oxidation (charge)")
              + "; analyse again with another opening if the records are wrong");
    }
    warnings.addAll(result.warnings());
    if (result instanceof SeriesRun run) {
      massMismatch(run.series().activeMassMilligrams(), job.parameters()).ifPresent(warnings::add);
    }
    AnalysisResult stored = result.withWarnings(warnings);
    AnalysedFile file = stored.file();
    tx.executeWithoutResult(
        s -> {
          Measurement m = measurements.findById(id).orElseThrow();
          if (m.getStatus() != MeasurementStatus.RUNNING) {
            return; // cancelled meanwhile by another process
          }
          m.setTechnique(technique);
          m.setFormat(file.formatName() != null ? file.formatName() : file.format());
          m.setRecordCount((long) file.records());
          recorder.record(m, job.parameters(), stored, m.getCreatedBy());
          settle(m, MeasurementStatus.DONE, null);
        });
  }

  /** A warning when the file's own active mass disagrees with the records'. */
  private static Optional<String> massMismatch(@Nullable Double fileMass, AnalysisParameters p) {
    Double used = p.activeMassMilligrams();
    if (fileMass == null
        || used == null
        || fileMass <= 0
        || Math.abs(fileMass / used - 1) <= MASS_MISMATCH) {
      return Optional.empty();
    }
    return Optional.of(
        String.format(
            java.util.Locale.ROOT,
            "the file states an active mass of %.4g mg, the records %.4g mg: capacities use"
                + " %.4g mg; correct the disc or re-analyse with the right mass",
            fileMass,
            used,
            used));
  }

  /** Progress of a job that still owns its measurement. */
  private void progress(long id, double fraction) {
    if (BackgroundJobs.stopped()) {
      return;
    }
    tx.executeWithoutResult(
        s ->
            measurements
                .findById(id)
                .filter(m -> m.getStatus() == MeasurementStatus.RUNNING)
                .ifPresent(m -> m.setState(MeasurementStatus.RUNNING, fraction, null)));
  }

  private void fail(long id, String message) {
    endIfRunning(id, MeasurementStatus.FAILED, message);
  }

  private void endIfRunning(long id, MeasurementStatus status, String message) {
    tx.executeWithoutResult(
        s ->
            measurements
                .findById(id)
                .filter(m -> !m.getStatus().finished())
                .ifPresent(m -> settle(m, status, message)));
  }

  /** A job the server stopped during shutdown is queued again; this start does not count. */
  private void requeue(long id) {
    tx.executeWithoutResult(
        s ->
            measurements
                .findById(id)
                .filter(m -> m.getStatus() == MeasurementStatus.RUNNING)
                .ifPresent(
                    m -> {
                      m.setState(MeasurementStatus.QUEUED, 0, null);
                      m.setAttempts(Math.max(0, m.getAttempts() - 1));
                    }));
  }

  /** Done, failed or cancelled: the next analysis starts counting its attempts afresh. */
  private static void settle(Measurement m, MeasurementStatus status, String message) {
    m.setState(status, status == MeasurementStatus.DONE ? 1 : m.getProgress(), message);
    m.setAttempts(0);
  }

  /** Messages name the linked copies; the user knows the file by its uploaded name. */
  private static String withoutWorkDir(String message, @Nullable Path workDir) {
    return workDir == null
        ? message
        : message.replaceAll(java.util.regex.Pattern.quote(workDir.toString()) + "/\\d+/", "");
  }
}

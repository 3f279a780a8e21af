package org.cellbook.measurements;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.cellbook.analysis.run.Analyzer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs analyses in the background, a few at a time, so an upload returns at once and the user can
 * leave the page. Each job reads the stored files, runs exactly what {@code analyze --json} runs,
 * keeps the parsed series in the {@link SeriesStore} and then, in one transaction, stores the run
 * with its KPIs and marks the measurement done; any failure marks it failed with a message a person
 * can act on and leaves no run behind. Work queued when the app stopped is picked up again at the
 * next start.
 */
@Component
class AnalysisWorker {

  private static final Logger log = LoggerFactory.getLogger(AnalysisWorker.class);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** A file's own active mass differing from the records by more than this is reported. */
  private static final double MASS_MISMATCH = 0.10;

  private final MeasurementRepository measurements;
  private final RunRecorder recorder;
  private final FileStore store;
  private final SeriesStore series;
  private final TransactionTemplate tx;
  private final ExecutorService pool;
  private final Map<Long, Future<?>> jobs = new ConcurrentHashMap<>();
  private volatile boolean closing;

  AnalysisWorker(
      MeasurementRepository measurements,
      RunRecorder recorder,
      FileStore store,
      SeriesStore series,
      PlatformTransactionManager transactions,
      @Value("${cellbook.measurements.workers:2}") int workers) {
    this.measurements = measurements;
    this.recorder = recorder;
    this.store = store;
    this.series = series;
    this.tx = new TransactionTemplate(transactions);
    this.pool =
        Executors.newFixedThreadPool(
            workers, Thread.ofPlatform().name("analysis-", 1).daemon().factory());
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

  private void start(long measurementId) {
    jobs.put(measurementId, pool.submit(() -> run(measurementId)));
  }

  /** True when a queued or running job was stopped. */
  boolean cancel(long measurementId) {
    Future<?> job = jobs.remove(measurementId);
    return job != null && job.cancel(true);
  }

  /** Waits until no analysis is queued or running here; false when the time ran out. */
  boolean awaitIdle(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (jobs.values().stream().anyMatch(f -> !f.isDone())) {
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
    closing = true;
    pool.shutdown();
    if (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
      log.warn("analyses still running at shutdown; they resume at the next start");
      pool.shutdownNow();
    }
  }

  @EventListener(ApplicationReadyEvent.class)
  void resumeLeftovers() {
    List<Long> left =
        tx.execute(
            s ->
                measurements
                    .findByStatusIn(List.of(MeasurementStatus.QUEUED, MeasurementStatus.RUNNING))
                    .stream()
                    .filter(m -> !jobs.containsKey(m.getId()))
                    .map(
                        m -> {
                          m.setState(MeasurementStatus.QUEUED, 0, null); // interrupted runs restart
                          return m.getId();
                        })
                    .toList());
    left.forEach(this::start);
    if (!left.isEmpty()) {
      log.info("resuming {} analyses left over from the last run", left.size());
    }
  }

  /** What a job needs from the database, read in one short transaction. */
  private record Job(
      String code,
      Technique technique,
      boolean onCell,
      AnalysisParameters parameters,
      List<MeasurementFile> files) {}

  private void run(long id) {
    if (closing) {
      return;
    }
    Job job =
        tx.execute(
            s -> {
              Measurement m = measurements.findById(id).orElse(null);
              if (m == null || m.getStatus() != MeasurementStatus.QUEUED) {
                return null; // cancelled while queued, or taken by another job
              }
              m.setState(MeasurementStatus.RUNNING, 0.05, null);
              return new Job(
                  m.getCode(),
                  m.getTechnique(),
                  m.getCell() != null,
                  m.getParameters(),
                  List.copyOf(m.getFiles()));
            });
    if (job == null) {
      return;
    }
    Path workDir = null;
    try {
      workDir = Files.createTempDirectory("cellbook-analysis");
      List<Path> paths = namedCopies(job.files(), workDir);
      progress(id, 0.15);
      Analyzer.Outcome outcome = Analyzer.analyze(paths, settings(job), true);
      stopIfCancelled();
      progress(id, 0.7);
      for (int k = 0; k < outcome.series().size(); k++) {
        series.write(job.code(), k + 1, outcome.series().get(k));
      }
      stopIfCancelled();
      progress(id, 0.9);
      finish(id, job, outcome);
    } catch (Analyzer.AnalysisProblem e) {
      fail(id, withoutWorkDir(e.getMessage(), workDir));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      fail(id, "cannot read the stored files: " + e.getMessage());
    } catch (RuntimeException e) {
      String ref = UUID.randomUUID().toString().substring(0, 8);
      log.error("analysis of {} failed unexpectedly (reference {})", job.code(), ref, e);
      fail(id, "unexpected error while analysing (reference " + ref + " in the server log)");
    } finally {
      jobs.remove(id);
      deleteQuietly(workDir);
    }
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

  private static Analyzer.Settings settings(Job job) {
    AnalysisParameters p = job.parameters();
    return new Analyzer.Settings(
        job.technique() == null ? null : Analyzer.Technique.valueOf(job.technique().analysisName()),
        p.format(),
        p.activeMassMilligrams(),
        p.areaCm2(),
        p.plateauCutoffVolts(),
        p.opening() == null ? null : Analyzer.Opening.valueOf(p.opening()),
        null,
        p.molarMassGramsPerMole(),
        p.molarVolumeCm3PerMole(),
        null,
        p.adsorbate(),
        p.betRangeLow() == null || p.betRangeHigh() == null
            ? null
            : new double[] {p.betRangeLow(), p.betRangeHigh()});
  }

  private void finish(long id, Job job, Analyzer.Outcome outcome) {
    ObjectNode doc = (ObjectNode) JSON.readTree(outcome.output());
    Technique detected = Technique.fromAnalysisName(doc.path("technique").asString());
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
    checkMass(doc, job.parameters());
    String json = JSON.writeValueAsString(doc);
    tx.executeWithoutResult(
        s -> {
          Measurement m = measurements.findById(id).orElseThrow();
          if (m.getStatus() != MeasurementStatus.RUNNING) {
            return; // cancelled meanwhile
          }
          m.setTechnique(technique);
          m.setFormat(doc.path("format_name").asString(doc.path("format").asString(null)));
          m.setRecordCount(doc.path("records").isNumber() ? doc.path("records").asLong() : null);
          recorder.record(m, job.parameters(), json, m.getCreatedBy());
          m.setState(MeasurementStatus.DONE, 1, null);
        });
  }

  /** Adds a warning when the file's own active mass disagrees with the records'. */
  private static void checkMass(ObjectNode doc, AnalysisParameters p) {
    JsonNode fileMass = doc.path("active_mass_mg");
    Double used = p.activeMassMilligrams();
    if (!fileMass.isNumber() || used == null || fileMass.asDouble() <= 0) {
      return;
    }
    double ratio = fileMass.asDouble() / used;
    if (Math.abs(ratio - 1) > MASS_MISMATCH) {
      JsonNode w = doc.path("warnings");
      ArrayNode warnings = w.isArray() ? (ArrayNode) w : doc.putArray("warnings");
      warnings.add(
          String.format(
              java.util.Locale.ROOT,
              "the file states an active mass of %.4g mg, the records %.4g mg: capacities use"
                  + " %.4g mg; correct the disc or re-analyse with the right mass",
              fileMass.asDouble(),
              used,
              used));
    }
  }

  private void progress(long id, double fraction) {
    tx.executeWithoutResult(
        s ->
            measurements
                .findById(id)
                .filter(m -> m.getStatus() == MeasurementStatus.RUNNING)
                .ifPresent(m -> m.setState(MeasurementStatus.RUNNING, fraction, null)));
  }

  private void fail(long id, String message) {
    tx.executeWithoutResult(
        s ->
            measurements
                .findById(id)
                .filter(m -> m.getStatus() == MeasurementStatus.RUNNING)
                .ifPresent(m -> m.setState(MeasurementStatus.FAILED, m.getProgress(), message)));
  }

  /** Messages name the linked copies; the user knows the file by its uploaded name. */
  private static String withoutWorkDir(String message, Path workDir) {
    return workDir == null
        ? message
        : message.replaceAll(java.util.regex.Pattern.quote(workDir.toString()) + "/\\d+/", "");
  }

  private static void stopIfCancelled() throws InterruptedException {
    if (Thread.currentThread().isInterrupted()) {
      throw new InterruptedException("cancelled");
    }
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      log.warn("could not remove {}: {}", dir, e.getMessage());
    }
  }
}

package org.cellbook.measurements;

import jakarta.annotation.PostConstruct;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.context.WebApplicationContext;

/**
 * What killed processes leave behind, removed when the server starts — before it can run an
 * analysis or take an upload: upload parts, analysis working folders, half-written series, series
 * of measurements that do not exist, and stored files no measurement refers to. Only what is older
 * than {@link #GRACE} goes, or what belonged to a process that is gone: a command-line tool may
 * share the notebook and be in the middle of an upload. A command-line tool itself sweeps nothing
 * (the server it shares the notebook with is not gone).
 */
@Component
class Leftovers {

  private static final Logger log = LoggerFactory.getLogger(Leftovers.class);

  static final Duration GRACE = Duration.ofHours(1);

  /** What one clean-up removed, by kind. */
  record Report(
      Swept uploadParts, Swept workFolders, Swept seriesParts, Swept series, Swept files) {

    Swept total() {
      return uploadParts.plus(workFolders).plus(seriesParts).plus(series).plus(files);
    }
  }

  private final FileStore store;
  private final StoredFiles storedFiles;
  private final SeriesStore seriesStore;
  private final WorkFolders workFolders;
  private final MeasurementRepository measurements;
  private final MeasurementFileRepository files;
  private final Clock clock;
  private final boolean server;

  Leftovers(
      FileStore store,
      StoredFiles storedFiles,
      SeriesStore seriesStore,
      WorkFolders workFolders,
      MeasurementRepository measurements,
      MeasurementFileRepository files,
      Clock clock,
      ApplicationContext context) {
    this.store = store;
    this.storedFiles = storedFiles;
    this.seriesStore = seriesStore;
    this.workFolders = workFolders;
    this.measurements = measurements;
    this.files = files;
    this.clock = clock;
    this.server = context instanceof WebApplicationContext;
  }

  @PostConstruct
  void atStart() {
    if (server) {
      sweep();
    }
  }

  /** Removes the leftovers and logs what went; a failure is logged, never stops the start. */
  Report sweep() {
    Instant before = clock.instant().minus(GRACE);
    try {
      Report r =
          new Report(
              store.removeUnfinished(before),
              workFolders.removeLeftovers(before),
              seriesStore.removeUnfinished(before),
              orphanSeries(before),
              orphanFiles(before));
      if (!r.total().isEmpty()) {
        log.info(
            "removed what earlier runs left behind: upload parts {}, analysis folders {}, series"
                + " parts {}, series without a measurement {}, stored files no measurement uses"
                + " {}",
            r.uploadParts(),
            r.workFolders(),
            r.seriesParts(),
            r.series(),
            r.files());
      }
      return r;
    } catch (IOException | RuntimeException e) {
      log.warn("the start-up clean-up stopped: {}", e.toString());
      return new Report(Swept.NOTHING, Swept.NOTHING, Swept.NOTHING, Swept.NOTHING, Swept.NOTHING);
    }
  }

  private Swept orphanSeries(Instant before) throws IOException {
    Set<String> codes = measurements.allCodes();
    Swept out = Swept.NOTHING;
    for (String code : seriesStore.codes()) {
      if (!codes.contains(code) && seriesStore.lastChanged(code).isBefore(before)) {
        log.debug("series of {}: no such measurement", code);
        out = out.plus(seriesStore.delete(code));
      }
    }
    return out;
  }

  private Swept orphanFiles(Instant before) throws IOException {
    Set<String> referenced = files.referencedSha256();
    Swept out = Swept.NOTHING;
    for (FileStore.Entry e : store.entries()) {
      if (!referenced.contains(e.sha256())
          && e.storedAt().isBefore(before)
          && storedFiles.removeIfUnreferenced(e.sha256())) {
        log.debug(
            "stored file {} ({} bytes): no measurement refers to it", e.sha256(), e.sizeBytes());
        out = out.plus(new Swept(1, e.sizeBytes()));
      }
    }
    return out;
  }
}

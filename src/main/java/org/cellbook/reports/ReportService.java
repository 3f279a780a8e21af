package org.cellbook.reports;

import jakarta.annotation.PreDestroy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.cellbook.base.BackgroundJobs;
import org.cellbook.base.BackgroundJobs.JobStopped.Reason;
import org.cellbook.base.NotFoundException;
import org.cellbook.base.ReportKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * PDF reports of a cell, a batch or a series: the record's data gathered in one read-only
 * transaction, filled into the lab's template, laid out as PDF/A-2b with vector plots, and either
 * streamed (API, download) or written to the exports folder under a name that says what and when.
 */
@Service
public class ReportService {

  private static final Logger log = LoggerFactory.getLogger(ReportService.class);

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final CellReport cells;
  private final BatchReport batches;
  private final SeriesReport series;
  private final ReportTemplates templates;
  private final Path exports;
  private final Clock clock;
  private final BackgroundJobs workers;

  ReportService(
      CellReport cells,
      BatchReport batches,
      SeriesReport series,
      ReportTemplates templates,
      ReportSettings settings,
      Clock clock) {
    this.cells = cells;
    this.batches = batches;
    this.series = series;
    this.templates = templates;
    this.exports = settings.exportsDir();
    this.clock = clock;
    this.workers = new BackgroundJobs("report", settings.workers(), settings.jobTimeout());
  }

  /**
   * Writes the report as PDF to {@code out}.
   *
   * @param author who asks for it, printed in the title block and the PDF metadata
   * @throws org.cellbook.base.NotFoundException when there is no such record
   * @throws ReportTemplateException when the lab's template cannot be filled, with file and line
   */
  public void write(ReportKind kind, String code, String author, OutputStream out)
      throws IOException {
    ReportDocument doc =
        switch (kind) {
          case CELL -> cells.build(code, author);
          case BATCH -> batches.build(code, author);
          case SERIES -> series.build(code, author);
        };
    Map<String, Object> model = new LinkedHashMap<>(doc.model());
    model.put(
        "meta",
        Map.of(
            "title", doc.title(),
            "subject", doc.subject(),
            "keywords", doc.keywords(),
            "author", author));
    String html = templates.render(doc.template(), model);
    try {
      HtmlToPdf.write(html, templates.baseUri(), doc.plots(), out);
    } catch (RuntimeException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof ReportTemplateException template) {
          throw template;
        }
      }
      throw e;
    }
  }

  /** The report as bytes (API responses and downloads). */
  public byte[] render(ReportKind kind, String code, String author) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
    write(kind, code, author, out);
    return out.toByteArray();
  }

  /**
   * Writes the report into the exports folder as {@code <kind>-<code>-<UTC time>.pdf}.
   *
   * @return the file written
   */
  public Path export(ReportKind kind, String code, String author) {
    Path target = exports.resolve(fileName(kind, code));
    writeFile(kind, code, author, target);
    return target;
  }

  /** Writes the report to a file, which appears whole or not at all. */
  public void writeFile(ReportKind kind, String code, String author, Path target) {
    try {
      moveIntoPlace(writePartial(kind, code, author, target), target);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report to " + target, e);
    }
  }

  /**
   * {@link #export} on the report workers ({@code cellbook.reports.workers} at once, each for at
   * most {@code cellbook.reports.job-timeout}), for pages that show progress while the report is
   * written. The future fails with a {@link ReportFailedException} whose message a person can act
   * on; a report that ran out of time is abandoned and nothing it writes later is kept.
   */
  public CompletableFuture<Path> exportInBackground(ReportKind kind, String code, String author) {
    Path target = exports.resolve(fileName(kind, code));
    return workers
        .submit(() -> writePartial(kind, code, author, target), ReportService::deleteQuietly)
        .outcome()
        .handle(
            (partial, error) -> {
              if (error == null) {
                try {
                  return moveIntoPlace(partial, target);
                } catch (IOException e) {
                  error = e;
                }
              }
              throw new ReportFailedException(why(kind, code, error));
            });
  }

  /** The report, written next to {@code target} under a temporary name. */
  private Path writePartial(ReportKind kind, String code, String author, Path target)
      throws IOException {
    Path folder = target.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    Path partial = Files.createTempFile(folder, ".report-", ".part");
    try (OutputStream out = Files.newOutputStream(partial)) {
      write(kind, code, author, out);
      return partial;
    } catch (IOException | RuntimeException | Error e) {
      Files.deleteIfExists(partial);
      throw e;
    }
  }

  private static Path moveIntoPlace(Path partial, Path target) throws IOException {
    try {
      return Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  private static void deleteQuietly(Path partial) {
    try {
      Files.deleteIfExists(partial);
    } catch (IOException e) {
      log.warn("could not remove the abandoned report {}: {}", partial, e.getMessage());
    }
  }

  /** Why a report was not written, in words for the person who asked for it (no paths). */
  private static String why(ReportKind kind, String code, Throwable error) {
    String what = "the " + kind.title().toLowerCase(Locale.ROOT) + " of " + code;
    switch (error) {
      case ReportTemplateException template -> {
        return template.getMessage();
      }
      case NotFoundException missing -> {
        return missing.getMessage();
      }
      case BackgroundJobs.JobStopped stop when stop.reason() == Reason.TIME_LIMIT -> {
        log.warn("{} was stopped: {}", what, stop.getMessage());
        return "it took longer than "
            + BackgroundJobs.describe(stop.limit())
            + " (cellbook.reports.job-timeout) and was stopped; ask an administrator to raise the"
            + " limit";
      }
      case BackgroundJobs.JobStopped stop -> {
        return stop.getMessage();
      }
      default -> {
        String ref = UUID.randomUUID().toString().substring(0, 8);
        log.error("{} could not be written (reference {})", what, ref, error);
        return (error instanceof OutOfMemoryError
                ? "the server ran out of memory"
                : "unexpected error")
            + " (reference "
            + ref
            + " in the server log)";
      }
    }
  }

  @PreDestroy
  void stop() throws InterruptedException {
    workers.shutdown(Duration.ZERO);
  }

  /** "cell-C-2026-0001-20261125-073012.pdf" */
  public String fileName(ReportKind kind, String code) {
    return "%s-%s-%s.pdf"
        .formatted(
            kind.word(), code.replaceAll("[^A-Za-z0-9._-]", "_"), STAMP.format(clock.instant()));
  }
}

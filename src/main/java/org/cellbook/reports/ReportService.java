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
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.cellbook.base.ReportKind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * PDF reports of a cell, a batch or a series: the record's data gathered in one read-only
 * transaction, filled into the lab's template, laid out as PDF/A-2b with vector plots, and either
 * streamed (API, download) or written to the exports folder under a name that says what and when.
 */
@Service
public class ReportService {

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final CellReport cells;
  private final BatchReport batches;
  private final SeriesReport series;
  private final ReportTemplates templates;
  private final Path exports;
  private final Clock clock;
  private final ExecutorService workers;

  ReportService(
      CellReport cells,
      BatchReport batches,
      SeriesReport series,
      ReportTemplates templates,
      @Value("${cellbook.reports.exports-dir:./exports}") Path exports,
      @Value("${cellbook.reports.workers:2}") int workers,
      Clock clock) {
    this.cells = cells;
    this.batches = batches;
    this.series = series;
    this.templates = templates;
    this.exports = exports;
    this.clock = clock;
    this.workers =
        Executors.newFixedThreadPool(
            workers, Thread.ofPlatform().name("report-", 1).daemon().factory());
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
    Path folder = target.toAbsolutePath().getParent();
    try {
      Files.createDirectories(folder);
      Path partial = Files.createTempFile(folder, ".report-", ".part");
      try {
        try (OutputStream out = Files.newOutputStream(partial)) {
          write(kind, code, author, out);
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(partial);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report to " + target, e);
    }
  }

  /**
   * {@link #export} on the report workers ({@code cellbook.reports.workers} at once), for pages
   * that show progress while the report is written.
   */
  public CompletableFuture<Path> exportInBackground(ReportKind kind, String code, String author) {
    return CompletableFuture.supplyAsync(() -> export(kind, code, author), workers);
  }

  @PreDestroy
  void stop() {
    workers.shutdown();
  }

  /** "cell-C-2026-0001-20261125-073012.pdf" */
  public String fileName(ReportKind kind, String code) {
    return "%s-%s-%s.pdf"
        .formatted(
            kind.word(), code.replaceAll("[^A-Za-z0-9._-]", "_"), STAMP.format(clock.instant()));
  }
}

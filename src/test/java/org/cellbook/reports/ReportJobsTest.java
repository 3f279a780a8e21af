package org.cellbook.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.cellbook.TestSettings;
import org.cellbook.base.NotFoundException;
import org.cellbook.base.ReportKind;
import org.cellbook.base.Waits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A report written in the background ends with its file or with a reason a person can act on — past
 * its time limit, on an error, for a missing record — and an abandoned report leaves no file. The
 * waits are generous bounds for liveness, not timings.
 */
@ExtendWith(OutputCaptureExtension.class)
class ReportJobsTest {

  @TempDir Path exports;

  private final CellReport cells = mock(CellReport.class);
  private final ReportTemplates templates = mock(ReportTemplates.class);
  private final CountDownLatch release = new CountDownLatch(1);
  private ReportService reports;

  private ReportService reports(Duration limit) {
    when(templates.render(any(), any())).thenReturn("<html><body><p>late</p></body></html>");
    when(templates.baseUri()).thenReturn("");
    reports =
        new ReportService(
            cells,
            mock(BatchReport.class),
            mock(SeriesReport.class),
            templates,
            TestSettings.bind(
                ReportSettings.class,
                "cellbook.reports.exports-dir",
                exports,
                "cellbook.reports.workers",
                1,
                "cellbook.reports.job-timeout",
                limit),
            Clock.systemUTC());
    return reports;
  }

  @AfterEach
  void stop() throws InterruptedException {
    release.countDown();
    reports.stop();
  }

  /** Why the background report failed, as the page shows it. */
  private static String reason(ReportService reports, String code) throws Exception {
    Throwable error =
        reports
            .exportInBackground(ReportKind.CELL, code, "ana")
            .handle((file, e) -> e)
            .get(Waits.BOUND_SECONDS, TimeUnit.SECONDS);
    assertThat(error).isNotNull();
    assertThat(error.getCause()).isInstanceOf(ReportFailedException.class);
    return error.getCause().getMessage();
  }

  private boolean exportsEmpty() {
    try (Stream<Path> left = Files.list(exports)) {
      return left.findAny().isEmpty();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aReportPastItsTimeLimitFailsWithTheReasonAndLeavesNoFile() throws Exception {
    ReportService reports = reports(Duration.ofMillis(500));
    when(cells.build("C-1", "ana"))
        .thenAnswer(
            call -> {
              Waits.ignoringInterrupts(release);
              return new ReportDocument(ReportKind.CELL, "C-1", "t", "s", "k", Map.of(), Map.of());
            });

    assertThat(reason(reports, "C-1"))
        .isEqualTo(
            "it took longer than 500 ms (cellbook.reports.job-timeout) and was stopped; ask an"
                + " administrator to raise the limit");
    release.countDown();
    assertThat(Waits.eventually(this::exportsEmpty)).as("no report and no partial file").isTrue();
  }

  @Test
  void anErrorInsideAReportIsLoggedWithAReferenceAndReported(CapturedOutput log) throws Exception {
    ReportService reports = reports(Duration.ofMinutes(1));
    when(cells.build("C-2", "ana")).thenThrow(new StackOverflowError("deep lineage"));
    when(cells.build("C-3", "ana")).thenThrow(new OutOfMemoryError("Java heap space"));
    when(cells.build("C-4", "ana")).thenThrow(new NotFoundException("cell", "C-4"));

    String deep = reason(reports, "C-2");
    assertThat(deep).startsWith("unexpected error (reference ");
    String ref = deep.replaceAll(".*reference (\\w+) .*", "$1");
    assertThat(log.getOut())
        .contains("the cell report of C-2 could not be written (reference " + ref + ")")
        .contains("java.lang.StackOverflowError: deep lineage");
    assertThat(reason(reports, "C-3")).startsWith("the server ran out of memory (reference ");
    assertThat(reason(reports, "C-4")).isEqualTo(new NotFoundException("cell", "C-4").getMessage());
    assertThat(exportsEmpty()).isTrue();
  }
}

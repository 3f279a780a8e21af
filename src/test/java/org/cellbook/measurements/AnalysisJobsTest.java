package org.cellbook.measurements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.cellbook.Fixtures;
import org.cellbook.analysis.bench.CyclerFileGenerator;
import org.cellbook.analysis.run.Analyzer;
import org.cellbook.analysis.testdata.SharedData;
import org.cellbook.base.Waits;
import org.cellbook.cells.Cell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/**
 * Every analysis ends — done, failed with a reason, or cancelled — whatever happens inside it: a
 * hang past the time limit (here 2 s, one worker), an {@link Error}, a cancel while it runs, a
 * process that died under it twice. Waits are generous bounds for liveness, not timings.
 */
@SpringBootTest
@WithMockUser(username = "ana", roles = "RESEARCHER")
@ExtendWith(OutputCaptureExtension.class)
class AnalysisJobsTest {

  @Autowired MeasurementService measurements;
  @Autowired MeasurementRepository repository;
  @Autowired AnalysisWorker worker;
  @Autowired SeriesStore seriesStore;
  @Autowired Fixtures fixtures;
  @Autowired PlatformTransactionManager transactions;
  @Autowired WebApplicationContext web;
  @TempDir Path dir;

  private final CountDownLatch release = new CountDownLatch(1);

  private Duration configured;

  @BeforeEach
  void shortTimeLimit() {
    configured = worker.timeLimit();
    worker.useTimeLimit(Duration.ofSeconds(2));
  }

  @AfterEach
  void realAnalysisAgain() throws InterruptedException {
    release.countDown();
    assertThat(Waits.eventually(() -> worker.busyThreads() == 0)).isTrue();
    worker.useAnalysis(null);
    worker.useTimeLimit(configured);
  }

  private String upload(Cell cell, Path file, String name) {
    return measurements
        .attachToCell(
            cell.getCode(),
            null,
            List.of(new NewFile(name, () -> Files.newInputStream(file))),
            null)
        .getCode();
  }

  private Measurement finished(String code) throws InterruptedException {
    assertThat(measurements.awaitAnalyses(Duration.ofSeconds(Waits.BOUND_SECONDS)))
        .as(code)
        .isTrue();
    return measurements.get(code);
  }

  private static Path cv() {
    return SharedData.file("cv/synthetic_CV_NaHC_0p1mVs_nova.txt");
  }

  @Test
  void aJobIgnoringTheTimeLimitIsFailedAndWhatItReturnsLaterIsDiscarded() throws Exception {
    worker.useAnalysis(
        (files, settings) -> {
          if (files.getFirst().getFileName().toString().startsWith("hangs")) {
            Waits.ignoringInterrupts(release);
          }
          return Analyzer.analyze(files, settings, true);
        });
    Cell cell = fixtures.halfCell();
    String hung = upload(cell, cv(), "hangs.txt");

    Measurement failed = finished(hung);
    assertThat(failed.getStatus()).isEqualTo(MeasurementStatus.FAILED);
    assertThat(failed.getErrorMessage())
        .startsWith("the analysis took longer than 2 s (cellbook.measurements.job-timeout)");
    // the hung job still holds its worker: the next upload is analysed all the same
    String next = upload(cell, cv(), "next.txt");
    assertThat(finished(next).getStatus()).isEqualTo(MeasurementStatus.DONE);

    release.countDown();
    assertThat(Waits.eventually(() -> worker.busyThreads() == 0)).isTrue();
    Measurement after = measurements.get(hung);
    assertThat(after.getStatus()).isEqualTo(MeasurementStatus.FAILED);
    assertThat(measurements.runs(hung)).isEmpty();
    assertThat(seriesStore.contains(hung, 1)).isFalse();
  }

  @Test
  void aRealAnalysisPastTheTimeLimitIsStoppedAndItsThreadEnds() throws Exception {
    Path big = dir.resolve("long-cycling.csv");
    CyclerFileGenerator.write(big, 2_000_000, CyclerFileGenerator.Layout.CSV, 12);
    // hashing and importing 2·10⁶ records takes seconds: far past the limit
    worker.useTimeLimit(Duration.ofMillis(300));
    String code = upload(fixtures.halfCell(), big, "long-cycling.csv");

    Measurement m = finished(code);
    assertThat(m.getStatus()).isEqualTo(MeasurementStatus.FAILED);
    assertThat(m.getErrorMessage()).contains("took longer than 300 ms");
    // the importer's row loop sees the interrupt and the thread comes back
    assertThat(Waits.eventually(() -> worker.busyThreads() == 0)).isTrue();
    assertThat(measurements.runs(code)).isEmpty();
  }

  @Test
  void anErrorThrownInsideAJobIsLoggedWithAReferenceAndTheJobFailed(CapturedOutput log)
      throws Exception {
    worker.useAnalysis(
        (files, settings) -> {
          throw files.getFirst().getFileName().toString().startsWith("deep")
              ? new StackOverflowError("recursion in a reader")
              : new OutOfMemoryError("Java heap space");
        });
    Cell cell = fixtures.halfCell();
    Measurement deep = finished(upload(cell, cv(), "deep.txt"));
    assertThat(deep.getStatus()).isEqualTo(MeasurementStatus.FAILED);
    assertThat(deep.getErrorMessage()).startsWith("unexpected error while analysing (reference ");
    String ref = deep.getErrorMessage().replaceAll(".*reference (\\w+) .*", "$1");
    assertThat(log.getOut())
        .contains("(reference " + ref + ")")
        .contains("java.lang.StackOverflowError: recursion in a reader");

    Measurement huge = finished(upload(cell, cv(), "huge.txt"));
    assertThat(huge.getStatus()).isEqualTo(MeasurementStatus.FAILED);
    assertThat(huge.getErrorMessage())
        .startsWith("the analysis ran out of memory")
        .contains("re-export or split it");
    assertThat(log.getOut()).contains("java.lang.OutOfMemoryError: Java heap space");
  }

  @Test
  void cancelEndsARunningJobAtOnceInTheServiceAndTheApi() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch interrupted = new CountDownLatch(1);
    worker.useAnalysis(
        (files, settings) -> {
          started.countDown();
          try {
            release.await();
          } catch (InterruptedException e) {
            interrupted.countDown();
            Thread.currentThread().interrupt();
          }
          return Analyzer.analyze(files, settings, true);
        });
    Cell cell = fixtures.halfCell();
    String code = upload(cell, cv(), "slow.txt");
    assertThat(started.await(Waits.BOUND_SECONDS, TimeUnit.SECONDS)).isTrue();
    assertThat(measurements.get(code).getStatus()).isEqualTo(MeasurementStatus.RUNNING);

    assertThat(measurements.cancel(code)).isTrue();
    assertThat(measurements.get(code).getStatus()).isEqualTo(MeasurementStatus.CANCELLED);
    assertThat(interrupted.await(Waits.BOUND_SECONDS, TimeUnit.SECONDS)).isTrue();
    assertThat(Waits.eventually(() -> worker.busyThreads() == 0)).isTrue();
    assertThat(measurements.get(code).getStatus()).isEqualTo(MeasurementStatus.CANCELLED);
    assertThat(measurements.runs(code)).isEmpty();
    assertThat(measurements.cancel(code)).as("nothing left to cancel").isFalse();

    // the same through the API
    String second = upload(cell, cv(), "slow-too.txt");
    MockMvc mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
    assertThat(
            Waits.eventually(
                () -> measurements.get(second).getStatus() == MeasurementStatus.RUNNING))
        .isTrue();
    mvc.perform(
            post("/api/v1/measurements/" + second + "/cancel")
                .with(user("ana").roles("RESEARCHER")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("cancelled"));
    mvc.perform(
            post("/api/v1/measurements/" + second + "/cancel")
                .with(user("ana").roles("RESEARCHER")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("nothing")));
  }

  @Test
  void aJobRunningEachTimeTheProcessDiedTwiceIsFailedAtStartOthersResume() throws Exception {
    Cell cell = fixtures.halfCell();
    String twice = upload(cell, cv(), "twice.txt");
    String once = upload(cell, cv(), "once.txt");
    finished(once);
    finished(twice);
    // what a process killed during each analysis leaves: RUNNING, with the starts counted
    TransactionTemplate tx = new TransactionTemplate(transactions);
    tx.executeWithoutResult(
        s -> {
          for (String code : List.of(twice, once)) {
            Measurement m = repository.findByCode(code).orElseThrow();
            m.setState(MeasurementStatus.RUNNING, 0.15, null);
            m.setAttempts(code.equals(twice) ? AnalysisWorker.MAX_ATTEMPTS : 1);
          }
        });

    worker.resumeLeftovers();

    Measurement failed = measurements.get(twice);
    assertThat(failed.getStatus()).isEqualTo(MeasurementStatus.FAILED);
    assertThat(failed.getErrorMessage()).startsWith("the analysis stopped the server twice;");
    Measurement resumed = finished(once);
    assertThat(resumed.getStatus()).isEqualTo(MeasurementStatus.DONE);
    assertThat(resumed.getAttempts()).isZero();
    assertThat(measurements.runs(once)).hasSize(2);
  }

  @Test
  void theTimeLimitIsConfiguredInApplicationYml() {
    assertThat(configured).isEqualTo(Duration.ofMinutes(30));
  }
}

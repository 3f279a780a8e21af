package org.cellbook.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.cellbook.base.BackgroundJobs.JobStopped;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every job ends exactly once — with its result, what it threw, or a stop (cancel, time limit,
 * shutdown) — whatever the job does, and an abandoned job's late result is discarded. The waits
 * below are generous bounds for liveness, not timings.
 */
class BackgroundJobsTest {

  private final CountDownLatch release = new CountDownLatch(1);
  private BackgroundJobs jobs;

  @AfterEach
  void stop() throws InterruptedException {
    release.countDown();
    if (jobs != null) {
      jobs.shutdown(Duration.ofSeconds(5));
    }
  }

  private String stubborn() {
    Waits.ignoringInterrupts(release);
    return "late";
  }

  /** What the job ended with, exactly as it was recorded. */
  private static Throwable failure(BackgroundJobs.Job<?> job) throws Exception {
    Throwable error = job.outcome().handle((r, e) -> e).get(Waits.BOUND_SECONDS, TimeUnit.SECONDS);
    assertThat(error).as("the job failed").isNotNull();
    return error;
  }

  @Test
  void aJobEndsWithItsResult() throws Exception {
    jobs = new BackgroundJobs("t", 1, Duration.ofMinutes(1));
    assertThat(jobs.submit(() -> 42).outcome().get(Waits.BOUND_SECONDS, TimeUnit.SECONDS))
        .isEqualTo(42);
  }

  @Test
  void anErrorThrownInsideAJobEndsTheJobWithIt() throws Exception {
    jobs = new BackgroundJobs("t", 1, Duration.ofMinutes(1));
    BackgroundJobs.Job<Object> job =
        jobs.submit(
            () -> {
              throw new OutOfMemoryError("Java heap space");
            });
    assertThat(failure(job)).isInstanceOf(OutOfMemoryError.class).hasMessage("Java heap space");
    // the worker survived it
    assertThat(jobs.submit(() -> "next").outcome().get(Waits.BOUND_SECONDS, TimeUnit.SECONDS))
        .isEqualTo("next");
  }

  @Test
  void aJobIgnoringItsTimeLimitEndsAtTheLimitItsLateResultIsDiscardedAndOthersStillRun()
      throws Exception {
    jobs = new BackgroundJobs("t", 1, Duration.ofMillis(300));
    List<String> discarded = new CopyOnWriteArrayList<>();
    BackgroundJobs.Job<String> hung = jobs.submit(this::stubborn, discarded::add);

    Throwable stopped = failure(hung);
    assertThat(stopped).isInstanceOf(JobStopped.class).hasMessage("took longer than 300 ms");
    assertThat(((JobStopped) stopped).reason()).isEqualTo(JobStopped.Reason.TIME_LIMIT);
    assertThat(hung.outcome().isCompletedExceptionally()).isTrue();
    // one worker, still held by the hung job: a replacement runs the next one
    assertThat(jobs.submit(() -> "meanwhile").outcome().get(Waits.BOUND_SECONDS, TimeUnit.SECONDS))
        .isEqualTo("meanwhile");
    assertThat(Waits.eventually(() -> jobs.busyThreads() == 1))
        .as("the hung job still runs")
        .isTrue();

    release.countDown();
    assertThat(Waits.eventually(() -> !discarded.isEmpty())).isTrue();
    assertThat(discarded).containsExactly("late");
    assertThat(failure(hung)).isInstanceOf(JobStopped.class); // the outcome did not change
  }

  @Test
  void cancelEndsARunningJobAtOnceAndInterruptsItsInterruptiblePart() throws Exception {
    jobs = new BackgroundJobs("t", 1, Duration.ofMinutes(1));
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch interrupted = new CountDownLatch(1);
    BackgroundJobs.Job<String> job =
        jobs.submit(
            () ->
                BackgroundJobs.interruptibly(
                    () -> {
                      started.countDown();
                      try {
                        release.await();
                        return "finished";
                      } catch (InterruptedException e) {
                        interrupted.countDown();
                        throw e;
                      }
                    }));
    assertThat(started.await(Waits.BOUND_SECONDS, TimeUnit.SECONDS)).isTrue();

    assertThat(job.cancel()).isTrue();
    assertThat(job.outcome().isCancelled()).as("ended when cancel returns").isTrue();
    assertThat(((JobStopped) failure(job)).reason()).isEqualTo(JobStopped.Reason.CANCELLED);
    assertThat(interrupted.await(Waits.BOUND_SECONDS, TimeUnit.SECONDS)).isTrue();
    assertThat(job.cancel()).as("nothing left to cancel").isFalse();
  }

  @Test
  void aStoppedJobIsNeverInterruptedOutsideItsInterruptiblePartsAndStartsNoMore() throws Exception {
    jobs = new BackgroundJobs("t", 1, Duration.ofMillis(200));
    CountDownLatch inDatabase = new CountDownLatch(1);
    List<String> seen = new CopyOnWriteArrayList<>();
    BackgroundJobs.Job<String> job =
        jobs.submit(
            () -> {
              // stands for database work: an interrupt here would close the embedded H2
              inDatabase.countDown();
              release.await();
              seen.add(BackgroundJobs.stopped() ? "stopped" : "running");
              return BackgroundJobs.interruptibly(() -> seen.add("analysed") ? "analysed" : "");
            });
    assertThat(inDatabase.await(Waits.BOUND_SECONDS, TimeUnit.SECONDS)).isTrue();
    assertThat(((JobStopped) failure(job)).reason()).isEqualTo(JobStopped.Reason.TIME_LIMIT);

    release.countDown(); // the wait was not interrupted: it ends only now
    assertThat(Waits.eventually(() -> jobs.busyThreads() == 0)).isTrue();
    assertThat(seen).as("the next interruptible part never began").containsExactly("stopped");
    assertThat(BackgroundJobs.interruptibly(() -> "outside a job")).isEqualTo("outside a job");
  }

  @Test
  void aQueuedJobCancelledNeverRuns() throws Exception {
    jobs = new BackgroundJobs("t", 1, Duration.ofMinutes(1));
    jobs.submit(this::stubborn);
    List<String> ran = new CopyOnWriteArrayList<>();
    BackgroundJobs.Job<Boolean> queued = jobs.submit(() -> ran.add("ran"));
    assertThat(queued.cancel()).isTrue();
    release.countDown();
    assertThat(jobs.submit(() -> "after").outcome().get(Waits.BOUND_SECONDS, TimeUnit.SECONDS))
        .isEqualTo("after");
    assertThat(ran).isEmpty();
  }

  @Test
  void shutdownEndsQueuedJobsAtOnceAndRunningOnesAfterTheGrace() throws Exception {
    jobs = new BackgroundJobs("t", 1, Duration.ofMinutes(1));
    BackgroundJobs.Job<String> running = jobs.submit(this::stubborn);
    BackgroundJobs.Job<String> queued = jobs.submit(() -> "never");
    assertThat(Waits.eventually(() -> jobs.busyThreads() == 1)).isTrue();
    jobs.shutdown(Duration.ofMillis(100));
    assertThat(((JobStopped) failure(queued)).reason()).isEqualTo(JobStopped.Reason.SHUTDOWN);
    assertThat(((JobStopped) failure(running)).reason()).isEqualTo(JobStopped.Reason.SHUTDOWN);
    assertThat(((JobStopped) failure(jobs.submit(() -> "late"))).reason())
        .isEqualTo(JobStopped.Reason.SHUTDOWN);
  }

  @Test
  void timeLimitsReadAsAPersonWritesThem() {
    assertThat(BackgroundJobs.describe(Duration.ofMillis(500))).isEqualTo("500 ms");
    assertThat(BackgroundJobs.describe(Duration.ofSeconds(1))).isEqualTo("1 s");
    assertThat(BackgroundJobs.describe(Duration.ofSeconds(90))).isEqualTo("90 s");
    assertThat(BackgroundJobs.describe(Duration.ofMinutes(30))).isEqualTo("30 min");
    assertThat(BackgroundJobs.describe(Duration.ofHours(2))).isEqualTo("2 h");
  }
}

package org.cellbook.base;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Background jobs (analyses, reports) that always end: each job's {@link Job#outcome()} completes
 * exactly once — with the result, with whatever the job threw ({@link Error}s included), or with
 * {@link JobStopped} when it was cancelled, ran past the time limit or the server stopped. A
 * watchdog ends a job at its time limit at once, whatever the job is doing; whatever such an
 * abandoned job returns later is discarded, and its thread is replaced so the other jobs keep their
 * workers.
 *
 * <p>A stopped job's thread is interrupted only inside the parts the job marks with {@link
 * #interruptibly} (reading a file, the analysis core): an interrupt that lands in the embedded H2's
 * file I/O makes H2 close the whole database, so code that touches the database must never run
 * interruptibly.
 */
public final class BackgroundJobs {

  private final ThreadPoolExecutor pool;
  private final ScheduledThreadPoolExecutor watchdog;
  private volatile Duration timeLimit;
  private final Set<Job<?>> live = ConcurrentHashMap.newKeySet();

  /** The job the current thread runs, if any. */
  private static final ThreadLocal<Job<?>> CURRENT = new ThreadLocal<>();

  /**
   * @param name thread names: "name-1", "name-2"…
   * @param workers jobs run at once
   * @param timeLimit longest a job may run, from its start
   */
  public BackgroundJobs(String name, int workers, Duration timeLimit) {
    this.timeLimit = timeLimit;
    this.pool =
        new ThreadPoolExecutor(
            workers,
            workers,
            0,
            TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(),
            Thread.ofPlatform().name(name + "-", 1).daemon().factory());
    this.watchdog =
        new ScheduledThreadPoolExecutor(
            1, Thread.ofPlatform().name(name + "-watchdog").daemon().factory());
    watchdog.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    watchdog.setRemoveOnCancelPolicy(true);
  }

  public Duration timeLimit() {
    return timeLimit;
  }

  /** Changes the time limit of the jobs that start from now on (tests use a short one). */
  public void setTimeLimit(Duration limit) {
    this.timeLimit = limit;
  }

  /** Queues a job whose late result, if it has one, needs no cleaning up. */
  public <T> Job<T> submit(Callable<T> work) {
    return submit(work, late -> {});
  }

  /**
   * Queues a job.
   *
   * @param discard called with the result of a job that finished after it was abandoned (a partial
   *     file to remove, say)
   */
  public <T> Job<T> submit(Callable<T> work, Consumer<? super T> discard) {
    Job<T> job = new Job<>(work, discard);
    live.add(job);
    job.outcome.whenComplete((r, e) -> live.remove(job));
    try {
      pool.execute(job::execute);
    } catch (RejectedExecutionException e) {
      job.stopIfQueued(JobStopped.Reason.SHUTDOWN);
    }
    return job;
  }

  /**
   * Runs a part of the current job that may be interrupted when the job is stopped (cancelled, out
   * of time): no database access inside. Not nested. Outside a job it just runs the part.
   *
   * @throws JobStopped when the job was stopped before the part began
   */
  public static <T> T interruptibly(Callable<T> part) throws Exception {
    Job<?> job = CURRENT.get();
    if (job == null) {
      return part.call();
    }
    job.enterInterruptible();
    try {
      return part.call();
    } finally {
      job.leaveInterruptible();
    }
  }

  /** True when the job on this thread was stopped: what it does now is discarded. */
  public static boolean stopped() {
    Job<?> job = CURRENT.get();
    return job != null && job.ended();
  }

  /** Threads executing a job, abandoned ones still running included. */
  public int busyThreads() {
    return pool.getActiveCount();
  }

  /**
   * Stops taking jobs: queued ones, and any submitted later, end with {@link
   * JobStopped.Reason#SHUTDOWN} at once; running ones get {@code grace} to finish, then end the
   * same way (their threads are daemons and do not hold up the exit).
   */
  public void shutdown(Duration grace) throws InterruptedException {
    live.forEach(j -> j.stopIfQueued(JobStopped.Reason.SHUTDOWN));
    pool.shutdown();
    if (!pool.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
      // no shutdownNow: it would interrupt jobs in the middle of database work
      live.forEach(j -> j.stop(JobStopped.Reason.SHUTDOWN));
    }
    watchdog.shutdown(); // not shutdownNow: a stop it is making may be writing to the database
  }

  /** A worker for the one an abandoned job still occupies; given back when that job returns. */
  private synchronized void resize(int delta) {
    int n = pool.getCorePoolSize() + delta;
    if (delta > 0) {
      pool.setMaximumPoolSize(n);
      pool.setCorePoolSize(n);
    } else {
      pool.setCorePoolSize(n);
      pool.setMaximumPoolSize(n);
    }
  }

  /** "500 ms", "90 s", "30 min", "2 h": a time limit as a person reads it. */
  public static String describe(Duration d) {
    if (d.toMillis() < 1000 || d.toMillis() % 1000 != 0) {
      return d.toMillis() + " ms";
    }
    if (d.toSeconds() < 120 || d.toSeconds() % 60 != 0) {
      return d.toSeconds() + " s";
    }
    return d.toMinutes() < 120 || d.toMinutes() % 60 != 0
        ? d.toMinutes() + " min"
        : d.toHours() + " h";
  }

  private enum State {
    QUEUED,
    RUNNING,
    ENDED
  }

  /** One job: its outcome, and a way to cancel it. */
  public final class Job<T> {
    private final Callable<T> work;
    private final Consumer<? super T> discard;
    private final CompletableFuture<T> outcome = new CompletableFuture<>();
    private State state = State.QUEUED;
    private Duration limit = timeLimit;
    private Thread thread;
    private boolean replaced;
    private boolean interruptible;
    private JobStopped stop;
    private ScheduledFuture<?> timer;

    private Job(Callable<T> work, Consumer<? super T> discard) {
      this.work = work;
      this.discard = discard;
    }

    /**
     * Completes once: normally with the result, exceptionally with what the job threw or with
     * {@link JobStopped}. Callbacks run on the thread that ended the job: the worker, the watchdog
     * or the one that cancelled.
     */
    public CompletableFuture<T> outcome() {
      return outcome;
    }

    /**
     * Ends a queued or running job as cancelled; a running one is interrupted (readers check their
     * thread's interrupt flag) and, if it carries on regardless, its result is discarded.
     *
     * @return false when the job had already ended
     */
    public boolean cancel() {
      return stop(JobStopped.Reason.CANCELLED);
    }

    private void execute() {
      synchronized (this) {
        if (state != State.QUEUED) {
          return;
        }
        state = State.RUNNING;
        thread = Thread.currentThread();
        limit = timeLimit;
        timer =
            watchdog.schedule(
                () -> stop(JobStopped.Reason.TIME_LIMIT), limit.toMillis(), TimeUnit.MILLISECONDS);
      }
      T result = null;
      Throwable error = null;
      CURRENT.set(this);
      try {
        result = work.call();
      } catch (Throwable t) { // an Error too: it must end the job, not only kill the thread
        error = t;
      } finally {
        CURRENT.remove();
      }
      boolean won;
      synchronized (this) {
        timer.cancel(false);
        thread = null;
        if (replaced) {
          resize(-1);
        }
        won = state == State.RUNNING;
        state = State.ENDED;
      }
      Thread.interrupted(); // the pool thread starts its next job clean
      if (!won) {
        if (result != null) {
          discard.accept(result);
        }
      } else if (error != null) {
        outcome.completeExceptionally(error);
      } else {
        outcome.complete(result);
      }
    }

    private synchronized boolean ended() {
      return state == State.ENDED;
    }

    private synchronized void enterInterruptible() {
      if (stop != null) {
        throw stop;
      }
      interruptible = true;
    }

    private void leaveInterruptible() {
      synchronized (this) {
        interruptible = false;
      }
      Thread.interrupted(); // an interrupt the part did not consume must not reach the database
    }

    private void stopIfQueued(JobStopped.Reason reason) {
      synchronized (this) {
        if (state != State.QUEUED) {
          return;
        }
        state = State.ENDED;
        stop = new JobStopped(reason, limit);
      }
      outcome.completeExceptionally(stop);
    }

    private boolean stop(JobStopped.Reason reason) {
      synchronized (this) {
        if (state == State.ENDED) {
          return false;
        }
        if (state == State.RUNNING && thread != null) {
          if (interruptible) {
            thread.interrupt();
          }
          replaced = true;
          resize(+1);
        }
        state = State.ENDED;
        stop = new JobStopped(reason, limit);
      }
      outcome.completeExceptionally(stop);
      return true;
    }
  }

  /** Why a job ended without its own result. */
  public static final class JobStopped extends CancellationException {

    /** What stopped it. */
    public enum Reason {
      CANCELLED,
      TIME_LIMIT,
      SHUTDOWN
    }

    private final Reason reason;
    private final Duration limit;

    JobStopped(Reason reason, Duration limit) {
      super(
          switch (reason) {
            case CANCELLED -> "cancelled";
            case TIME_LIMIT -> "took longer than " + describe(limit);
            case SHUTDOWN -> "the server stopped";
          });
      this.reason = reason;
      this.limit = limit;
    }

    public Reason reason() {
      return reason;
    }

    public Duration limit() {
      return limit;
    }
  }
}

package org.cellbook.analysis.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Runs mutated inputs through a {@link FuzzTarget}, one at a time on a worker thread, and collects
 * the findings: an exception other than the target's import error (or one that does not name the
 * file), a read that runs over {@link #LIMIT_NANOS} or an {@link OutOfMemoryError}. A read's time
 * is the worker's CPU time, so that a machine busy with other work does not fake hangs; a read
 * blocked without using CPU is stopped after {@link #WALL_LIMIT_NANOS}. Findings with one signature
 * are kept once, the crash inputs minimised.
 */
final class Campaign implements AutoCloseable {

  /** A reader taking more than 2 s of CPU for one input hangs. */
  static final long LIMIT_NANOS = 2_000_000_000L;

  static final long WALL_LIMIT_NANOS = 10_000_000_000L;

  /** Executions spent minimising one crash input. */
  private static final int MINIMISE_BUDGET = 300;

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** What one campaign did. */
  record Result(
      String target,
      int inputs,
      int read,
      int refused,
      double seconds,
      double readCpuSeconds,
      List<Finding> findings) {

    double inputsPerSecond() {
      return inputs / seconds;
    }

    String summary() {
      return "%-28s %7d inputs %7.1f inputs/s %6.2f ms CPU/read  read %6d  refused %6d  findings %d"
          .formatted(
              target,
              inputs,
              inputsPerSecond(),
              1000 * readCpuSeconds / inputs,
              read,
              refused,
              findings.size());
    }

    Result withFindings(List<Finding> confirmed) {
      return new Result(target, inputs, read, refused, seconds, readCpuSeconds, confirmed);
    }
  }

  /** How one read ended. */
  record Attempt(Outcome outcome, Finding.Kind kind, String problem, StackTraceElement[] stack) {

    enum Outcome {
      READ,
      REFUSED,
      FINDING
    }
  }

  private final Path root;
  private Path dir;
  private ExecutorService worker;
  private int generation;
  private long readCpuNanos;

  Campaign(Path root) {
    this.root = root;
    // POI logs every damaged part it skips; the campaign reports what matters
    ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.apache.poi"))
        .setLevel(ch.qos.logback.classic.Level.OFF);
    restart();
  }

  /**
   * Runs the campaign {@code seed} of every target, {@code threads} targets at a time, each on a
   * worker of its own, telling {@code finished} as each ends; then runs each hang and out-of-memory
   * input again alone, so that one campaign's load or heap does not count against another, and
   * keeps those that recur.
   */
  static List<Result> runAll(
      List<FuzzTarget> targets,
      int inputs,
      long seed,
      int threads,
      Path root,
      Consumer<Result> finished) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Result>> futures = new ArrayList<>();
      for (FuzzTarget target : targets) {
        futures.add(
            pool.submit(
                () -> {
                  try (Campaign c =
                      new Campaign(Files.createTempDirectory(root, target.name() + "-"))) {
                    Result r = c.run(target, inputs, seed);
                    finished.accept(r);
                    return r;
                  }
                }));
      }
      List<Result> results = new ArrayList<>();
      for (Future<Result> f : futures) {
        results.add(f.get());
      }
      if (threads > 1) {
        try (Campaign alone = new Campaign(Files.createTempDirectory(root, "confirm-"))) {
          for (int k = 0; k < targets.size(); k++) {
            results.set(
                k, results.get(k).withFindings(alone.confirm(targets.get(k), results.get(k))));
          }
        }
      }
      return results;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** The input {@code index} of a campaign: the same seed and index give the same bytes. */
  static Mutator.Mutant input(FuzzTarget target, long seed, int index) {
    Random random =
        new Random(seed * 0x9E37_79B9_7F4A_7C15L + target.name().hashCode() * 31L + index);
    Seed s = target.seeds().get(random.nextInt(target.seeds().size()));
    Mutator.Mutant m = Mutator.mutate(s, random);
    return new Mutator.Mutant(m.bytes(), s.name() + ':' + m.recipe());
  }

  /** Runs {@code inputs} inputs of the campaign {@code seed}. */
  Result run(FuzzTarget target, int inputs, long seed) {
    Map<String, Finding> findings = new LinkedHashMap<>();
    int read = 0;
    int refused = 0;
    long start = System.nanoTime();
    long cpuAtStart = readCpuNanos;
    for (int i = 0; i < inputs; i++) {
      Mutator.Mutant m = input(target, seed, i);
      String seedName = m.recipe().substring(0, m.recipe().indexOf(':'));
      String recipe = m.recipe().substring(seedName.length() + 1);
      Attempt a = attempt(target, seedName, m.bytes());
      switch (a.outcome()) {
        case READ -> read++;
        case REFUSED -> refused++;
        case FINDING -> {
          Finding f =
              new Finding(
                  target.name(), a.kind(), i, seedName, recipe, a.problem(), a.stack(), m.bytes());
          Finding known = findings.get(f.signature());
          if (known == null || known.bytes().length > f.bytes().length) {
            findings.put(f.signature(), f);
          }
        }
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpu = (readCpuNanos - cpuAtStart) / 1e9;
    List<Finding> minimised = new ArrayList<>();
    for (Finding f : findings.values()) {
      minimised.add(f.kind() == Finding.Kind.CRASH ? minimise(target, f) : f);
    }
    return new Result(target.name(), inputs, read, refused, seconds, cpu, minimised);
  }

  /** The result's findings that recur when their input is read again (crashes always do). */
  List<Finding> confirm(FuzzTarget target, Result r) {
    List<Finding> confirmed = new ArrayList<>();
    for (Finding f : r.findings()) {
      if (f.kind() == Finding.Kind.CRASH
          || attempt(target, f.seed(), f.bytes()).outcome() == Attempt.Outcome.FINDING) {
        confirmed.add(f);
      }
    }
    return confirmed;
  }

  /** Reads {@code bytes} as a file called {@code name} with the target's reader. */
  Attempt attempt(FuzzTarget target, String name, byte[] bytes) {
    Path file = dir.resolve(name);
    try {
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    CountDownLatch done = new CountDownLatch(1);
    long[] cpu = {0, 0}; // at start, used
    Thread[] thread = new Thread[1];
    Future<Throwable> future =
        worker.submit(
            () -> {
              synchronized (cpu) {
                thread[0] = Thread.currentThread();
                cpu[0] = THREADS.getCurrentThreadCpuTime();
              }
              try {
                target.reader().read(file);
                return null;
              } catch (Throwable t) {
                return t;
              } finally {
                synchronized (cpu) {
                  cpu[1] = THREADS.getCurrentThreadCpuTime() - cpu[0];
                }
                done.countDown();
              }
            });
    long wallStart = System.nanoTime();
    while (true) {
      try {
        Throwable t = future.get(20, TimeUnit.MILLISECONDS);
        synchronized (cpu) {
          readCpuNanos += cpu[1];
        }
        return classify(target, file, t);
      } catch (TimeoutException e) {
        long used;
        Thread t;
        synchronized (cpu) {
          t = thread[0];
          used = t == null ? 0 : THREADS.getThreadCpuTime(t.threadId()) - cpu[0];
        }
        if (used > LIMIT_NANOS || System.nanoTime() - wallStart > WALL_LIMIT_NANOS) {
          readCpuNanos += used;
          return hang(future, done, t, used);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("the campaign was interrupted", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private Attempt classify(FuzzTarget target, Path file, Throwable t) {
    if (t == null) {
      return new Attempt(Attempt.Outcome.READ, null, null, null);
    }
    if (t instanceof OutOfMemoryError) {
      return new Attempt(
          Attempt.Outcome.FINDING, Finding.Kind.OUT_OF_MEMORY, describe(t), t.getStackTrace());
    }
    if (target.isRefusal(t)) {
      if (String.valueOf(t.getMessage()).contains(file.getFileName().toString())) {
        return new Attempt(Attempt.Outcome.REFUSED, null, null, null);
      }
      return new Attempt(
          Attempt.Outcome.FINDING,
          Finding.Kind.CRASH,
          describe(t) + " (the message does not name the file)",
          t.getStackTrace());
    }
    return new Attempt(Attempt.Outcome.FINDING, Finding.Kind.CRASH, describe(t), t.getStackTrace());
  }

  private static String describe(Throwable t) {
    String text = t.getClass().getName() + ": " + t.getMessage();
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }

  /** Stops a read that ran too long; a worker that does not stop is abandoned for a new one. */
  private Attempt hang(Future<Throwable> future, CountDownLatch done, Thread t, long cpu) {
    StackTraceElement[] stack = t == null ? new StackTraceElement[0] : t.getStackTrace();
    future.cancel(true);
    try {
      if (!done.await(2, TimeUnit.SECONDS)) {
        restart();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return new Attempt(
        Attempt.Outcome.FINDING,
        Finding.Kind.HANG,
        "still reading after %.1f s of CPU".formatted(cpu / 1e9),
        stack);
  }

  private void restart() {
    if (worker != null) {
      worker.shutdownNow();
    }
    worker =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "fuzz-reader-" + root.getFileName() + '-' + generation);
              t.setDaemon(true);
              return t;
            });
    try {
      dir = Files.createDirectories(root.resolve("inputs-" + generation++));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Removes chunks of the input, halving their size, as long as the same finding reproduces (delta
   * debugging, within {@link #MINIMISE_BUDGET} reads).
   */
  private Finding minimise(FuzzTarget target, Finding f) {
    byte[] best = f.bytes();
    int budget = MINIMISE_BUDGET;
    for (int chunk = Math.max(1, best.length / 2); chunk >= 1 && budget > 0; chunk /= 2) {
      for (int at = 0; at < best.length && budget > 0; budget--) {
        int cut = Math.min(chunk, best.length - at);
        byte[] candidate = new byte[best.length - cut];
        System.arraycopy(best, 0, candidate, 0, at);
        System.arraycopy(best, at + cut, candidate, at, candidate.length - at);
        Attempt a = attempt(target, f.seed(), candidate);
        if (a.outcome() == Attempt.Outcome.FINDING
            && new Finding(f.target(), a.kind(), 0, f.seed(), "", a.problem(), a.stack(), candidate)
                .signature()
                .equals(f.signature())) {
          best = candidate;
        } else {
          at += chunk;
        }
      }
    }
    return f.withBytes(best);
  }

  /** Writes each finding's input and description under {@code out}/target/. */
  static void save(Result result, Path out) throws IOException {
    int k = 0;
    for (Finding f : result.findings()) {
      Path dir = Files.createDirectories(out.resolve(result.target()));
      String base = String.format("%02d-%s", k++, f.seed());
      Files.write(dir.resolve(base), f.bytes());
      Files.writeString(dir.resolve(base + ".txt"), f.toString() + System.lineSeparator());
    }
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}

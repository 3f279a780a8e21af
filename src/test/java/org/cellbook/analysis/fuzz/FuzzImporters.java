package org.cellbook.analysis.fuzz;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The long fuzzing campaign: {@code inputs} mutated files per reader (default 10⁵), printing
 * inputs/s and findings per reader, and writing each finding's input and stack to {@code
 * target/fuzz-findings/}. Not a unit test ({@link ImporterFuzzTest} is the short seeded one). Run
 * as the README says:
 *
 * <pre>
 * java -Xmx256m -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     org.cellbook.analysis.fuzz.FuzzImporters [inputs] [seed] [reader...]
 * </pre>
 *
 * Readers are named as printed (e.g. {@code biologic-mpr}, {@code aif}, {@code xrd-brml}); none
 * means all. {@code -Dfuzz.threads=2} fuzzes two readers at a time (inputs/s is then per reader on
 * a shared machine). Exit status 1 when anything was found.
 */
public final class FuzzImporters {

  private FuzzImporters() {}

  public static void main(String[] args) throws Exception {
    int inputs = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : ImporterFuzzTest.SEED;
    List<String> only = Arrays.asList(args).subList(Math.min(2, args.length), args.length);
    int threads = Integer.getInteger("fuzz.threads", 1);
    Path work = Files.createTempDirectory("cellbook-fuzz");
    Path out = Path.of("target", "fuzz-findings");
    System.out.printf(
        Locale.ROOT,
        "%d inputs per reader, seed %d, %d reader(s) at a time, max heap %d MB, %d s CPU per input%n",
        inputs,
        seed,
        threads,
        Runtime.getRuntime().maxMemory() >> 20,
        Campaign.LIMIT_NANOS / 1_000_000_000L);
    List<FuzzTarget> targets =
        FuzzTargets.all(Files.createDirectories(work.resolve("seeds"))).stream()
            .filter(t -> only.isEmpty() || only.contains(t.name()))
            .toList();
    int findings = 0;
    long start = System.nanoTime();
    List<Campaign.Result> results =
        Campaign.runAll(
            targets,
            inputs,
            seed,
            threads,
            work,
            r -> {
              System.out.println(r.summary());
              r.findings().forEach(f -> System.out.println("  " + f));
            });
    double seconds = (System.nanoTime() - start) / 1e9;
    if (threads > 1) {
      System.out.println("findings that recur when their input is read alone:");
    }
    for (Campaign.Result r : results) {
      for (Finding f : r.findings()) {
        System.out.println(threads > 1 ? f : f.signature());
      }
      Campaign.save(r, out);
      findings += r.findings().size();
    }
    System.out.printf(
        Locale.ROOT,
        "total %d inputs in %.0f s, %d findings%s%n",
        (long) inputs * targets.size(),
        seconds,
        findings,
        findings > 0 ? " (inputs and stacks in " + out.toAbsolutePath() + ")" : "");
    System.exit(findings > 0 ? 1 : 0);
  }
}

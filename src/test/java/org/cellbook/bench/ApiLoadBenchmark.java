package org.cellbook.bench;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.cellbook.Application;
import org.cellbook.analysis.bench.CyclerFileGenerator;
import org.cellbook.demo.DemoNotebook;
import org.cellbook.measurements.Measurement;
import org.cellbook.measurements.MeasurementService;
import org.cellbook.measurements.MeasurementStatus;
import org.cellbook.security.ApiTokens;
import org.cellbook.security.SystemUser;
import org.cellbook.security.UserService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Many API clients at once against the whole app on a real port (50 clients sharing one token once
 * saw up to 74 % of requests fail): first every client with one shared token, then every client
 * with a token of its own. Each client lists cells and batches, reads a cell, polls a measurement,
 * and now and then uploads a small cycler file. Prints requests, errors (anything but a 2xx JSON
 * answer) and p50/p95 latency per phase, and whether every upload was analysed. Run (README,
 * "Benchmarks"); further arguments go to the app, e.g. a PostgreSQL datasource:
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat target/cp.txt)
 *     org.cellbook.bench.ApiLoadBenchmark 50 60 [--spring.datasource.url=…]</pre>
 */
public final class ApiLoadBenchmark {

  private static final String BOUNDARY = "cellbook-load-boundary";

  private ApiLoadBenchmark() {}

  /** What the clients saw in one phase. */
  private record Tally(
      AtomicInteger requests,
      AtomicInteger uploads,
      Map<String, AtomicInteger> errors,
      List<Long> micros) {

    static Tally empty() {
      return new Tally(
          new AtomicInteger(),
          new AtomicInteger(),
          new ConcurrentHashMap<>(),
          Collections.synchronizedList(new ArrayList<>()));
    }
  }

  public static void main(String[] args) throws Exception {
    int clients = args.length > 0 ? Integer.parseInt(args[0]) : 50;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
    Path dir = Files.createTempDirectory("cellbook-load-bench");
    List<String> appArgs =
        new ArrayList<>(
            List.of(
                "--server.port=0",
                "--cellbook.data-dir=" + dir.resolve("notebook"),
                "--cellbook.reports.exports-dir=" + dir.resolve("exports"),
                "--logging.level.root=WARN"));
    appArgs.addAll(List.of(args).subList(Math.min(2, args.length), args.length));
    Path cycler = dir.resolve("load_land.txt");
    CyclerFileGenerator.write(cycler, 2_000, CyclerFileGenerator.Layout.LAND_TXT, 11);
    byte[] upload = Files.readAllBytes(cycler);

    try (ConfigurableApplicationContext app =
        new SpringApplicationBuilder(Application.class).run(appArgs.toArray(String[]::new))) {
      String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
      MeasurementService measurements = app.getBean(MeasurementService.class);
      SystemUser.call(() -> app.getBean(DemoNotebook.class).load());
      measurements.awaitAnalyses(Duration.ofMinutes(5));
      UserService users = app.getBean(UserService.class);
      ApiTokens tokens = app.getBean(ApiTokens.class);
      users.ensureUser(
          "load", "Load Test", "load-test-pass", org.cellbook.security.Role.RESEARCHER);
      List<String> cells = cellCodes(base, SystemUser.call(() -> tokens.create("load", "setup")));
      List<String> measured =
          measurements.ofCells(cells).stream().map(Measurement::getCode).toList();
      System.out.printf(
          Locale.ROOT,
          "%d clients, %d s per phase, %d cells, %d measurements, database %s%n",
          clients,
          seconds,
          cells.size(),
          measured.size(),
          app.getEnvironment()
              .getProperty(
                  "spring.datasource.url",
                  "embedded H2 in " + app.getEnvironment().getProperty("cellbook.data-dir")));

      String shared = SystemUser.call(() -> tokens.create("load", "shared by all clients"));
      List<String> sharedTokens = Collections.nCopies(clients, shared);
      List<String> ownTokens = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        int n = c;
        ownTokens.add(SystemUser.call(() -> tokens.create("load", "client " + n)));
      }
      List<String> uploaded = Collections.synchronizedList(new ArrayList<>());
      for (var phase :
          List.of(
              Map.entry("one shared token", sharedTokens),
              Map.entry("one token each", ownTokens))) {
        Tally t = run(base, phase.getValue(), seconds, cells, measured, upload, uploaded);
        report(phase.getKey(), t, seconds);
      }
      boolean idle = measurements.awaitAnalyses(Duration.ofMinutes(10));
      Map<MeasurementStatus, Integer> states = new TreeMap<>();
      for (String code : uploaded) {
        states.merge(measurements.get(code).getStatus(), 1, Integer::sum);
      }
      System.out.printf(
          Locale.ROOT,
          "uploads: %d, analyses finished: %s, states %s%n",
          uploaded.size(),
          idle,
          states);
    }
  }

  private static List<String> cellCodes(String base, String token) throws Exception {
    String body =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/cells?size=1000"))
                    .header("Authorization", "Bearer " + token)
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    List<String> codes = new ArrayList<>();
    for (var node :
        tools.jackson.databind.json.JsonMapper.builder().build().readTree(body).get("items")) {
      codes.add(node.get("code").asString());
    }
    return codes;
  }

  private static Tally run(
      String base,
      List<String> tokenPerClient,
      int seconds,
      List<String> cells,
      List<String> measured,
      byte[] upload,
      List<String> uploaded)
      throws Exception {
    Tally tally = Tally.empty();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    try (ExecutorService pool = Executors.newFixedThreadPool(tokenPerClient.size())) {
      List<Future<?>> running = new ArrayList<>();
      for (int c = 0; c < tokenPerClient.size(); c++) {
        String token = tokenPerClient.get(c);
        SplittableRandom rnd = new SplittableRandom(c);
        running.add(
            pool.submit(
                () -> {
                  HttpClient http =
                      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                  while (System.nanoTime() < end) {
                    client(base, token, rnd, http, tally, cells, measured, upload, uploaded);
                  }
                  return null;
                }));
      }
      for (Future<?> f : running) {
        f.get();
      }
    }
    return tally;
  }

  /** One request of one client: mostly reads, one in twenty an upload. */
  private static void client(
      String base,
      String token,
      SplittableRandom rnd,
      HttpClient http,
      Tally tally,
      List<String> cells,
      List<String> measured,
      byte[] upload,
      List<String> uploaded) {
    int pick = rnd.nextInt(100);
    String cell = cells.get(rnd.nextInt(cells.size()));
    HttpRequest.Builder request =
        switch (pick / 5) {
          case 0, 1, 2, 3, 4, 5 -> get(base + "/api/v1/cells?size=20&page=" + rnd.nextInt(3));
          case 6, 7, 8, 9 -> get(base + "/api/v1/batches?size=20");
          case 10, 11, 12, 13 -> get(base + "/api/v1/cells/" + cell);
          case 14, 15, 16, 17, 18 ->
              get(base + "/api/v1/measurements/" + measured.get(rnd.nextInt(measured.size())));
          default ->
              HttpRequest.newBuilder(URI.create(base + "/api/v1/cells/" + cell + "/measurements"))
                  .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                  .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(upload)));
        };
    long start = System.nanoTime();
    try {
      HttpResponse<String> r =
          http.send(
              request.header("Authorization", "Bearer " + token).build(),
              HttpResponse.BodyHandlers.ofString());
      tally.micros().add((System.nanoTime() - start) / 1000);
      tally.requests().incrementAndGet();
      String type = r.headers().firstValue("Content-Type").orElse("none");
      if (r.statusCode() / 100 != 2 || !type.startsWith("application/json")) {
        tally
            .errors()
            .computeIfAbsent(r.statusCode() + " " + type, k -> new AtomicInteger())
            .incrementAndGet();
      } else if (r.statusCode() == 202) {
        tally.uploads().incrementAndGet();
        uploaded.add(
            tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(r.body())
                .get("id")
                .asString());
      }
    } catch (Exception e) {
      tally.requests().incrementAndGet();
      tally
          .errors()
          .computeIfAbsent(e.getClass().getSimpleName(), k -> new AtomicInteger())
          .incrementAndGet();
    }
  }

  private static HttpRequest.Builder get(String uri) {
    return HttpRequest.newBuilder(URI.create(uri));
  }

  private static byte[] multipart(byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(
        ("--"
                + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"file\";"
                + " filename=\"load_land.txt\"\r\nContent-Type: text/plain\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(content);
    out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  private static void report(String phase, Tally t, int seconds) {
    List<Long> sorted = new ArrayList<>(t.micros());
    Collections.sort(sorted);
    int errors = t.errors().values().stream().mapToInt(AtomicInteger::get).sum();
    System.out.printf(
        Locale.ROOT,
        "%-16s: %6d requests (%.0f/s), %d uploads, %d errors %s, p50 %.1f ms, p95 %.1f ms%n",
        phase,
        t.requests().get(),
        t.requests().get() / (double) seconds,
        t.uploads().get(),
        errors,
        t.errors(),
        percentile(sorted, 0.50) / 1000.0,
        percentile(sorted, 0.95) / 1000.0);
  }

  private static long percentile(List<Long> sorted, double p) {
    return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, p * sorted.size()));
  }
}

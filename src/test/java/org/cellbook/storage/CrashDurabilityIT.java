package org.cellbook.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.cellbook.Application;
import org.cellbook.Fixtures;
import org.cellbook.analysis.testdata.SharedData;
import org.cellbook.security.ApiTokens;
import org.cellbook.security.Role;
import org.cellbook.security.SystemUser;
import org.cellbook.security.UserService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Nothing acknowledged is lost to a crash. The packaged app runs in a child process while clients
 * upload measurements through the API; at a random moment it is killed with SIGKILL (no shutdown
 * hook runs), restarted, and killed again. At the end every upload that was answered 202 must be
 * there under the code it was given, with its own file; every measurement a client saw "done" must
 * still be done with its results; no code may have been handed out twice; and the analyses queued
 * at the moment of a kill must finish after the restart.
 */
class CrashDurabilityIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int ROUNDS = 2;
  private static final int UPLOADERS = 3;

  @TempDir Path dataDir;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final Random random = new Random();

  /** Measurement code → the file name it was acknowledged for. */
  private final Map<String, String> acknowledged = new ConcurrentHashMap<>();

  private final Set<String> seenDone = ConcurrentHashMap.newKeySet();
  private final List<String> duplicates = new ArrayList<>();

  private String token;
  private String cell;
  private byte[] file;

  @Test
  void acknowledgedUploadsAndResultsSurviveSigkill() throws Exception {
    file = firstLines(SharedData.file("land/synthetic_LAND_NaHC_formation_rate.txt"), 4000);
    seed();
    for (int round = 1; round <= ROUNDS; round++) {
      App app = App.start(dataDir);
      try {
        app.awaitApi(this);
        assertNothingLost(app);
        uploadUntilKilled(app, round);
      } finally {
        app.kill();
      }
    }
    App app = App.start(dataDir);
    try {
      app.awaitApi(this);
      assertNothingLost(app);
      assertThat(acknowledged).as("uploads acknowledged before the kills").hasSizeGreaterThan(3);
      awaitAllFinished(app);
    } finally {
      app.stop();
    }
  }

  private void assertNothingLost(App app) {
    assertThat(duplicates).as("codes handed out twice").isEmpty();
    for (var ack : acknowledged.entrySet()) {
      JsonNode m = status(app, ack.getKey());
      assertThat(m).as("acknowledged measurement %s after the crashes", ack.getKey()).isNotNull();
      assertThat(m.path("files").get(0).path("name").asString())
          .as("file of %s", ack.getKey())
          .isEqualTo(ack.getValue());
      if (seenDone.contains(ack.getKey())) {
        assertThat(m.path("status").asString()).as("%s was done", ack.getKey()).isEqualTo("done");
        assertThat(m.path("kpis").path("ice").isNumber())
            .as("results of %s", ack.getKey())
            .isTrue();
      }
    }
  }

  /** The file's head: a LAND export of its first cycles, small enough to analyse in a blink. */
  private static byte[] firstLines(Path file, int lines) throws IOException {
    byte[] all = Files.readAllBytes(file);
    int end = 0;
    for (int n = 0; n < lines; end++) {
      if (all[end] == '\n') {
        n++;
      }
    }
    return java.util.Arrays.copyOf(all, end);
  }

  /** A researcher's token and a half cell, written by an in-process notebook, then closed. */
  private void seed() {
    try (ConfigurableApplicationContext notebook =
        new SpringApplicationBuilder(Application.class)
            .web(WebApplicationType.NONE)
            .run(
                "--cellbook.data-dir=" + dataDir,
                "--spring.autoconfigure.exclude="
                    + "com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                    + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration")) {
      notebook
          .getBean(UserService.class)
          .ensureUser("crash", "Crash Test", UUID.randomUUID().toString(), Role.RESEARCHER);
      token = SystemUser.call(() -> notebook.getBean(ApiTokens.class).create("crash", "kill"));
      cell = SystemUser.call(() -> notebook.getBean(Fixtures.class).halfCell().getCode());
    }
  }

  private void uploadUntilKilled(App app, int round) throws Exception {
    AtomicBoolean killed = new AtomicBoolean();
    ExecutorService clients = Executors.newFixedThreadPool(UPLOADERS + 1);
    for (int t = 0; t < UPLOADERS; t++) {
      int thread = t;
      clients.submit(
          () -> {
            for (int i = 0; !killed.get(); i++) {
              upload(app, "r%d-t%d-%d.txt".formatted(round, thread, i));
              // A steady stream, not a flood: enough to be mid-write at any moment of a kill,
              // few enough that the analyses left queued finish soon after the restart.
              Thread.sleep(150);
            }
            return null;
          });
    }
    clients.submit(
        () -> {
          while (!killed.get()) {
            Thread.sleep(50);
            for (String code : acknowledged.keySet()) {
              if (!seenDone.contains(code)) {
                JsonNode m = status(app, code);
                if (m != null && m.path("status").asString().equals("done")) {
                  seenDone.add(code);
                }
              }
            }
          }
          return null;
        });
    long upMillis = 1000 + random.nextInt(2500);
    Thread.sleep(upMillis);
    app.kill();
    killed.set(true);
    System.out.printf(
        "round %d: killed after %d ms; %d uploads acknowledged and %d seen done so far%n",
        round, upMillis, acknowledged.size(), seenDone.size());
    clients.shutdown();
    assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
  }

  private void upload(App app, String name) {
    String boundary = UUID.randomUUID().toString();
    byte[] head =
        ("--%s\r\nContent-Disposition: form-data; name=\"file\"; filename=\"%s\"\r\n"
                + "Content-Type: text/plain\r\n\r\n")
            .formatted(boundary, name)
            .getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    try {
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(app.uri("/api/v1/cells/" + cell + "/measurements"))
                  .header("Authorization", "Bearer " + token)
                  .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                  .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, file, tail)))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() == 202) {
        String code = JSON.readTree(r.body()).path("id").asString();
        String before = acknowledged.putIfAbsent(code, name);
        if (before != null) {
          synchronized (duplicates) {
            duplicates.add(code + " given to " + before + " and " + name);
          }
        }
      }
    } catch (IOException | InterruptedException e) {
      // the server was killed under this request: it was never acknowledged
    }
  }

  private JsonNode status(App app, String code) {
    try {
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(app.uri("/api/v1/measurements/" + code))
                  .header("Authorization", "Bearer " + token)
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return r.statusCode() == 200 ? JSON.readTree(r.body()) : null;
    } catch (IOException | InterruptedException e) {
      return null;
    }
  }

  /** Work queued or running at a kill is resumed at the next start and ends. */
  private void awaitAllFinished(App app) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    List<String> open = new ArrayList<>(acknowledged.keySet());
    while (!open.isEmpty() && System.nanoTime() < deadline) {
      open.removeIf(
          code -> {
            JsonNode m = status(app, code);
            return m != null && m.path("status").asString().equals("done");
          });
      Thread.sleep(200);
    }
    assertThat(open).as("measurements not done a minute after the restart").isEmpty();
  }

  /** The packaged app in a child process. */
  private record App(Process process, int port, Path log) {

    private static Path jar() {
      Path jar = Path.of(System.getProperty("cellbook.jar", "target/cellbook-0.1.0-SNAPSHOT.jar"));
      assertThat(jar).as("the packaged application").exists();
      return jar;
    }

    private static String java() {
      return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static App start(Path dataDir) throws IOException {
      int port;
      try (ServerSocket s = new ServerSocket(0)) {
        port = s.getLocalPort();
      }
      Path log = dataDir.resolveSibling(dataDir.getFileName() + "-app-" + port + ".log");
      Process p =
          new ProcessBuilder(
                  java(),
                  "-Xmx512m",
                  // Quicker starts: C1 only and the serial collector.
                  "-XX:TieredStopAtLevel=1",
                  "-XX:+UseSerialGC",
                  "-jar",
                  jar().toString(),
                  "--cellbook.data-dir=" + dataDir,
                  "--server.port=" + port)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      return new App(p, port, log);
    }

    URI uri(String path) {
      return URI.create("http://127.0.0.1:" + port + path);
    }

    void awaitApi(CrashDurabilityIT test) throws Exception {
      long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
      while (System.nanoTime() < deadline) {
        assertThat(process.isAlive()).as("the app is running (see %s)", log).isTrue();
        try {
          HttpResponse<Void> r =
              test.http.send(
                  HttpRequest.newBuilder(uri("/api/v1/cells"))
                      .header("Authorization", "Bearer " + test.token)
                      .build(),
                  HttpResponse.BodyHandlers.discarding());
          if (r.statusCode() == 200) {
            return;
          }
        } catch (IOException notYet) {
          // still starting
        }
        Thread.sleep(200);
      }
      throw new AssertionError("the app did not answer on port " + port + " (see " + log + ")");
    }

    /** SIGKILL: no shutdown hook, no database close. */
    void kill() throws InterruptedException {
      if (!process.isAlive()) {
        return;
      }
      process.destroyForcibly();
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    void stop() throws InterruptedException {
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        kill();
      }
    }
  }
}

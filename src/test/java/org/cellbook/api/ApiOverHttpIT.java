package org.cellbook.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import org.cellbook.Fixtures;
import org.cellbook.RealServerTest;
import org.cellbook.analysis.testdata.SharedData;
import org.cellbook.measurements.MeasurementService;
import org.cellbook.security.ApiTokens;
import org.cellbook.security.Role;
import org.cellbook.security.SystemUser;
import org.cellbook.security.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every answer under /api/v1 is JSON, errors are RFC 9457 problems, and nothing redirects — also
 * for what Tomcat and the filters answer before a controller runs (log-in redirects, Tomcat's HTML
 * pages and Vaadin pages are what a script must never get here).
 */
class ApiOverHttpIT extends RealServerTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String BOUNDARY = "cellbook-test-boundary";

  @Autowired UserService users;
  @Autowired ApiTokens tokens;
  @Autowired Fixtures fixtures;
  @Autowired MeasurementService measurements;

  private String token;
  private String cell;

  @BeforeEach
  void tokenAndCell() {
    users.ensureUser("http-res", "HTTP Researcher", "s3cret-pass", Role.RESEARCHER);
    token = SystemUser.call(() -> tokens.create("http-res", "edge cases"));
    cell = SystemUser.call(() -> fixtures.halfCell()).getCode();
  }

  private HttpRequest.Builder api(String rawPath) {
    return HttpRequest.newBuilder(uri(rawPath)).header("Authorization", "Bearer " + token);
  }

  /** Asserts a problem with that status and returns its detail. */
  private static String problem(HttpResponse<String> r, int status) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(r.headers().firstValue("Location")).isEmpty();
    JsonNode body = JSON.readTree(r.body());
    assertThat(body.get("status").asInt()).isEqualTo(status);
    return body.get("detail").asString();
  }

  /** A multipart body with one file part, its file name written as given (bytes, not encoded). */
  private static byte[] multipart(byte[] fileName, byte[] content, String... fields) {
    var out = new java.io.ByteArrayOutputStream();
    for (int k = 0; k < fields.length; k += 2) {
      out.writeBytes(
          ("--"
                  + BOUNDARY
                  + "\r\nContent-Disposition: form-data; name=\""
                  + fields[k]
                  + "\"\r\n\r\n"
                  + fields[k + 1]
                  + "\r\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    out.writeBytes(
        ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
            .getBytes(StandardCharsets.UTF_8));
    out.writeBytes(fileName);
    out.writeBytes("\"\r\nContent-Type: text/plain\r\n\r\n".getBytes(StandardCharsets.UTF_8));
    out.writeBytes(content);
    out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private HttpResponse<String> upload(String fileName, byte[] content, String... fields)
      throws Exception {
    return upload(fileName.getBytes(StandardCharsets.UTF_8), content, fields);
  }

  private HttpResponse<String> upload(byte[] fileName, byte[] content, String... fields)
      throws Exception {
    return send(
        api("/api/v1/cells/" + cell + "/measurements")
            .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
            .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(fileName, content, fields)))
            .build());
  }

  private static byte[] landFile() throws Exception {
    // The head of the LAND export: small enough for this context's 1 MB limit, still cycling data.
    byte[] all = Files.readAllBytes(SharedData.file("land/synthetic_LAND_NaHC_formation_rate.txt"));
    int end = 300_000;
    while (all[end - 1] != '\n') {
      end--;
    }
    return java.util.Arrays.copyOf(all, end);
  }

  @Test
  void wrongMethodIs405WithAllow() throws Exception {
    HttpResponse<String> r = send(api("/api/v1/cells").DELETE().build());
    assertThat(problem(r, 405)).contains("DELETE");
    assertThat(r.headers().firstValue("Allow")).hasValue("GET");
  }

  @Test
  void unknownPathsAre404NotAVaadinPage() throws Exception {
    assertThat(problem(send(api("/api/v1/nope").build()), 404)).contains("/api/v1/nope");
    // A browser asking for HTML still gets the problem.
    problem(send(api("/api/v1/nope/deeper").header("Accept", "text/html").build()), 404);
    problem(send(api("/api/v2/cells").build()), 404);
  }

  @Test
  void urlsThatTomcatOrTheFirewallRefuseAreProblems() throws Exception {
    assertThat(problem(send(api("/api/v1/cells%2F" + cell).build()), 400)).contains("slash");
    problem(send(api("/api/v1/cells%00x").build()), 400);
    assertThat(problem(send(api("/api/v1/cells;jsessionid=x").build()), 400)).contains(";");
    problem(send(api("/api/v1/cells/%2e%2e/batches").build()), 400);
  }

  @Test
  void uploadThatIsNotMultipartIs415() throws Exception {
    HttpResponse<String> r =
        send(
            api("/api/v1/cells/" + cell + "/measurements")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("a=b"))
                .build());
    problem(r, 415);
  }

  @Test
  void overLimitUploadIs413() throws Exception {
    assertThat(problem(upload("big.txt", new byte[1_200_000]), 413)).contains("1 MB");
  }

  @Test
  void nulInAFileNameIs400() throws Exception {
    byte[] name = {'a', 0, 'b', '.', 't', 'x', 't'};
    assertThat(problem(upload(name, landFile()), 400)).contains("file name");
  }

  @Test
  void badParametersAre400NamingEachFieldAndQueueNothing() throws Exception {
    JsonNode fields =
        JSON.readTree(
                upload(
                        "f.txt",
                        landFile(),
                        "opening",
                        "bogus",
                        "active_mass_mg",
                        "NaN",
                        "area_cm2",
                        "-5",
                        "plateau_cutoff_v",
                        "Infinity")
                    .body())
            .get("fields");
    assertThat(fields.propertyNames())
        .containsExactlyInAnyOrder("opening", "active_mass_mg", "area_cm2", "plateau_cutoff_v");
    assertThat(measurements.ofCell(cell)).isEmpty();
    problem(upload("f.txt", landFile(), "active_mass_mg", "Infinity"), 400);
    problem(upload("f.txt", landFile(), "active_mass_mg", "-5"), 400);
    problem(upload("f.txt", landFile(), "active_mass_mg", "not a number"), 400);
    assertThat(measurements.ofCell(cell)).isEmpty();
  }

  @Test
  void oddFileNamesBecomeSafeDisplayNamesAndAreAnalysed() throws Exception {
    String longName = "a".repeat(5000) + ".txt";
    String[] names = {
      "/", "..", "", "   ", "../../etc/passwd", "C:\\lab\\cycler 3\\ch1.txt", longName
    };
    String[] shown = {
      "upload", "upload", "upload", "upload", "passwd", "ch1.txt", "a".repeat(196) + ".txt"
    };
    for (int k = 0; k < names.length; k++) {
      HttpResponse<String> r = upload(names[k], landFile());
      assertThat(r.statusCode()).as(names[k] + ": " + r.body()).isEqualTo(202);
      String id = JSON.readTree(r.body()).get("id").asString();
      assertThat(measurements.awaitAnalyses(Duration.ofSeconds(60))).isTrue();
      JsonNode status = JSON.readTree(send(api("/api/v1/measurements/" + id).build()).body());
      assertThat(status.get("files").get(0).get("name").asString()).isEqualTo(shown[k]);
      assertThat(status.get("status").asString()).as(status.toString()).isEqualTo("done");
    }
  }

  @Test
  void cellsAndBatchesHaveJsonDetailsAndPagingIsChecked() throws Exception {
    HttpResponse<String> detail = send(api("/api/v1/cells/" + cell).build());
    assertThat(detail.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(detail.body()).get("code").asString()).isEqualTo(cell);
    assertThat(problem(send(api("/api/v1/cells/C-1999-0001").build()), 404))
        .contains("C-1999-0001");
    problem(send(api("/api/v1/batches/B-1999-0001").build()), 404);
    assertThat(problem(send(api("/api/v1/batches?page=2147483647").build()), 400))
        .contains("between 0 and");
    problem(send(api("/api/v1/cells?page=2147483647").build()), 400);
    problem(send(api("/api/v1/cells?page=-1").build()), 400);
    problem(send(api("/api/v1/cells?size=0").build()), 400);
    problem(send(api("/api/v1/cells?size=100000").build()), 400);
  }

  @Test
  void refusalsAreProblemsAndAnswersAreNotCached() throws Exception {
    problem(send(HttpRequest.newBuilder(uri("/api/v1/cells")).build()), 401);
    problem(
        send(
            HttpRequest.newBuilder(uri("/api/v1/cells"))
                .header("Authorization", "Bearer cbk_unknown")
                .build()),
        401);
    HttpResponse<String> ok = send(api("/api/v1/cells?size=1").build());
    assertThat(ok.headers().firstValue("Cache-Control"))
        .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
    assertThat(ok.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(ok.headers().firstValue("Content-Security-Policy"))
        .hasValue(ApiSecurityConfiguration.CONTENT_SECURITY_POLICY);
    assertThat(ok.headers().firstValue("Set-Cookie")).isEmpty();
  }
}

package org.cellbook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Tests against the real server on a random port, for what only Tomcat and the whole filter chain
 * do (URL rejection, multipart limits, error pages, concurrency). All such tests share this one
 * context, on a notebook of its own, with a 1 MB upload limit and a trusted proxy's forwarded
 * headers honoured. They are failsafe tests ({@code *IT}) in a JVM of their own: a second context
 * in the unit tests' JVM would replace the security-context strategy that Vaadin installs globally
 * under the browserless tests' context.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "cellbook.measurements.max-upload-mb=1",
      "server.forward-headers-strategy=native"
    })
public abstract class RealServerTest {

  @LocalServerPort protected int port;

  /** Never follows a redirect: a redirect is itself a wrong answer for the API. */
  protected final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @DynamicPropertySource
  static void ownNotebook(DynamicPropertyRegistry registry) throws IOException {
    Path dir = Files.createTempDirectory("cellbook-real-server");
    registry.add("cellbook.data-dir", dir::toString);
    registry.add("cellbook.reports.exports-dir", () -> dir.resolve("exports").toString());
  }

  protected URI uri(String rawPath) {
    return URI.create("http://127.0.0.1:" + port + rawPath);
  }

  protected HttpResponse<String> send(HttpRequest request)
      throws IOException, InterruptedException {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }
}

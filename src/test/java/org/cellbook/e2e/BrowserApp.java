package org.cellbook.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import java.time.Year;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The packaged application (as a lab starts it, on the demo notebook) and one headless Debian
 * Chromium driving it, shared by every end-to-end test of a run: starting them takes a minute.
 * Closed by JUnit when the run ends.
 */
final class BrowserApp implements AutoCloseable {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  final Path dataDir;
  final String base;
  final WebDriver browser;
  private final Process app;

  /**
   * Gives a test method its {@code BrowserApp} parameter; a failed test leaves a screenshot and the
   * page's text in {@code target/e2e-failures}.
   */
  static final class Resolver implements ParameterResolver, TestWatcher {

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
      BrowserApp app =
          context
              .getRoot()
              .getStore(ExtensionContext.Namespace.GLOBAL)
              .get(BrowserApp.class, BrowserApp.class);
      if (app == null) {
        return;
      }
      try {
        Path folder = Files.createDirectories(Path.of("target", "e2e-failures"));
        String name =
            context.getRequiredTestClass().getSimpleName() + "." + context.getDisplayName();
        name = name.replaceAll("[^A-Za-z0-9._-]", "_");
        Files.write(
            folder.resolve(name + ".png"),
            ((TakesScreenshot) app.browser).getScreenshotAs(OutputType.BYTES));
        Files.writeString(
            folder.resolve(name + ".txt"),
            app.browser.getCurrentUrl()
                + "\n"
                + app.js().executeScript("return document.body.innerText;"));
      } catch (Exception e) {
        cause.addSuppressed(e);
      }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      return parameter.getParameter().getType() == BrowserApp.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
      return get(context);
    }
  }

  /** The run's app and browser, started on first use; skips the test where Chromium is missing. */
  private static BrowserApp get(ExtensionContext context) {
    assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "needs Debian's chromium and chromium-driver (.ci/run installs them)");
    return context
        .getRoot()
        .getStore(ExtensionContext.Namespace.GLOBAL)
        .computeIfAbsent(BrowserApp.class, k -> start(), BrowserApp.class);
  }

  private static BrowserApp start() {
    try {
      return new BrowserApp();
    } catch (Exception e) {
      throw new IllegalStateException("could not start the app and the browser", e);
    }
  }

  private BrowserApp() throws Exception {
    Path jar = Path.of(System.getProperty("cellbook.jar", "target/cellbook-0.1.0-SNAPSHOT.jar"));
    assertThat(jar).as("the packaged application").exists();
    dataDir = Files.createTempDirectory("cellbook-e2e");
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    base = "http://localhost:" + port;
    app =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m",
                "-jar",
                jar.toString(),
                "--cellbook.data-dir=" + dataDir,
                "--cellbook.demo=true",
                "--cellbook.reports.exports-dir=" + dataDir.resolve("exports"),
                "--server.port=" + port)
            .redirectErrorStream(true)
            .redirectOutput(dataDir.resolve("app.log").toFile())
            .start();
    awaitDemoNotebook(Duration.ofMinutes(3));

    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1440,1000");
    // The console is read by the tests: nothing the app does may break its
    // Content-Security-Policy.
    options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
    browser =
        new ChromeDriver(
            new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(),
            options);
  }

  /**
   * The log-in page answers before DemoStartup has loaded the demo notebook, which logs when it is
   * done: until then the demo's records are not there (a busy machine lost that race).
   */
  private void awaitDemoNotebook(Duration timeout) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      assertThat(app.isAlive())
          .as("the app is running (see %s)", dataDir.resolve("app.log"))
          .isTrue();
      try {
        HttpResponse<Void> r =
            http.send(
                HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200
            && Files.readString(dataDir.resolve("app.log"), StandardCharsets.ISO_8859_1)
                .contains("Demo notebook loaded")) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(500);
    }
    throw new AssertionError(
        "the app did not answer with the demo notebook loaded on " + base + " in " + timeout);
  }

  /** A demo record's code: codes carry the year the notebook was made. */
  static String code(String prefix, int number) {
    return "%s-%d-%04d".formatted(prefix, Year.now().getValue(), number);
  }

  /**
   * A wait that outlasts a busy machine; the pages re-render while they poll, so an element found a
   * moment ago may be replaced.
   */
  WebDriverWait patiently() {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }

  /** Logs in as the researcher unless a session is already open. */
  void logIn() {
    browser.get(base + "/login");
    WebDriverWait wait = patiently();
    wait.until(
        d ->
            !d.findElements(By.cssSelector("input[name=username]")).isEmpty()
                || !d.getCurrentUrl().contains("/login"));
    if (!browser.getCurrentUrl().contains("/login")) {
      return;
    }
    browser.findElement(By.cssSelector("input[name=username]")).sendKeys("researcher");
    browser.findElement(By.cssSelector("input[name=password]")).sendKeys("researcher\n");
    wait.until(d -> !d.getCurrentUrl().contains("/login"));
  }

  /** Opens a page of the app and waits until Vaadin has rendered it. */
  void open(String path) {
    browser.get(base + "/" + path);
    patiently()
        .until(
            d ->
                (Boolean)
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "return !!window.Vaadin && !!window.Vaadin.Flow"
                                + " && Object.values(window.Vaadin.Flow.clients || {})"
                                + ".every(c => !c.isActive());"));
  }

  JavascriptExecutor js() {
    return (JavascriptExecutor) browser;
  }

  @Override
  public void close() throws Exception {
    browser.quit();
    app.destroy();
    app.waitFor();
  }
}

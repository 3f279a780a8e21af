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
import org.cellbook.analysis.testdata.SharedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The packaged application in a real headless Chromium: log in, drop a cycler file on a cell, wait
 * for the analysis and see its plot drawn. Runs against the jar that {@code package} built (as a
 * lab would start it), with Debian's chromium and chromium-driver, which {@code .ci/run} installs.
 */
class UploadInBrowserIT {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir static Path dataDir;
  private static Process app;
  private static String base;
  private static WebDriver browser;

  @BeforeAll
  static void startAppAndBrowser() throws Exception {
    assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "needs Debian's chromium and chromium-driver (.ci/run installs them)");
    Path jar = Path.of(System.getProperty("cellbook.jar", "target/cellbook-0.1.0-SNAPSHOT.jar"));
    assertThat(jar).as("the packaged application").exists();
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
    awaitLoginPage(Duration.ofMinutes(3));

    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1400,1000");
    // The console is read at the end: nothing the app does may break its Content-Security-Policy.
    options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
    browser =
        new ChromeDriver(
            new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(),
            options);
  }

  private static void awaitLoginPage(Duration timeout) throws Exception {
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
        if (r.statusCode() == 200 && demoLoaded()) {
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

  /**
   * DemoStartup loads the demo notebook after the server starts answering, and logs when it is
   * done: until then the demo's cells are not there (a busy machine lost that race).
   */
  private static boolean demoLoaded() throws IOException {
    return Files.readString(dataDir.resolve("app.log"), StandardCharsets.ISO_8859_1)
        .contains("Demo notebook loaded");
  }

  private static boolean hasUpload(WebDriver d) {
    return (Boolean)
        ((JavascriptExecutor) d).executeScript("return !!document.querySelector('vaadin-upload');");
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    if (app != null) {
      app.destroy();
      app.waitFor();
    }
  }

  @Test
  void logInUploadAndSeeThePlot() throws Exception {
    // The page re-renders while it polls: an element found a moment ago may be replaced.
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    wait.ignoring(StaleElementReferenceException.class);
    browser.get(base + "/login");
    wait.until(d -> !d.findElements(By.cssSelector("input[name=username]")).isEmpty());
    browser.findElement(By.cssSelector("input[name=username]")).sendKeys("researcher");
    browser.findElement(By.cssSelector("input[name=password]")).sendKeys("researcher\n");
    wait.until(d -> !d.getCurrentUrl().contains("/login"));

    // The demo notebook's first cell; codes carry the year the notebook was made. The log-in page
    // answers while the demo notebook is still being loaded: open the cell until it exists.
    String cell = base + "/cells/C-" + java.time.Year.now() + "-0001";
    new WebDriverWait(browser, Duration.ofMinutes(3))
        .pollingEvery(Duration.ofSeconds(5))
        .ignoring(org.openqa.selenium.TimeoutException.class)
        .until(
            d -> {
              d.get(cell);
              new WebDriverWait(d, Duration.ofSeconds(20))
                  .until(x -> x.getPageSource().contains("Not found") || hasUpload(x));
              return hasUpload(d);
            });

    Path file = SharedData.file("land/synthetic_LAND_NaHC_formation_rate.txt");
    WebElement input =
        wait.until(
            d ->
                (WebElement)
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "const u = document.querySelector('vaadin-upload');"
                                + " return u && (u.querySelector('input[type=file]')"
                                + " || u.shadowRoot.querySelector('input[type=file]'));"));
    input.sendKeys(file.toString());
    wait.until(
        d ->
            (Boolean)
                ((JavascriptExecutor) d)
                    .executeScript(
                        "const u = document.querySelector('vaadin-upload');"
                            + " return u.files.length > 0 && u.files.every(f => f.complete);"));
    // Before anything is stored, the page says what the file was recognised as.
    wait.until(d -> d.getPageSource().contains("synthetic_LAND_NaHC_formation_rate.txt: LAND"));
    WebElement attach =
        browser.findElements(By.tagName("vaadin-button")).stream()
            .filter(b -> b.getText().contains("Attach and analyse"))
            .findFirst()
            .orElseThrow();
    ((JavascriptExecutor) browser)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", attach);
    attach.click();

    // The new measurement appears on the cell page (the list polls while it runs) and finishes.
    wait.until(
        d ->
            d.getPageSource().contains("synthetic_LAND_NaHC_formation_rate.txt")
                && !d.getPageSource().contains("analysing")
                && !d.getPageSource().contains("queued"));
    String measurement =
        wait.until(
            d ->
                d.findElements(By.cssSelector("a[href^='measurements/M-']")).stream()
                    .findFirst()
                    .map(a -> a.getAttribute("href"))
                    .orElse(null));
    browser.get(measurement);

    WebElement chart =
        wait.until(
            d ->
                d
                    .findElements(By.cssSelector(".plot-chart[data-plot=voltage-capacity] canvas"))
                    .stream()
                    .findFirst()
                    .orElse(null));
    assertThat(chart.getSize().getWidth()).isGreaterThan(200);
    assertThat(browser.getPageSource()).contains("ICE").contains("80.6 %");
    Files.write(
        Path.of("target", "e2e-measurement.png"),
        ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));

    // Back on the cell, its PDF report: written in the background, then offered for download.
    browser.get(base + "/cells/C-" + java.time.Year.now() + "-0001");
    WebElement report =
        wait.until(
            d ->
                d.findElements(By.tagName("vaadin-button")).stream()
                    .filter(b -> b.getText().contains("PDF report"))
                    .findFirst()
                    .orElse(null));
    report.click();
    WebElement download =
        wait.until(
            d ->
                d.findElements(By.tagName("a")).stream()
                    .filter(a -> a.getText().startsWith("Download cell-C-"))
                    .findFirst()
                    .orElse(null));
    String head =
        (String)
            ((JavascriptExecutor) browser)
                .executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                        + " fetch(arguments[0].href).then(r => r.arrayBuffer())"
                        + ".then(b => done(String.fromCharCode(...new Uint8Array(b.slice(0, 5)))));",
                    download);
    assertThat(head).isEqualTo("%PDF-");
    try (var exported = Files.list(dataDir.resolve("exports"))) {
      assertThat(exported.map(f -> f.getFileName().toString()))
          .anyMatch(n -> n.startsWith("cell-C-") && n.endsWith(".pdf"));
    }

    assertThat(browser.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll())
        .as("console messages about the Content-Security-Policy")
        .noneMatch(e -> e.getMessage().contains("Content Security Policy"));
  }
}

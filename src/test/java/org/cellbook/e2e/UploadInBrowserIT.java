package org.cellbook.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cellbook.analysis.testdata.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The packaged application in a real headless Chromium: log in, drop a cycler file on a cell, wait
 * for the analysis and see its plot drawn. Runs against the jar that {@code package} built (as a
 * lab would start it), with Debian's chromium and chromium-driver, which {@code .ci/run} installs.
 */
@ExtendWith(BrowserApp.Resolver.class)
class UploadInBrowserIT {

  private static boolean hasUpload(WebDriver d) {
    return (Boolean)
        ((JavascriptExecutor) d).executeScript("return !!document.querySelector('vaadin-upload');");
  }

  @Test
  void logInUploadAndSeeThePlot(BrowserApp app) throws Exception {
    WebDriver browser = app.browser;
    WebDriverWait wait = app.patiently();
    app.logIn();
    app.open("cells/" + BrowserApp.code("C", 1));
    wait.until(UploadInBrowserIT::hasUpload);

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
                && !d.getPageSource().contains("Analysing")
                && !d.getPageSource().contains("Queued"));
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
    app.open("cells/" + BrowserApp.code("C", 1));
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
    try (var exported = Files.list(app.dataDir.resolve("exports"))) {
      assertThat(exported.map(f -> f.getFileName().toString()))
          .anyMatch(n -> n.startsWith("cell-C-") && n.endsWith(".pdf"));
    }

    assertThat(browser.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll())
        .as("console messages about the Content-Security-Policy")
        .noneMatch(e -> e.getMessage().contains("Content Security Policy"));
  }
}

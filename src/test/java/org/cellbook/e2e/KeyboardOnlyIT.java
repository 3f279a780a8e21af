package org.cellbook.e2e;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cellbook.analysis.testdata.SharedData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The main flows with the keyboard alone, as a lab member who does not use a mouse (or whose
 * balance types into the page) works: Tab to a control, type, Enter. Nothing here clicks; a control
 * that Tab never reaches fails the test and names what Tab met on the way.
 */
@ExtendWith(BrowserApp.Resolver.class)
class KeyboardOnlyIT {

  /** The control that has the focus, looked for through shadow roots, and what it is called. */
  private static final String FOCUSED =
      """
      let a = document.activeElement;
      while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
      if (!a) return '';
      const host = a.closest('vaadin-button, vaadin-text-field, vaadin-number-field,'
          + ' vaadin-integer-field, vaadin-combo-box, vaadin-select, vaadin-date-picker,'
          + ' vaadin-text-area, vaadin-checkbox, vaadin-upload, vaadin-password-field,'
          + ' vaadin-dialog-overlay, a') || a;
      const name = host.label || host.getAttribute('aria-label') || host.textContent || '';
      return host.localName + ': ' + name.trim().replace(/\\s+/g, ' ').slice(0, 80);
      """;

  private BrowserApp app;

  @BeforeEach
  void logIn(BrowserApp app) {
    this.app = app;
    app.logIn();
  }

  @Test
  void createABatchAndWeighItsInput() {
    app.open("batches");
    tabTo("vaadin-button: New batch from template");
    press(Keys.ENTER);
    tabTo("vaadin-combo-box: Route template");
    type("Pyrolysis");
    pickHighlighted();
    String name = "KB-" + System.nanoTime() % 100_000;
    tabTo("vaadin-text-field: Batch name");
    type(name);
    tabTo("vaadin-combo-box: Precursor lot");
    pickHighlighted();
    tabTo("vaadin-button: Create");
    press(Keys.ENTER);
    app.patiently().until(d -> d.getCurrentUrl().contains("/batches/B-"));
    app.patiently().until(d -> d.getPageSource().contains(name));

    // Into the inputs table, along its first row to the Weigh… button, and Enter on it.
    tabTo("td");
    for (int i = 0; i < 8; i++) {
      press(Keys.ARROW_RIGHT);
    }
    press(Keys.ENTER);
    app.patiently().until(d -> focused().equals("vaadin-button: Weigh…"));
    press(Keys.ENTER);
    // The dialog opens on the mass, its planned value selected: typed over, then Enter.
    app.patiently().until(d -> focused().startsWith("vaadin-number-field: Weighed mass"));
    type("0.5");
    press(Keys.ENTER);
    app.patiently().until(d -> d.getPageSource().contains("0.5000"));
  }

  @Test
  void addDiscsToASheet() {
    app.open("electrodes/" + BrowserApp.code("E", 2));
    int before = discRows();
    tabTo("vaadin-text-area: Quick entry");
    type("12, 33.1, 9.8");
    press(Keys.ENTER);
    type("12, 33.4, 9.8");
    new Actions(app.browser)
        .keyDown(Keys.CONTROL)
        .sendKeys(Keys.ENTER)
        .keyUp(Keys.CONTROL)
        .perform();
    app.patiently().until(d -> discRows() == before + 2);
  }

  @Test
  void assembleACellAndUploadItsData() {
    app.open("cells");
    tabTo("vaadin-button: Assemble cell");
    press(Keys.ENTER);
    for (String picker :
        List.of(
            "Working electrode disc",
            "Counter electrode (metal)",
            "Separator lot",
            "Electrolyte lot")) {
      tabTo("vaadin-combo-box: " + picker);
      pickHighlighted();
    }
    tabTo("vaadin-button: Assemble");
    press(Keys.ENTER);
    app.patiently().until(d -> d.getCurrentUrl().matches(".*/cells/C-\\d{4}-\\d{4}$"));

    // The file itself comes from the system's file chooser, which the upload button opens; the
    // browser driver stands in for that dialog. Everything else is Tab and Enter.
    tabTo("vaadin-button: Upload Files");
    Path file = SharedData.file("land/synthetic_LAND_NaHC_formation_rate.txt");
    ((WebElement)
            app.js()
                .executeScript(
                    "const u = document.querySelector('vaadin-upload');"
                        + " return u.querySelector('input[type=file]')"
                        + " || u.shadowRoot.querySelector('input[type=file]');"))
        .sendKeys(file.toString());
    app.patiently()
        .until(d -> d.getPageSource().contains("synthetic_LAND_NaHC_formation_rate.txt: LAND"));
    tabTo("vaadin-button: Attach and analyse");
    press(Keys.ENTER);
    app.patiently()
        .until(
            d ->
                !d.findElements(By.cssSelector("a[href^='measurements/M-']")).isEmpty()
                    && !d.getPageSource().contains("Queued")
                    && !d.getPageSource().contains("Analysing"));
  }

  private String focused() {
    return (String) app.js().executeScript(FOCUSED);
  }

  /** Presses Tab until the control named is focused; fails with the path Tab took. */
  private void tabTo(String control) {
    List<String> met = new ArrayList<>();
    for (int i = 0; i < 80; i++) {
      press(Keys.TAB);
      String now = focused();
      if (now.startsWith(control)) {
        return;
      }
      met.add(now);
    }
    throw new AssertionError("Tab never reached '" + control + "'; it met " + met);
  }

  private void press(Keys key) {
    new Actions(app.browser).sendKeys(key).perform();
  }

  private void type(String text) {
    new Actions(app.browser).sendKeys(text).perform();
  }

  /**
   * In a combo box: arrow down to the first item offered (of those matching what was typed). A
   * closed combo box keeps its last list in the page, so only a visible item counts.
   */
  private void pickHighlighted() {
    app.patiently()
        .until(
            d -> {
              if ((Boolean)
                  app.js()
                      .executeScript(
                          "return !!document.querySelector('vaadin-combo-box[opened]')"
                              + " && [...document.querySelectorAll("
                              + "'vaadin-combo-box-item[focused]')]"
                              + ".some(i => i.checkVisibility());")) {
                return true;
              }
              press(Keys.ARROW_DOWN);
              return false;
            });
    press(Keys.ENTER);
  }

  /** The sheet's discs listed on its page, counted by their codes. */
  private int discRows() {
    return ((Number)
            app.js()
                .executeScript(
                    "return new Set(document.body.innerText.match(/E-\\d{4}-\\d{4}-D\\d+/g))"
                        + ".size;"))
        .intValue();
  }
}

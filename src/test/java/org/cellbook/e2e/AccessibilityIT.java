package org.cellbook.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/**
 * axe-core, the accessibility rules engine, on the main pages of the packaged app in Chromium:
 * nothing serious or critical (what keeps a screen-reader or keyboard user from the page).
 */
@ExtendWith(BrowserApp.Resolver.class)
class AccessibilityIT {

  private static final String AXE = axeScript();

  private static String axeScript() {
    try (InputStream in = AccessibilityIT.class.getResourceAsStream("/axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException("axe.min.js is not on the test class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "batches",
        "batches/B-0001",
        "electrodes/E-0001",
        "cells/C-0001",
        "measurements/M-0001",
        "trace/C-0001",
        "series?code=S-0001",
        "lots",
        "materials",
        "results",
        "an-address-that-is-no-page"
      })
  void mainPagesHaveNoSeriousViolations(String page, BrowserApp app) {
    app.logIn();
    app.open(withThisYearsCode(page));
    assertThat(seriousViolations(app)).as("axe-core on /%s", page).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"login"})
  void theLogInPageHasNoSeriousViolations(String page, BrowserApp app) {
    app.browser.manage().deleteAllCookies();
    app.open(page);
    app.patiently().until(d -> !d.findElements(By.cssSelector("input[name=username]")).isEmpty());
    assertThat(seriousViolations(app)).as("axe-core on /%s", page).isEmpty();
  }

  /** "B-0001" in a page address becomes this year's "B-2026-0001". */
  private static String withThisYearsCode(String page) {
    var code = java.util.regex.Pattern.compile("([A-Z])-(\\d{4})").matcher(page);
    return code.find()
        ? code.replaceFirst(BrowserApp.code(code.group(1), Integer.parseInt(code.group(2))))
        : page;
  }

  /** One line per serious or critical violation: rule, what is wrong and where. */
  @SuppressWarnings("unchecked")
  private static List<String> seriousViolations(BrowserApp app) {
    app.js().executeScript(AXE);
    List<Map<String, Object>> violations =
        (List<Map<String, Object>>)
            app.js()
                .executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                        + " axe.run(document, {resultTypes: ['violations']})"
                        + ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact,"
                        + " help: v.help, where: v.nodes.slice(0, 3)"
                        + ".map(n => n.target.join(' > '))}))));");
    return violations.stream()
        .filter(v -> List.of("serious", "critical").contains(v.get("impact")))
        .map(
            v ->
                "%s (%s): %s at %s"
                    .formatted(
                        v.get("id"),
                        v.get("impact"),
                        v.get("help"),
                        ((List<String>) v.get("where")).stream().collect(Collectors.joining("; "))))
        .toList();
  }
}

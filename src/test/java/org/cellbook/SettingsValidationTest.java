package org.cellbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * A setting that cannot work (no workers, a negative quota, a zero time limit) stops the start with
 * the key, the value and where it was set, instead of failing later in a way nobody connects to it.
 */
@ExtendWith(OutputCaptureExtension.class)
class SettingsValidationTest {

  /** The settings records alone, bound as the app binds them. */
  @Configuration(proxyBeanMethods = false)
  @ConfigurationPropertiesScan("org.cellbook")
  static class OnlySettings {}

  private static ConfigurableApplicationContext start(String... properties) {
    return new SpringApplicationBuilder(OnlySettings.class)
        .web(WebApplicationType.NONE)
        .bannerMode(Banner.Mode.OFF)
        // No application.yml, the built-in one nor the lab's: the records' own defaults.
        .properties("spring.config.location=optional:classpath:/none.yml")
        .properties(properties)
        .run();
  }

  @Test
  void theDefaultsAreValid() {
    try (var context = start()) {
      assertThat(context.isActive()).isTrue();
    }
  }

  @ParameterizedTest
  @CsvSource({
    "cellbook.measurements.max-upload-mb, 0",
    "cellbook.measurements.workers, 0",
    "cellbook.measurements.job-timeout, 0s",
    "cellbook.measurements.max-store-gb, -1",
    "cellbook.measurements.min-free-disk-mb, -1",
    "cellbook.reports.workers, 0",
    "cellbook.reports.job-timeout, -10m",
    "cellbook.synthesis.ratio-tolerance-percent, -5",
    "cellbook.synthesis.mass-balance-tolerance-percent, -2",
  })
  void aValueThatCannotWorkStopsTheStartNamingTheKey(
      String key, String value, CapturedOutput output) {
    assertThatThrownBy(() -> start(key + "=" + value).close());
    assertThat(output).contains("Property: " + asSpringNamesIt(key), "Reason: must be");
  }

  /** The failure report names a record's component as in Java: max-upload-mb as maxUploadMb. */
  private static String asSpringNamesIt(String key) {
    return Pattern.compile("-([a-z])").matcher(key).replaceAll(m -> m.group(1).toUpperCase());
  }
}

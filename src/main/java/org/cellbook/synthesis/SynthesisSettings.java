package org.cellbook.synthesis;

import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Route templates and the checks on weighed batches: {@code cellbook.templates-dir} and {@code
 * cellbook.synthesis.*} (the templates' key predates the feature's prefix and is kept for the labs'
 * existing configurations).
 *
 * @param templatesDir the lab's route templates (YAML); the copies packaged in the jar when missing
 * @param synthesis the tolerances of weighed batches
 */
@Validated
@ConfigurationProperties("cellbook")
record SynthesisSettings(
    @DefaultValue("./templates/protocols") Path templatesDir,
    @DefaultValue @Valid Tolerances synthesis) {

  /**
   * @param ratioTolerancePercent a weighed filler:host ratio further than this from the planned one
   *     is flagged
   * @param massBalanceTolerancePercent a product heavier than its weighed inputs by more than this
   *     is refused (balance error, moisture)
   */
  record Tolerances(
      @DefaultValue("5.0") @PositiveOrZero double ratioTolerancePercent,
      @DefaultValue("2.0") @PositiveOrZero double massBalanceTolerancePercent) {}
}

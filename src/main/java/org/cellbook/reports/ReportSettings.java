package org.cellbook.reports;

import jakarta.validation.constraints.Positive;
import java.nio.file.Path;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Report templates, where reports go and the background report workers ({@code
 * cellbook.reports.*}).
 *
 * @param templatesDir the lab's report templates; the copies packaged in the jar when missing
 * @param exportsDir where reports made in the app, and by {@code report} without {@code --out}, are
 *     written
 * @param workers reports written at once in the background
 * @param jobTimeout longest one background report may take; a longer one is stopped
 */
@Validated
@ConfigurationProperties("cellbook.reports")
record ReportSettings(
    @DefaultValue("./templates/reports") Path templatesDir,
    @DefaultValue("./exports") Path exportsDir,
    @DefaultValue("2") @Positive int workers,
    @DefaultValue("10m") @DurationMin(seconds = 1) Duration jobTimeout) {}

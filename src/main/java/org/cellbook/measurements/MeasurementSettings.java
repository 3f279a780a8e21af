package org.cellbook.measurements;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of uploads and of the background analyses ({@code cellbook.measurements.*}).
 *
 * @param maxUploadMb largest measurement file accepted, in the app and over the API
 * @param workers analyses run at once in the background
 * @param jobTimeout longest one analysis may run; a longer one is stopped and failed
 * @param maxStoreGb quota of the raw-file store; 0: none, only the free disk counts
 * @param minFreeDiskMb free space uploads leave on the disk holding the notebook
 */
@Validated
@ConfigurationProperties("cellbook.measurements")
public record MeasurementSettings(
    @DefaultValue("1024") @Positive long maxUploadMb,
    @DefaultValue("2") @Positive int workers,
    @DefaultValue("30m") @DurationMin(seconds = 1) Duration jobTimeout,
    @DefaultValue("0") @PositiveOrZero double maxStoreGb,
    @DefaultValue("1024") @PositiveOrZero long minFreeDiskMb) {}

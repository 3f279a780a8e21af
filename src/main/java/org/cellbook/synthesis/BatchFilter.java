package org.cellbook.synthesis;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the batch list shows; every criterion is optional. Temperatures in °C. Withdrawn batches
 * only when asked for.
 */
public record BatchFilter(
    String text,
    String routeCode,
    BatchStatus status,
    @Nullable Double minTemperatureCelsius,
    @Nullable Double maxTemperatureCelsius,
    LocalDate createdFrom,
    LocalDate createdTo,
    String operatorName,
    String seriesCode,
    boolean showWithdrawn) {

  public BatchFilter(
      String text,
      String routeCode,
      BatchStatus status,
      Double minTemperatureCelsius,
      Double maxTemperatureCelsius,
      LocalDate createdFrom,
      LocalDate createdTo,
      String operatorName,
      String seriesCode) {
    this(
        text,
        routeCode,
        status,
        minTemperatureCelsius,
        maxTemperatureCelsius,
        createdFrom,
        createdTo,
        operatorName,
        seriesCode,
        false);
  }

  public static BatchFilter none() {
    return new BatchFilter(null, null, null, null, null, null, null, null, null);
  }

  /** The same filter, with withdrawn batches shown too or not. */
  public BatchFilter withWithdrawn(boolean show) {
    return new BatchFilter(
        text,
        routeCode,
        status,
        minTemperatureCelsius,
        maxTemperatureCelsius,
        createdFrom,
        createdTo,
        operatorName,
        seriesCode,
        show);
  }
}

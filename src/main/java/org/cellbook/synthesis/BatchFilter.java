package org.cellbook.synthesis;

import java.time.LocalDate;

/** What the batch list shows; every criterion is optional. Temperatures in °C. */
public record BatchFilter(
    String text,
    String routeCode,
    BatchStatus status,
    Double minTemperatureCelsius,
    Double maxTemperatureCelsius,
    LocalDate createdFrom,
    LocalDate createdTo,
    String operatorName,
    String seriesCode) {

  public static BatchFilter none() {
    return new BatchFilter(null, null, null, null, null, null, null, null, null);
  }
}

package org.cellbook.synthesis;

import java.time.LocalDate;

/**
 * The editable header of a batch, with the version the user started from: a save over someone
 * else's newer change is refused instead of overwriting it.
 */
public record BatchDetails(
    String code,
    long version,
    String name,
    BatchStatus status,
    String operatorName,
    LocalDate plannedOn,
    LocalDate startedOn,
    LocalDate finishedOn,
    String notes) {

  public static BatchDetails of(SynthesisBatch b) {
    return new BatchDetails(
        b.getCode(),
        b.getVersion(),
        b.getName(),
        b.getStatus(),
        b.getOperatorName(),
        b.getPlannedOn(),
        b.getStartedOn(),
        b.getFinishedOn(),
        b.getNotes());
  }
}

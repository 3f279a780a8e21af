package org.cellbook.synthesis;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The editable header of a batch, with the version the user started from: a save over someone
 * else's newer change is refused instead of overwriting it.
 */
public record BatchDetails(
    String code,
    long version,
    String name,
    BatchStatus status,
    @Nullable String operatorName,
    @Nullable LocalDate plannedOn,
    @Nullable LocalDate startedOn,
    @Nullable LocalDate finishedOn,
    @Nullable String notes) {

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

package org.cellbook.audit;

import java.time.Instant;
import java.util.List;

/**
 * One revision of a record: when, who, what kind of change, which fields changed how, and the
 * reason given for it (null when none was asked for).
 */
public record HistoryEntry(
    int revision,
    Instant at,
    String username,
    String action,
    List<String> changes,
    String reason) {}

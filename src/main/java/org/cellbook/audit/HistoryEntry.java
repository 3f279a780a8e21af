package org.cellbook.audit;

import java.time.Instant;
import java.util.List;

/** One revision of a record: when, who, what kind of change, and which fields changed how. */
public record HistoryEntry(
    int revision, Instant at, String username, String action, List<String> changes) {}

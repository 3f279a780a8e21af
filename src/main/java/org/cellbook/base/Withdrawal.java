package org.cellbook.base;

import java.time.Instant;

/** Who withdrew a record, when (UTC) and why. */
public record Withdrawal(Instant at, String by, String reason) {}

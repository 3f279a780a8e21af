package org.cellbook.lineage;

/** One line of a record listing: what the command-line {@code list} prints. */
public record RecordSummary(String code, String name, String type, String status) {}

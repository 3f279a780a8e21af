package org.cellbook.base;

/** The kinds of record that have a code, a page and a place in the lineage graph. */
public enum RecordType {
  MATERIAL("material", "materials"),
  LOT("lot", "lots"),
  BATCH("batch", "batches"),
  SHEET("sheet", "electrodes"),
  DISC("disc", "trace"),
  CELL("cell", "cells"),
  MEASUREMENT("measurement", "measurements"),
  /** A series of batches; it has no place of its own in the lineage graph. */
  SERIES("series", "series");

  private final String jsonName;
  private final String routePrefix;

  RecordType(String jsonName, String routePrefix) {
    this.jsonName = jsonName;
    this.routePrefix = routePrefix;
  }

  /** Name used in command-line JSON output: material, lot, batch, sheet, disc, cell, series. */
  public String jsonName() {
    return jsonName;
  }

  /** Route of the record's page, e.g. "batches/B-2026-0003"; materials and series share one. */
  public String route(String code) {
    return this == MATERIAL || this == SERIES ? routePrefix : routePrefix + "/" + code;
  }
}

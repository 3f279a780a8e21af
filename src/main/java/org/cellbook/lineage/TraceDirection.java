package org.cellbook.lineage;

/** Which way to walk the lineage graph from a record. */
public enum TraceDirection {
  /** Towards where it came from: cell → disc → sheet → lot → batch → input lots → … */
  BACK,
  /** Towards what was made from it: batch → lots → sheets → discs → cells. */
  FORWARD;

  public String jsonName() {
    return name().toLowerCase();
  }
}

package org.cellbook.measurements;

/** Where a measurement's analysis stands. */
public enum MeasurementStatus {
  /** Waiting for a worker. */
  QUEUED,
  RUNNING,
  DONE,
  /** The analysis stopped; the message says what to fix; the raw files are kept. */
  FAILED,
  CANCELLED,
  /** Kept without analysis (images, NMR, EIS and other files) or entered by hand. */
  STORED;

  public boolean finished() {
    return this != QUEUED && this != RUNNING;
  }
}

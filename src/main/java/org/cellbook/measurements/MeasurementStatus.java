package org.cellbook.measurements;

import org.cellbook.base.Labelled;

/** Where a measurement's analysis stands. */
public enum MeasurementStatus implements Labelled {
  /** Waiting for a worker. */
  QUEUED,
  RUNNING,
  DONE,
  /** The analysis stopped; the message says what to fix; the raw files are kept. */
  FAILED,
  CANCELLED,
  /** Kept without analysis (images, NMR, EIS and other files) or entered by hand. */
  STORED;

  @Override
  public String label() {
    return this == RUNNING ? "Analysing" : Labelled.super.label();
  }

  public boolean finished() {
    return this != QUEUED && this != RUNNING;
  }
}

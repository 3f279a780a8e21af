package org.cellbook.measurements;

import org.cellbook.base.Labelled;

/** Where a measurement's analysis stands. */
public enum MeasurementStatus implements Labelled {
  /** Waiting for a worker. */
  QUEUED("Queued"),
  RUNNING("Analysing"),
  DONE("Done"),
  /** The analysis stopped; the message says what to fix; the raw files are kept. */
  FAILED("Failed"),
  CANCELLED("Cancelled"),
  /** Kept without analysis (images, NMR, EIS and other files) or entered by hand. */
  STORED("Stored");

  private final String label;

  MeasurementStatus(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  public boolean finished() {
    return this != QUEUED && this != RUNNING;
  }
}

package org.cellbook.synthesis;

import org.cellbook.base.Labelled;

/** Where a batch is; shown by its label ("In progress", not IN_PROGRESS). */
public enum BatchStatus implements Labelled {
  PLANNED("Planned"),
  IN_PROGRESS("In progress"),
  DONE("Done"),
  FAILED("Failed");

  private final String label;

  BatchStatus(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}

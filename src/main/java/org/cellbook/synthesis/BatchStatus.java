package org.cellbook.synthesis;

import org.cellbook.base.Labelled;

/** Where a batch is; shown by its label ("In progress", not IN_PROGRESS). */
public enum BatchStatus implements Labelled {
  PLANNED,
  IN_PROGRESS,
  DONE,
  FAILED
}

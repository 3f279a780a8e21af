package org.cellbook.synthesis;

public enum BatchStatus {
  PLANNED,
  IN_PROGRESS,
  DONE,
  FAILED
}

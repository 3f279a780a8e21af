package org.cellbook.reports;

/**
 * A report written in the background that could not be finished: the message says why in words for
 * the person who asked for it (a template mistake with its file and line, a missing record, the
 * time limit, or a reference into the server log), never a path or a stack trace.
 */
public class ReportFailedException extends RuntimeException {

  ReportFailedException(String message) {
    super(message);
  }
}

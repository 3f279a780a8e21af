package org.cellbook.reports;

/**
 * A report template that cannot be read or filled in, with the template's file and line, so the lab
 * member who edited it can find the mistake.
 */
public class ReportTemplateException extends RuntimeException {

  ReportTemplateException(String message, Throwable cause) {
    super(message, cause);
  }
}

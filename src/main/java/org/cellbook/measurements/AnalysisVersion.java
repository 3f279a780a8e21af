package org.cellbook.measurements;

import org.cellbook.Application;

/** The version stamped on every analysis run: the build's version, so results can be traced. */
final class AnalysisVersion {

  static final String CURRENT = current();

  private AnalysisVersion() {}

  private static String current() {
    return "cellbook " + Application.version();
  }
}

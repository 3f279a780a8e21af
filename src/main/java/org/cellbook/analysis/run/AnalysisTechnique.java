package org.cellbook.analysis.run;

/** What the files handed to {@link Analyzer} hold; auto decides from the records. */
public enum AnalysisTechnique {
  auto,
  cycling,
  cv,
  gitt,
  sorption,
  xrd,
  raman
}

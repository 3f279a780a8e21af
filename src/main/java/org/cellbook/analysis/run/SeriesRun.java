package org.cellbook.analysis.run;

/** A result of cycler records (cycling, a CV scan-rate study, GITT), with what the file said. */
public sealed interface SeriesRun extends AnalysisResult permits CyclingRun, CvRun, GittRun {

  /** The recorded series as the document's header describes it. */
  SeriesFacts series();
}

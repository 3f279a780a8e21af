package org.cellbook.analysis.run;

import java.util.List;
import java.util.Map;

/**
 * What one analysis of instrument files produced, typed per technique: the file, the technique's
 * own results with their fits, the scalar KPIs, the KPIs outside their physical range and the
 * warnings. The JSON document of {@code analyze --json} and the text table are written from it
 * ({@link #json}, {@link #table}); the app stores that document, with the plot data its plots draw
 * ({@link #plotData}), and reads it back instead of analysing again.
 */
public sealed interface AnalysisResult permits SeriesRun, SorptionRun, XrdRun, RamanRun {

  /** The document's technique: cycling, cv, gitt, sorption, xrd or raman. */
  String technique();

  /** The file analysed; the first one for a scan-rate series of several files. */
  AnalysedFile file();

  /**
   * The scalar KPIs under the names the document and the app use, in document order; a KPI that
   * could not be computed is absent (and null in the document).
   */
  Map<String, Number> kpis();

  /** KPI name → why its value is outside its physical range; empty when all is well. */
  Map<String, String> implausible();

  /**
   * What the file and the analysis had to assume or could not do; the implausible KPIs' reasons
   * follow these in the document.
   */
  List<String> warnings();

  /** The same result with other warnings (the app adds what it knows of the cell). */
  AnalysisResult withWarnings(List<String> warnings);

  /**
   * The fitted curves and record ranges the plots of this result draw, stored with the document as
   * its {@code plot} object; null when the technique's plots need nothing beyond the document.
   */
  Record plotData();

  /**
   * The JSON document: with {@code plotData} false exactly what {@code analyze --json} prints, with
   * it the document the app stores (the same, plus {@code plot}).
   */
  String json(boolean plotData);

  /** The readable table {@code analyze} prints without {@code --json}. */
  String table();
}

package org.cellbook.analysis.importers;

/**
 * What every importer, of cycler files or of isotherms, says about a file before reading it: the
 * name of its format and how sure it is that the file is one. {@link ImporterRegistry} ranks
 * importers by it.
 */
public interface InstrumentFormat {

  /** Short human name of the format, e.g. "LAND", "AIF (Adsorption Information File)". */
  String formatName();

  /**
   * How sure this importer is that it can read the file, judged from its content (first bytes,
   * first lines, sheet names, headers, keys) and only secondarily from its name.
   *
   * @return 0 (not this format) to 1 (certain)
   */
  double detect(FileSample sample);
}

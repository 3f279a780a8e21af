package org.cellbook.analysis.importers;

import java.nio.file.Path;
import java.util.List;
import org.cellbook.analysis.series.CellSeries;

/** The cycler and potentiostat formats this package reads, in one {@link ImporterRegistry}. */
public final class CyclerImporters {

  private static final ImporterRegistry<CyclerImporter> STANDARD =
      new ImporterRegistry<>(
          List.of(
              new LandImporter(),
              new BiologicMptImporter(),
              new BiologicMprImporter(),
              new NewareExportImporter(),
              new ArbinExportImporter(),
              new ArbinResImporter(),
              new NewareNdaImporter(),
              new NewareNdaxImporter(),
              new MaccorTextImporter(),
              new PecCsvImporter(),
              new PotentiostatAsciiImporter(),
              new GenericDelimitedImporter()));

  private CyclerImporters() {}

  /** Every importer of this package: text, spreadsheet and binary formats. */
  public static ImporterRegistry<CyclerImporter> standard() {
    return STANDARD;
  }

  /** Detects the format and imports the file. */
  public static CellSeries importFile(Path file, ImportOptions options) throws ImportException {
    return STANDARD.choose(file, "format").parse(file, options);
  }
}

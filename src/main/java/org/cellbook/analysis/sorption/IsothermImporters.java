package org.cellbook.analysis.sorption;

import java.nio.file.Path;
import java.util.List;
import org.cellbook.analysis.importers.ImportException;
import org.cellbook.analysis.importers.ImporterRegistry;

/** The sorption-analyser formats this package reads, in one {@link ImporterRegistry}. */
public final class IsothermImporters {

  private static final ImporterRegistry<IsothermImporter> STANDARD =
      new ImporterRegistry<>(
          List.of(
              new AifImporter(),
              new QuantachromeRawDataImporter(),
              new QuantachromeIsothermReportImporter(),
              new MicromeriticsReportImporter(),
              new MicromeriticsTextReportImporter(),
              new MicromeriticsIsothermCsvImporter(),
              new BelsorpDatImporter(),
              new ThreePXlsxImporter(),
              new PygapsJsonImporter(),
              new IsothermSpreadsheetImporter(),
              new IsothermTextImporter()));

  private IsothermImporters() {}

  /** The instrument formats of this package and plain p/p₀–amount text. */
  public static ImporterRegistry<IsothermImporter> standard() {
    return STANDARD;
  }

  /** Detects the format and reads the file. */
  public static SorptionMeasurement read(Path file) throws ImportException {
    return STANDARD.choose(file, "sorption isotherm format").read(file);
  }
}

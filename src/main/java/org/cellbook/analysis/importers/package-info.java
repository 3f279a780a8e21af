/**
 * Cycler and potentiostat file importers producing {@link org.cellbook.analysis.series.CellSeries}.
 *
 * <p>Public API: {@link org.cellbook.analysis.importers.CyclerImporter}, {@link
 * org.cellbook.analysis.importers.CyclerImporters} (one {@link
 * org.cellbook.analysis.importers.ImporterRegistry} ranks the importers of cycler files, of
 * isotherms or of both by their confidence), {@link
 * org.cellbook.analysis.importers.ImportException}, the importer classes, {@link
 * org.cellbook.analysis.importers.ImportOptions} and {@link
 * org.cellbook.analysis.importers.ColumnMapping}. Readers, header parsing and counter handling are
 * package-private. Design notes: {@code docs/decisions/0007} and {@code 0009}.
 */
@NullMarked
package org.cellbook.analysis.importers;

import org.jspecify.annotations.NullMarked;

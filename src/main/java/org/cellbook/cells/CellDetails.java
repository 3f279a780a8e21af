package org.cellbook.cells;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The editable assembly record of a cell, with the version the user started from. Electrolyte
 * volume in µL, glovebox atmosphere in ppm; the discs and lots it was built from are not part of
 * it.
 */
public record CellDetails(
    String code,
    long version,
    String name,
    CellFormat format,
    @Nullable Double electrolyteVolumeMicrolitres,
    @Nullable Double waterPpm,
    @Nullable Double oxygenPpm,
    LocalDate assembledOn,
    String assembledBy,
    String cycler,
    String channel,
    String notes) {

  public static CellDetails of(Cell c) {
    return new CellDetails(
        c.getCode(),
        c.getVersion(),
        c.getName(),
        c.getFormat(),
        c.getElectrolyteVolumeMicrolitres(),
        c.getWaterPpm(),
        c.getOxygenPpm(),
        c.getAssembledOn(),
        c.getAssembledBy(),
        c.getCycler(),
        c.getChannel(),
        c.getNotes());
  }
}

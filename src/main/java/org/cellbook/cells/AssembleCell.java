package org.cellbook.cells;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A cell as it leaves the glovebox. Half cells name a metal counter-electrode lot; full cells a
 * positive-electrode disc (the working disc is then the negative electrode). Volume in µL, glovebox
 * atmosphere in ppm, test temperature in °C.
 */
public record AssembleCell(
    String name,
    CellFormat format,
    CellConfiguration configuration,
    String workingDiscCode,
    String counterLotCode,
    String counterDiscCode,
    String separatorLotCode,
    String electrolyteLotCode,
    @Nullable Double electrolyteVolumeMicrolitres,
    @Nullable Double waterPpm,
    @Nullable Double oxygenPpm,
    @Nullable Double testTemperatureCelsius,
    LocalDate assembledOn,
    String assembledBy,
    String cycler,
    String channel,
    String notes) {}

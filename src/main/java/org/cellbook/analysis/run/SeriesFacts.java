package org.cellbook.analysis.run;

import java.util.List;
import org.cellbook.analysis.series.CellSeries;
import org.jspecify.annotations.Nullable;

/**
 * What a cycler file's header and records say before any analysis.
 *
 * @param voltageMinVolts lowest voltage recorded, null for an empty series
 * @param voltageMaxVolts highest voltage recorded, null for an empty series
 * @param activeMassMilligrams the active mass the file states, null when it states none
 * @param warnings what the importer had to assume or repair
 */
public record SeriesFacts(
    @Nullable Double voltageMinVolts,
    @Nullable Double voltageMaxVolts,
    @Nullable Double activeMassMilligrams,
    List<String> warnings) {

  public SeriesFacts {
    warnings = List.copyOf(warnings);
  }

  static @Nullable SeriesFacts of(CellSeries s) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double v : s.voltageVolts()) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    return new SeriesFacts(
        s.size() == 0 ? null : min,
        s.size() == 0 ? null : max,
        s.metadata().activeMassMilligrams(),
        s.metadata().warnings());
  }
}

package org.cellbook.analysis.series;

import java.util.Objects;

/**
 * A cycler or potentiostat record series in one normalised form: time (s), voltage (V), current
 * (mA, positive = oxidation of the working electrode), charge passed in the current step (mAh,
 * unsigned, reset at each step), step index and type, the instrument's cycle index when it has one,
 * and temperature when given. Columns are parallel primitive arrays so that files of 10⁷ records
 * stay compact; optional columns are {@code null} when the file does not carry them.
 *
 * <p>Arrays are owned by the series after construction: importers hand them over and nobody mutates
 * them afterwards.
 */
public record CellSeries(
    SeriesMetadata metadata,
    double[] timeSeconds,
    double[] voltageVolts,
    double[] currentMilliAmps,
    double[] stepChargeMilliAmpHours,
    int[] stepIndex,
    InstrumentStepType[] stepType,
    int[] instrumentCycleIndex,
    double[] temperatureCelsius) {

  public CellSeries {
    Objects.requireNonNull(metadata, "metadata");
    int n = timeSeconds.length;
    requireLength("voltageVolts", voltageVolts, n);
    requireLength("currentMilliAmps", currentMilliAmps, n);
    if (stepChargeMilliAmpHours != null) {
      requireLength("stepChargeMilliAmpHours", stepChargeMilliAmpHours.length, n);
    }
    requireLength("stepIndex", stepIndex.length, n);
    requireLength("stepType", stepType.length, n);
    if (instrumentCycleIndex != null) {
      requireLength("instrumentCycleIndex", instrumentCycleIndex.length, n);
    }
    if (temperatureCelsius != null) {
      requireLength("temperatureCelsius", temperatureCelsius.length, n);
    }
  }

  private static void requireLength(String name, double[] column, int n) {
    requireLength(name, Objects.requireNonNull(column, name).length, n);
  }

  private static void requireLength(String name, int length, int n) {
    if (length != n) {
      throw new IllegalArgumentException(name + " has " + length + " records, time has " + n);
    }
  }

  public int size() {
    return timeSeconds.length;
  }

  public boolean hasStepCharge() {
    return stepChargeMilliAmpHours != null;
  }

  public boolean hasInstrumentCycleIndex() {
    return instrumentCycleIndex != null;
  }
}

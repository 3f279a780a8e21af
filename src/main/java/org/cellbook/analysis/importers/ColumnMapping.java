package org.cellbook.analysis.importers;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A user-given mapping from column names of a delimited text file to quantities and units, for
 * {@link GenericDelimitedImporter}. Units: time s/min/h, voltage V/mV, current A/mA/uA, charge
 * Ah/mAh/uAh; empty unit = take it from the header or assume the series unit.
 *
 * @param columns quantity → column; TIME, VOLTAGE and CURRENT are required
 * @param counter how the CHARGE column counts (ignored without one)
 * @param currentSignFromStepType true when the current is unsigned and its direction must come from
 *     the STEP_TYPE column
 */
public record ColumnMapping(
    Map<Quantity, Column> columns, Counter counter, boolean currentSignFromStepType) {

  /** What a column holds. */
  public enum Quantity {
    TIME,
    VOLTAGE,
    CURRENT,
    /** Charge (capacity) counter. */
    CHARGE,
    CYCLE,
    STEP,
    STEP_TYPE,
    TEMPERATURE
  }

  /** Behaviour of the charge counter. */
  public enum Counter {
    RESETS_EACH_STEP,
    CUMULATIVE,
    SIGNED_RUNNING_TOTAL
  }

  /** A column by its header text, with the unit of its values ("" = from the header). */
  public record Column(String name, @Nullable String unit) {
    public Column {
      Objects.requireNonNull(name, "name");
      unit = unit == null ? "" : unit;
    }
  }

  public ColumnMapping {
    columns = Map.copyOf(new EnumMap<>(columns));
    for (Quantity q : new Quantity[] {Quantity.TIME, Quantity.VOLTAGE, Quantity.CURRENT}) {
      if (!columns.containsKey(q)) {
        throw new IllegalArgumentException("a column mapping needs " + q);
      }
    }
    Objects.requireNonNull(counter, "counter");
  }
}

package org.cellbook.analysis.sorption;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The "Label: value" fields Micromeritics prints above its tables, in the .xls report and in the
 * report saved as text alike: sample, adsorptive, bath temperature, sample mass and, in
 * MicroActive, the saturation pressure. Every page repeats them; the first of each counts.
 */
final class MicromeriticsHeader {

  private final SorptionMeasurementBuilder points;
  private final Set<String> taken = new HashSet<>();

  MicromeriticsHeader(SorptionMeasurementBuilder points) {
    this.points = points;
  }

  /** A label with its colon ("Sample mass:") and its value; other labels are ignored. */
  void offer(String label, String value) {
    String l = label.strip().toLowerCase(Locale.ROOT);
    if (!l.endsWith(":")) {
      return;
    }
    l = l.substring(0, l.length() - 1);
    String key = l.startsWith("analysis bath temp") ? "analysis bath temp" : l;
    if (taken.contains(key)) {
      return;
    }
    double number = Quantities.leadingNumber(value);
    String unit = Quantities.unitAfterNumber(value);
    switch (key) {
      case "sample" -> points.sampleName(value);
      case "analysis adsorptive" -> points.adsorbate(value);
      case "analysis bath temp" -> points.temperatureKelvin(Quantities.kelvin(number, unit));
      case "sample mass" -> points.sampleMassGrams(Quantities.grams(number, unit));
      case "sat. pressure" ->
          points.saturationPressurePascals(number * Quantities.pascalsPer(unit).orElse(Double.NaN));
      default -> {
        return;
      }
    }
    taken.add(key);
  }
}

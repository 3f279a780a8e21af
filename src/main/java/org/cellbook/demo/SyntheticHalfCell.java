package org.cellbook.demo;

import java.util.List;

/**
 * A galvanostatic Na | hard-carbon half-cell file for the demo notebook, in the CSV layout and with
 * the voltage shapes of the synthetic half-cell reference file the tests analyse ({@link
 * SyntheticCsv}): a low-voltage plateau below 0.1 V and a sloping region up to 3.0 V, an
 * irreversible first sodiation set by the ICE, both regions shrinking with rate. Labelled as
 * synthetic in its header.
 *
 * @param activeMassMilligrams mass the capacities are per
 * @param plateauMilliAmpHoursPerGram reversible capacity below ~0.1 V at 30 mA g⁻¹
 * @param slopeMilliAmpHoursPerGram reversible sloping capacity at 30 mA g⁻¹
 * @param initialCoulombicEfficiency first desodiation / first sodiation
 */
record SyntheticHalfCell(
    double activeMassMilligrams,
    double plateauMilliAmpHoursPerGram,
    double slopeMilliAmpHoursPerGram,
    double initialCoulombicEfficiency) {

  /** Rate test: 30 mA g⁻¹ ×5, 100 ×3, 300 ×3, 1000 ×3, back to 30 ×2. */
  static final List<Integer> SCHEDULE_MA_PER_G =
      List.of(30, 30, 30, 30, 30, 100, 100, 100, 300, 300, 300, 1000, 1000, 1000, 30, 30);

  byte[] csv() {
    SyntheticCsv w = new SyntheticCsv(activeMassMilligrams);
    double grams = activeMassMilligrams / 1000;
    double irreversible =
        (plateauMilliAmpHoursPerGram + slopeMilliAmpHoursPerGram)
            * (1 / initialCoulombicEfficiency - 1);
    double voltage = 2.85;
    for (int c = 1; c <= SCHEDULE_MA_PER_G.size(); c++) {
      int rate = SCHEDULE_MA_PER_G.get(c - 1);
      double fade = 1 - 0.002 * (c - 1);
      double shrink = Math.log10(rate / 30.0);
      double plateau = plateauMilliAmpHoursPerGram * fade * Math.max(0.05, 1 - 0.45 * shrink);
      double slope = slopeMilliAmpHoursPerGram * fade * (1 - 0.12 * shrink);
      double eta = 0.004 + 0.00009 * rate;
      double irr = c == 1 ? irreversible : 0;
      w.rest(c, voltage, 600);
      double start = voltage;
      double sodiation = plateau + slope + irr;
      voltage =
          w.step(
              c,
              "CC_DChg",
              -rate * grams,
              sodiation * grams,
              q -> sodiationVoltage(q * sodiation, sodiation, slope + irr, irr, start) - eta);
      w.rest(c, voltage + 0.05, 600);
      double desodiation = plateau + slope;
      voltage =
          w.step(
              c,
              "CC_Chg",
              rate * grams,
              desodiation * grams,
              q -> desodiationVoltage(q * desodiation, desodiation, slope) + eta);
      voltage = Math.min(voltage, 2.9);
    }
    return w.bytes();
  }

  private static double desodiationVoltage(double q, double cap, double slope) {
    double plateau = cap - slope;
    if (q <= plateau) {
      double x = plateau > 0 ? q / plateau : 1;
      return 0.015 + 0.07 * x + 0.01 * Math.pow(x, 8);
    }
    double x = (q - plateau) / slope;
    return 0.095 + 2.905 * Math.pow(x, 2.2);
  }

  private static double sodiationVoltage(
      double q, double cap, double sloping, double irr, double startVolts) {
    if (q <= sloping) {
      double x = q / sloping;
      double v = 0.1 + (startVolts - 0.1) * Math.pow(1 - x, 2.6);
      if (irr > 0) {
        v += 0.12 * Math.exp(-Math.pow((x - 0.25) / 0.12, 2)); // SEI shoulder
      }
      return v;
    }
    double x = (q - sloping) / (cap - sloping);
    return 0.1 - 0.085 * Math.pow(x, 0.7);
  }
}

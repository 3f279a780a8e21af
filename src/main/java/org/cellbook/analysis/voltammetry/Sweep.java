package org.cellbook.analysis.voltammetry;

import java.util.Arrays;

/**
 * One potential sweep of a cyclic voltammogram, between two vertices: potential (V) and current
 * (mA, positive = anodic) of its records, in recording order.
 *
 * @param cycle 1-based cycle number; a cycle is the sweep pair that starts at the file's first
 *     vertex direction
 */
public record Sweep(
    SweepDirection direction, int cycle, double[] potentialVolts, double[] currentMilliAmps) {

  /** The extreme current of a sweep: its position (V) and current (mA, signed). */
  public record Peak(double potentialVolts, double currentMilliAmps) {}

  /**
   * The sweep's peak: the largest anodic current of an anodic sweep, the most negative current of a
   * cathodic one, measured from zero current (no baseline subtracted; the capacitive background of
   * hard carbons is small next to their redox peaks, and a fitted baseline would be a guess).
   */
  public Peak peak() {
    int best = 0;
    for (int k = 1; k < currentMilliAmps.length; k++) {
      boolean better =
          direction == SweepDirection.ANODIC
              ? currentMilliAmps[k] > currentMilliAmps[best]
              : currentMilliAmps[k] < currentMilliAmps[best];
      if (better) {
        best = k;
      }
    }
    return new Peak(potentialVolts[best], currentMilliAmps[best]);
  }

  public double minPotential() {
    return Arrays.stream(potentialVolts).min().orElseThrow();
  }

  public double maxPotential() {
    return Arrays.stream(potentialVolts).max().orElseThrow();
  }

  /**
   * Current at a potential by linear interpolation between the two records around it.
   *
   * @throws IllegalArgumentException when the sweep does not reach that potential
   */
  public double currentAt(double volts) {
    for (int k = 1; k < potentialVolts.length; k++) {
      double a = potentialVolts[k - 1];
      double b = potentialVolts[k];
      if ((volts - a) * (volts - b) <= 0 && a != b) {
        double t = (volts - a) / (b - a);
        return currentMilliAmps[k - 1] + t * (currentMilliAmps[k] - currentMilliAmps[k - 1]);
      }
      if (a == b && a == volts) {
        return currentMilliAmps[k];
      }
    }
    throw new IllegalArgumentException(
        "the %s sweep of cycle %d spans %.4f–%.4f V, not %.4f V"
            .formatted(
                direction.name().toLowerCase(), cycle, minPotential(), maxPotential(), volts));
  }
}

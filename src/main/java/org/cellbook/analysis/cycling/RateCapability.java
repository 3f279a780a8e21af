package org.cellbook.analysis.cycling;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups consecutive cycles by current density: a cycle joins the current group when |j / j_first −
 * 1| ≤ tolerance, j_first being the group's first cycle. Retention of a group = its mean reversible
 * capacity / that of the first group with the lowest current density. A later group back at the
 * first group's density is the return to the initial rate; recovery = its mean / the first group's
 * mean.
 */
public final class RateCapability {

  private RateCapability() {}

  static boolean sameRate(double a, double b, double tolerance) {
    return Math.abs(b / a - 1) <= tolerance;
  }

  /** Builds the table from the complete cycles (both half cycles present). */
  public static RateTable table(
      List<Cycle> cycles, String currentUnit, String capacityUnit, double tolerance) {
    List<List<Cycle>> groups = new ArrayList<>();
    for (Cycle c : cycles) {
      if (!c.complete() || c.currentDensity() == null) {
        continue;
      }
      List<Cycle> g = groups.isEmpty() ? null : groups.getLast();
      if (g == null || !sameRate(g.getFirst().currentDensity(), c.currentDensity(), tolerance)) {
        g = new ArrayList<>();
        groups.add(g);
      }
      g.add(c);
    }
    List<double[]> stats = new ArrayList<>(); // mean density, mean capacity
    for (List<Cycle> g : groups) {
      double j = 0;
      double q = 0;
      for (Cycle c : g) {
        j += c.currentDensity();
        q += capacity(c, capacityUnit);
      }
      stats.add(new double[] {j / g.size(), q / g.size()});
    }
    int lowest = -1;
    for (int k = 0; k < stats.size(); k++) {
      if (lowest < 0 || stats.get(k)[0] < stats.get(lowest)[0] * (1 - tolerance)) {
        lowest = k;
      }
    }
    List<RateGroup> out = new ArrayList<>();
    for (int k = 0; k < groups.size(); k++) {
      List<Cycle> g = groups.get(k);
      double ceSum = 0;
      int ceN = 0;
      for (Cycle c : g) {
        if (c.coulombicEfficiency() != null) {
          ceSum += c.coulombicEfficiency();
          ceN++;
        }
      }
      out.add(
          new RateGroup(
              g.getFirst().number(),
              g.getLast().number(),
              g.size(),
              stats.get(k)[0],
              stats.get(k)[1],
              capacity(g.getFirst(), capacityUnit),
              capacity(g.getLast(), capacityUnit),
              ceN > 0 ? ceSum / ceN : null,
              stats.get(k)[1] / stats.get(lowest)[1]));
    }
    int ret = -1;
    for (int k = out.size() - 1; k > 0; k--) {
      if (sameRate(stats.getFirst()[0], stats.get(k)[0], tolerance)) {
        ret = k;
        break;
      }
    }
    Double recovery = ret > 0 ? stats.get(ret)[1] / stats.getFirst()[1] : null;
    return new RateTable(currentUnit, capacityUnit, out, ret, recovery);
  }

  private static double capacity(Cycle c, String capacityUnit) {
    return switch (capacityUnit) {
      case "mAh g⁻¹" -> c.reversibleMilliAmpHoursPerGram();
      case "mAh cm⁻²" -> c.reversibleMilliAmpHoursPerSquareCentimetre();
      default -> c.reversibleMilliAmpHours();
    };
  }
}

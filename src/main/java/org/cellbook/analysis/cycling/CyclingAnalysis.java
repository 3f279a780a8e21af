package org.cellbook.analysis.cycling;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.cellbook.analysis.series.CellSeries;
import org.cellbook.analysis.series.InstrumentStepType;

/**
 * Galvanostatic cycling analysis of a {@link CellSeries}: half cycles and cycles, voltage-resolved
 * quantities and rate capability.
 *
 * <ol>
 *   <li>Steps are classified by their type (charge → oxidation, discharge → reduction, rest), or by
 *       the sign of their mean current when the type says nothing (sweep, pulse, other).
 *   <li>A half cycle is a maximal run of current-carrying steps of one direction within one
 *       instrument cycle; rests between them do not break it. Q_half = Σ step-end charge of its
 *       steps (∫|I| dt, trapezoid, when the series has no charge column). E_half = ∫ V dQ; mean
 *       voltage = E / Q.
 *   <li>The opening direction is the cell's ({@link CycleOpening}): reduction for an anode half
 *       cell, oxidation for a cathode half cell or a full cell, from the option, else the voltage
 *       window, else the first full half cycle. A partial first half cycle opens nothing.
 *   <li>A cycle opens with a half cycle of the opening direction and closes with the next half
 *       cycle of the other direction; the instrument's cycles and numbers are kept where its index
 *       counts cycles ({@link Grouping}), and {@link CyclingResult#sourceReason()} says which.
 *   <li>CE_n = Q_closing / Q_opening of a cycle holding exactly that pair; ICE = CE of the first
 *       complete cycle; reversible capacity = Q_closing; retention_n = Q_rev,n / Q_rev,ref. The
 *       plateau/slope split is taken only where reduction opens (an anode half cell).
 * </ol>
 *
 * <p>Reference: Coulombic efficiency and first-cycle loss in hard carbon, e.g. Dahbi et al., Phys.
 * Chem. Chem. Phys. 16 (2014) 15007; plateau/slope split at 0.1 V vs Na/Na⁺ as in Stevens &amp;
 * Dahn, J. Electrochem. Soc. 147 (2000) 1271.
 */
public final class CyclingAnalysis {

  private CyclingAnalysis() {}

  /** A step of the series with its direction (null = rest) and integrals. */
  record Step(
      int first,
      int last,
      CurrentDirection direction,
      double capacity,
      double energy,
      double currentTimeIntegral,
      double duration,
      int cycle) {}

  /**
   * |I| below which a step without a charge/discharge type counts as rest: 10⁻⁴ of the largest |I|
   * in the series (instrument offsets are typically ≤ 10⁻⁵ of range).
   */
  public static double restTolerance(double[] currentMilliAmps) {
    double max = 0;
    for (double c : currentMilliAmps) {
      max = Math.max(max, Math.abs(c));
    }
    return Math.max(max * 1e-4, 1e-12);
  }

  public static CyclingResult analyze(CellSeries s, CyclingOptions o) {
    List<String> diagnostics = new ArrayList<>();
    double tol = restTolerance(s.currentMilliAmps());
    List<Step> steps = steps(s, 0, s.size() - 1, tol);
    List<HalfCycle> halves = new ArrayList<>();
    List<int[]> halfSteps = new ArrayList<>(); // [first step, last step] per half
    buildHalfCycles(s, steps, halves, halfSteps);

    Double mass = o.activeMassMilligrams();
    if (mass == null && s.metadata().activeMassMilligrams() != null) {
      mass = s.metadata().activeMassMilligrams();
      diagnostics.add("active mass " + mass + " mg taken from the file");
    }
    Double area = o.areaSquareCentimetres();
    if (!s.hasStepCharge()) {
      diagnostics.add("no charge column: capacities integrate |I| dt (trapezoid)");
    }
    CycleOpening choice = CycleOpening.choose(s, halves, o.convention());
    CurrentDirection opening = choice.direction();
    diagnostics.add(choice.reason());
    List<HalfCycle> cycled = halves;
    if (choice.partialStart()) {
      HalfCycle p = halves.getFirst();
      cycled = halves.subList(1, halves.size());
      diagnostics.add(
          String.format(
              Locale.ROOT,
              "the first half cycle (%s, %.4g mAh) is a partial start, a top-up or a start from open"
                  + " circuit with less than half the charge of the next: it opens no cycle",
              p.direction().name().toLowerCase(Locale.ROOT),
              p.capacityMilliAmpHours()));
    }
    Grouping grouping = Grouping.of(s, cycled, opening, o.useInstrumentCycles());
    diagnostics.addAll(grouping.notes());
    boolean split = opening == CurrentDirection.REDUCTION;
    if (!split && !cycled.isEmpty()) {
      diagnostics.add(
          "no plateau/sloping split: it describes an anode half cell (hard carbon), whose cycles"
              + " open with reduction");
    }

    List<Cycle> cycles = new ArrayList<>();
    for (int k = 0; k < grouping.cycles().size(); k++) {
      List<HalfCycle> group = grouping.cycles().get(k);
      HalfCycle open = null;
      HalfCycle close = null;
      for (HalfCycle h : group) {
        if (open == null && close == null && h.direction() == opening) {
          open = h;
        } else if (close == null && h.direction() != opening) {
          close = h;
        }
      }
      double oxidation = 0;
      double reduction = 0;
      for (HalfCycle h : group) {
        if (h.direction() == CurrentDirection.OXIDATION) {
          oxidation += h.capacityMilliAmpHours();
        } else {
          reduction += h.capacityMilliAmpHours();
        }
      }
      boolean pair = open != null && close != null && group.size() == 2;
      Double ce =
          pair && open.capacityMilliAmpHours() > 0
              ? close.capacityMilliAmpHours() / open.capacityMilliAmpHours()
              : null;
      Double rev = close == null ? null : close.capacityMilliAmpHours();
      HalfCycle rateHalf = close != null ? close : open;
      Double density = null;
      if (rateHalf != null) {
        double i = rateHalf.meanCurrentMilliAmps();
        density = mass != null ? i / (mass / 1000) : area != null ? i / area : i;
      }
      HalfCycle splitHalf = o.splitHalf() == opening ? open : close;
      VoltageSplit voltageSplit = null;
      if (split && splitHalf != null) {
        int[] hs = halfSteps.get(splitHalf.number() - 1);
        voltageSplit = split(s, steps, hs[0], hs[1], splitHalf, o.plateauCutVolts());
      }
      cycles.add(
          new Cycle(
              grouping.numbers().get(k),
              open,
              close,
              oxidation,
              reduction,
              ce,
              rev,
              rev != null && mass != null ? rev / (mass / 1000) : null,
              rev != null && area != null ? rev / area : null,
              open != null && mass != null ? open.capacityMilliAmpHours() / (mass / 1000) : null,
              density,
              voltageSplit,
              null));
    }
    cycles = withRetention(cycles, o);
    Double ice = null;
    for (Cycle c : cycles) {
      if (c.complete()) {
        ice = c.coulombicEfficiency();
        if (c != cycles.getFirst()) {
          diagnostics.add("ICE taken from cycle " + c.number() + ", the first complete cycle");
        }
        break;
      }
    }
    String currentUnit = mass != null ? "mA g⁻¹" : area != null ? "mA cm⁻²" : "mA";
    String capacityUnit = mass != null ? "mAh g⁻¹" : area != null ? "mAh cm⁻²" : "mAh";
    RateTable rates = RateCapability.table(cycles, currentUnit, capacityUnit, o.rateTolerance());
    return new CyclingResult(
        halves,
        cycles,
        grouping.source(),
        grouping.reason(),
        opening,
        mass,
        ice,
        rates,
        instrumentTotals(s, steps),
        tol,
        diagnostics);
  }

  /** Steps between two record indices (inclusive), split where the step index changes. */
  static List<Step> steps(CellSeries s, int from, int to, double tol) {
    List<Step> out = new ArrayList<>();
    int[] idx = s.stepIndex();
    int a = from;
    for (int i = from + 1; i <= to + 1; i++) {
      if (i > to || idx[i] != idx[i - 1]) {
        out.add(step(s, a, i - 1, tol));
        a = i;
      }
    }
    return out;
  }

  private static Step step(CellSeries s, int a, int b, double tol) {
    double[] t = s.timeSeconds();
    double[] v = s.voltageVolts();
    double[] c = s.currentMilliAmps();
    double maxAbs = 0;
    double sumI = 0;
    for (int i = a; i <= b; i++) {
      maxAbs = Math.max(maxAbs, Math.abs(c[i]));
      sumI += c[i];
    }
    CurrentDirection d = null;
    if (maxAbs > tol) {
      InstrumentStepType type = s.stepType()[a];
      d =
          switch (type) {
            case CC_CHARGE, CCCV_CHARGE, CV_CHARGE -> CurrentDirection.OXIDATION;
            case CC_DISCHARGE, CCCV_DISCHARGE, CV_DISCHARGE -> CurrentDirection.REDUCTION;
            case REST, OCV -> null;
            default -> {
              double mean = sumI / (b - a + 1);
              yield mean > tol
                  ? CurrentDirection.OXIDATION
                  : mean < -tol ? CurrentDirection.REDUCTION : null;
            }
          };
    }
    double energy = 0;
    double itIntegral = 0;
    for (int i = a; i <= b; i++) {
      double dq = increment(s, a, i);
      double vPrev = i == a ? v[i] : v[i - 1];
      energy += dq * 0.5 * (vPrev + v[i]);
      if (i > a) {
        itIntegral += 0.5 * (Math.abs(c[i]) + Math.abs(c[i - 1])) * (t[i] - t[i - 1]);
      }
    }
    double capacity;
    if (s.hasStepCharge()) {
      capacity = Math.abs(s.stepChargeMilliAmpHours()[b]);
    } else {
      capacity = itIntegral / 3600;
    }
    int cycle = s.hasInstrumentCycleIndex() ? s.instrumentCycleIndex()[a] : Integer.MIN_VALUE;
    return new Step(
        a, b, d, capacity, energy, b > a ? itIntegral : Math.abs(c[a]), t[b] - t[a], cycle);
  }

  /**
   * Charge (mAh) passed between record i−1 and i of a step starting at a: from the step-charge
   * column when present (the first record of a step carries its own counter value), else the
   * trapezoid of |I| dt.
   */
  static double increment(CellSeries s, int a, int i) {
    if (s.hasStepCharge()) {
      double[] q = s.stepChargeMilliAmpHours();
      return i == a ? Math.abs(q[i]) : Math.abs(q[i]) - Math.abs(q[i - 1]);
    }
    if (i == a) {
      return 0;
    }
    double[] t = s.timeSeconds();
    double[] c = s.currentMilliAmps();
    return 0.5 * (Math.abs(c[i]) + Math.abs(c[i - 1])) * (t[i] - t[i - 1]) / 3600;
  }

  private static void buildHalfCycles(
      CellSeries s, List<Step> steps, List<HalfCycle> halves, List<int[]> halfSteps) {
    int k = 0;
    while (k < steps.size()) {
      if (steps.get(k).direction() == null) {
        k++;
        continue;
      }
      CurrentDirection d = steps.get(k).direction();
      int firstStep = k;
      int lastStep = k;
      int j = k + 1;
      while (j < steps.size()) {
        CurrentDirection dj = steps.get(j).direction();
        if (dj != null && steps.get(j).cycle() != steps.get(firstStep).cycle()) {
          break; // the instrument starts a new cycle: its counters restart, so does the half
        }
        if (dj == d) {
          lastStep = j;
        } else if (dj != null) {
          break;
        }
        j++;
      }
      double q = 0;
      double e = 0;
      double it = 0;
      double dur = 0;
      int count = 0;
      for (int m = firstStep; m <= lastStep; m++) {
        Step st = steps.get(m);
        if (st.direction() == d) {
          q += st.capacity();
          e += st.energy();
          it += st.duration() > 0 ? st.currentTimeIntegral() : 0;
          dur += st.duration();
          count++;
        }
      }
      double meanI =
          dur > 0 ? it / dur : Math.abs(s.currentMilliAmps()[steps.get(firstStep).first()]);
      halves.add(
          new HalfCycle(
              halves.size() + 1,
              d,
              steps.get(firstStep).first(),
              steps.get(lastStep).last(),
              count,
              q,
              e,
              q > 0 ? e / q : Double.NaN,
              meanI,
              dur,
              steps.get(firstStep).cycle()));
      halfSteps.add(new int[] {firstStep, lastStep});
      k = lastStep + 1;
    }
  }

  /**
   * Plateau/slope split and capacity below 1 V of one half cycle: Σ over record pairs of the part
   * of ΔQ delivered below the threshold, V and Q linear between records.
   */
  private static VoltageSplit split(
      CellSeries s, List<Step> steps, int firstStep, int lastStep, HalfCycle half, double cut) {
    double below = 0;
    double belowOne = 0;
    double total = 0;
    double[] v = s.voltageVolts();
    for (int m = firstStep; m <= lastStep; m++) {
      Step st = steps.get(m);
      if (st.direction() != half.direction()) {
        continue;
      }
      for (int i = st.first(); i <= st.last(); i++) {
        double dq = increment(s, st.first(), i);
        double v0 = i == st.first() ? v[i] : v[i - 1];
        double v1 = v[i];
        total += dq;
        below += dq * fractionBelow(v0, v1, cut);
        belowOne += dq * fractionBelow(v0, v1, 1.0);
      }
    }
    return new VoltageSplit(
        half.direction(),
        cut,
        below,
        total - below,
        total > 0 ? below / total : Double.NaN,
        belowOne,
        total > 0 ? belowOne / total : Double.NaN);
  }

  /** Share of a linear segment from v0 to v1 that lies below the threshold. */
  static double fractionBelow(double v0, double v1, double threshold) {
    double lo = Math.min(v0, v1);
    double hi = Math.max(v0, v1);
    if (hi < threshold || (hi == lo && lo < threshold)) {
      return 1;
    }
    if (lo >= threshold) {
      return 0;
    }
    return (threshold - lo) / (hi - lo);
  }

  private static List<Cycle> withRetention(List<Cycle> cycles, CyclingOptions o) {
    List<Cycle> out = new ArrayList<>(cycles.size());
    for (int k = 0; k < cycles.size(); k++) {
      Cycle c = cycles.get(k);
      Double retention = null;
      if (k >= o.formationCycles() && c.complete() && c.currentDensity() != null) {
        for (int r = o.formationCycles(); r <= k; r++) {
          Cycle ref = cycles.get(r);
          if (ref.complete()
              && ref.currentDensity() != null
              && ref.reversibleMilliAmpHours() > 0
              && RateCapability.sameRate(
                  ref.currentDensity(), c.currentDensity(), o.rateTolerance())) {
            retention = c.reversibleMilliAmpHours() / ref.reversibleMilliAmpHours();
            break;
          }
        }
      }
      out.add(
          new Cycle(
              c.number(),
              c.opening(),
              c.closing(),
              c.oxidationMilliAmpHours(),
              c.reductionMilliAmpHours(),
              c.coulombicEfficiency(),
              c.reversibleMilliAmpHours(),
              c.reversibleMilliAmpHoursPerGram(),
              c.reversibleMilliAmpHoursPerSquareCentimetre(),
              c.openingMilliAmpHoursPerGram(),
              c.currentDensity(),
              c.split(),
              retention));
    }
    return out;
  }

  private static List<InstrumentCycleTotal> instrumentTotals(CellSeries s, List<Step> steps) {
    if (!s.hasInstrumentCycleIndex()) {
      return List.of();
    }
    Map<Integer, double[]> totals = new TreeMap<>();
    for (Step st : steps) {
      double[] t = totals.computeIfAbsent(st.cycle(), k -> new double[2]);
      if (st.direction() == CurrentDirection.OXIDATION) {
        t[0] += st.capacity();
      } else if (st.direction() == CurrentDirection.REDUCTION) {
        t[1] += st.capacity();
      }
    }
    List<InstrumentCycleTotal> out = new ArrayList<>();
    totals.forEach((k, t) -> out.add(new InstrumentCycleTotal(k, t[0], t[1])));
    return out;
  }
}

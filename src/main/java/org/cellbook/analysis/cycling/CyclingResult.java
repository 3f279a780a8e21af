package org.cellbook.analysis.cycling;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Result of {@link CyclingAnalysis#analyze}.
 *
 * @param halfCycles all half cycles in file order
 * @param cycles cycles in file order
 * @param source where the cycle boundaries came from
 * @param sourceReason why (e.g. which instrument cycle disagreed)
 * @param openingDirection direction of the opening half cycle
 * @param activeMassMilligrams mass used for specific values, null if none
 * @param initialCoulombicEfficiency CE of the first complete cycle (ICE), null if none
 * @param rateTable rate capability table
 * @param instrumentCycleTotals per instrument cycle index, empty when the file has none
 * @param restToleranceMilliAmps |I| below which a step without a type counts as rest
 * @param diagnostics assumptions and notes
 */
public record CyclingResult(
    List<HalfCycle> halfCycles,
    List<Cycle> cycles,
    CycleSource source,
    String sourceReason,
    CurrentDirection openingDirection,
    @Nullable Double activeMassMilligrams,
    @Nullable Double initialCoulombicEfficiency,
    RateTable rateTable,
    List<InstrumentCycleTotal> instrumentCycleTotals,
    double restToleranceMilliAmps,
    List<String> diagnostics) {

  public CyclingResult {
    halfCycles = List.copyOf(halfCycles);
    cycles = List.copyOf(cycles);
    instrumentCycleTotals = List.copyOf(instrumentCycleTotals);
    diagnostics = List.copyOf(diagnostics);
  }

  /** The cycle with the given number, or null. */
  public @Nullable Cycle cycle(int number) {
    for (Cycle c : cycles) {
      if (c.number() == number) {
        return c;
      }
    }
    return null;
  }
}

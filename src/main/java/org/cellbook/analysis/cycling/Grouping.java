package org.cellbook.analysis.cycling;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cellbook.analysis.series.CellSeries;
import org.jspecify.annotations.Nullable;

/**
 * Half cycles grouped into numbered cycles.
 *
 * <p>Where the file carries the instrument's cycle index and it counts cycles (it never decreases,
 * no half cycle crosses it, and it holds about a pair per cycle), the instrument's cycles are kept
 * as the instrument counts them, with its numbers: a file that starts at cycle 86 shows 86, and a
 * cycle holding charge, discharge and charge stays one cycle (and a note says so). Where the
 * instrument's boundaries fall between the opening and the closing half, the pairs are rebuilt and
 * keep the instrument number of their opening half. Without an index cycles are rebuilt from the
 * half cycles and numbered from 1.
 *
 * @param cycles the half cycles of each cycle, in file order
 * @param numbers each cycle's number
 * @param source where the boundaries came from
 * @param reason why, for the result
 * @param notes cycles the instrument counts differently from a pair
 */
record Grouping(
    List<List<HalfCycle>> cycles,
    List<Integer> numbers,
    CycleSource source,
    String reason,
    List<String> notes) {

  /**
   * More half cycles than this per instrument cycle, on average, and the index counts no cycles.
   */
  private static final double MAX_HALVES_PER_CYCLE = 3;

  static Grouping of(
      CellSeries s, List<HalfCycle> halves, CurrentDirection opening, boolean useInstrument) {
    if (!s.hasInstrumentCycleIndex()) {
      return rebuilt(
          halves, opening, null, "the file has no cycle index; cycles built from half cycles");
    }
    if (!useInstrument) {
      return rebuilt(
          halves,
          opening,
          null,
          "instrument cycle index ignored by option; cycles built from half cycles");
    }
    String unusable = unusable(s, halves);
    if (unusable != null) {
      return rebuilt(
          halves,
          opening,
          null,
          "instrument cycle index not used: " + unusable + "; cycles rebuilt");
    }
    Map<Integer, List<HalfCycle>> byIndex = new LinkedHashMap<>();
    for (HalfCycle h : halves) {
      byIndex.computeIfAbsent(h.instrumentCycle(), k -> new ArrayList<>()).add(h);
    }
    int shifted = 0;
    boolean first = true;
    for (List<HalfCycle> group : byIndex.values()) {
      if (!first && group.getFirst().direction() != opening) {
        shifted++;
      }
      first = false;
    }
    if (shifted > (byIndex.size() - 1) / 2) {
      return rebuilt(
          halves,
          opening,
          s,
          "the instrument's cycles start with the closing half cycle; pairs rebuilt, numbered by"
              + " the instrument cycle of their opening half");
    }
    List<String> notes = new ArrayList<>();
    List<Integer> indices = List.copyOf(byIndex.keySet());
    for (int k = 0; k < indices.size(); k++) {
      List<HalfCycle> group = byIndex.get(indices.get(k));
      CurrentDirection head = group.getFirst().direction();
      boolean pair = group.size() == 2 && head == opening;
      boolean fileStart = k == 0 && group.size() == 1 && head != opening;
      boolean fileEnd = k == indices.size() - 1 && group.size() == 1 && head == opening;
      if (!pair && !fileStart && !fileEnd) {
        notes.add(
            String.format(
                Locale.ROOT,
                "instrument cycle %d holds %s (%s): kept as the instrument counts it, with no CE",
                indices.get(k),
                group.size() == 1 ? "one half cycle" : group.size() + " half cycles",
                String.join(
                    ", ",
                    group.stream()
                        .map(h -> h.direction().name().toLowerCase(Locale.ROOT))
                        .toList())));
      }
    }
    return new Grouping(
        List.copyOf(byIndex.values()),
        indices,
        CycleSource.INSTRUMENT,
        "the instrument's cycle index, with its numbers",
        notes);
  }

  /** Why the index is not a cycle counter for these half cycles, or null when it is. */
  private static @Nullable String unusable(CellSeries s, List<HalfCycle> halves) {
    int[] cyc = s.instrumentCycleIndex();
    int previous = Integer.MIN_VALUE;
    int distinct = 0;
    for (HalfCycle h : halves) {
      int c = cyc[h.firstRecord()];
      if (cyc[h.lastRecord()] != c) {
        return "half cycle "
            + h.number()
            + " spans instrument cycles "
            + c
            + "–"
            + cyc[h.lastRecord()];
      }
      if (c < previous) {
        return "the cycle index decreases at half cycle " + h.number();
      }
      if (c != previous) {
        distinct++;
      }
      previous = c;
    }
    if (halves.size() > MAX_HALVES_PER_CYCLE * distinct) {
      return String.format(
          Locale.ROOT,
          "it takes %d value%s over %d half cycles, so it does not count charge/discharge cycles",
          distinct,
          distinct == 1 ? "" : "s",
          halves.size());
    }
    return null;
  }

  /**
   * Opening half, then the next half if it closes: a pair; a closing half with no opening before it
   * stands alone. Numbered by the instrument cycle of the first half when {@code numbered} is given
   * and those numbers increase, else from 1.
   */
  private static Grouping rebuilt(
      List<HalfCycle> halves,
      CurrentDirection opening,
      @Nullable CellSeries numbered,
      String reason) {
    List<List<HalfCycle>> cycles = new ArrayList<>();
    for (int k = 0; k < halves.size(); k++) {
      HalfCycle h = halves.get(k);
      HalfCycle next = k + 1 < halves.size() ? halves.get(k + 1) : null;
      if (h.direction() == opening && next != null && next.direction() != opening) {
        cycles.add(List.of(h, next));
        k++;
      } else {
        cycles.add(List.of(h));
      }
    }
    List<Integer> numbers = new ArrayList<>();
    boolean increasing = numbered != null;
    for (List<HalfCycle> c : cycles) {
      int n = c.getFirst().instrumentCycle();
      increasing &= numbers.isEmpty() || n > numbers.getLast();
      numbers.add(n);
    }
    if (!increasing) {
      numbers.clear();
      for (int k = 1; k <= cycles.size(); k++) {
        numbers.add(k);
      }
    }
    return new Grouping(cycles, numbers, CycleSource.REBUILT, reason, List.of());
  }
}

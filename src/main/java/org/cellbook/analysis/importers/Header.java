package org.cellbook.analysis.importers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A header row split into quantity names and units: {@code Current/mA}, {@code Current(A)}, {@code
 * Voltage (mV)}, {@code Cap. [Ah]} all give a name and a unit.
 */
final class Header {

  record Cell(String raw, String name, String unit) {}

  private final List<Cell> cells;

  Header(String[] raw) {
    List<Cell> list = new ArrayList<>(raw.length);
    for (String r : raw) {
      list.add(parse(r));
    }
    cells = List.copyOf(list);
  }

  static Cell parse(String raw) {
    // full-width brackets as written by Chinese-locale software
    String s = raw.strip().replace('（', '(').replace('）', ')');
    if (s.endsWith(")") && s.lastIndexOf('(') > 0) {
      int open = s.lastIndexOf('(');
      return new Cell(
          s, s.substring(0, open).strip(), s.substring(open + 1, s.length() - 1).strip());
    }
    if (s.endsWith("]") && s.lastIndexOf('[') > 0) {
      int open = s.lastIndexOf('[');
      return new Cell(
          s, s.substring(0, open).strip(), s.substring(open + 1, s.length() - 1).strip());
    }
    int slash = s.indexOf('/');
    if (slash > 0) {
      return new Cell(s, s.substring(0, slash).strip(), s.substring(slash + 1).strip());
    }
    return new Cell(s, s, "");
  }

  int size() {
    return cells.size();
  }

  String raw(int i) {
    return cells.get(i).raw();
  }

  String unit(int i) {
    return cells.get(i).unit();
  }

  /** First column whose whole text or name part equals one of the names (ignoring case). */
  int find(String... names) {
    for (String n : names) {
      for (int i = 0; i < cells.size(); i++) {
        Cell c = cells.get(i);
        if (c.raw().equalsIgnoreCase(n) || c.name().equalsIgnoreCase(n)) {
          return i;
        }
      }
    }
    return -1;
  }

  /** Lower-case normalised name of column i (no spaces, underscores or dots). */
  String key(int i) {
    return normalise(cells.get(i).name());
  }

  static String normalise(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[\\s_.\\-]", "");
  }

  List<String> rawNames() {
    return cells.stream().map(Cell::raw).toList();
  }
}

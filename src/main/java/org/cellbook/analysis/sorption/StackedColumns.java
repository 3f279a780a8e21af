package org.cellbook.analysis.sorption;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The columns of a fixed-width text table whose titles are stacked over several lines, as printed
 * reports write them ("Relative / Pressure / (p/p°)" in Micromeritics reports, "Relative /
 * Pressure" over "cc/g" in Quantachrome isotherm reports). The title line with the most fragments
 * (runs of text separated by two or more spaces) fixes the columns; every other fragment belongs to
 * the column whose centre is nearest, and a column's title is its fragments read top to bottom.
 * Data cells are placed the same way, so a row with blank cells (a p₀ measured between points)
 * still puts each number under its title.
 */
record StackedColumns(List<String> titles, List<Double> centres) {

  private static final Pattern FRAGMENT = Pattern.compile("\\S+(?: \\S+)*");
  private static final Pattern TOKEN = Pattern.compile("\\S+");

  /** The columns of the title lines (at least one must hold text). */
  static StackedColumns of(List<String> titleLines) {
    List<List<int[]>> fragments = new ArrayList<>();
    int anchor = 0;
    for (int k = 0; k < titleLines.size(); k++) {
      fragments.add(spans(FRAGMENT, titleLines.get(k)));
      if (fragments.get(k).size() > fragments.get(anchor).size()) {
        anchor = k;
      }
    }
    List<Double> centres = new ArrayList<>();
    for (int[] span : fragments.get(anchor)) {
      centres.add((span[0] + span[1]) / 2.0);
    }
    List<StringBuilder> titles = new ArrayList<>();
    centres.forEach(c -> titles.add(new StringBuilder()));
    for (int k = 0; k < titleLines.size(); k++) {
      for (int[] span : fragments.get(k)) {
        StringBuilder title = titles.get(nearest(centres, (span[0] + span[1]) / 2.0));
        if (!title.isEmpty()) {
          title.append(' ');
        }
        title.append(titleLines.get(k), span[0], span[1]);
      }
    }
    return new StackedColumns(
        titles.stream().map(StringBuilder::toString).toList(), List.copyOf(centres));
  }

  /** Start and end of every match in the line. */
  private static List<int[]> spans(Pattern pattern, String line) {
    List<int[]> spans = new ArrayList<>();
    Matcher m = pattern.matcher(line);
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
    }
    return spans;
  }

  int size() {
    return titles.size();
  }

  /**
   * The cells of a data line, one per column (null where blank): in order when the line has one
   * token per column, else each token under the nearest column title.
   *
   * @throws IllegalArgumentException when two tokens fall under one column or there are more tokens
   *     than columns
   */
  String[] cells(String line) {
    List<int[]> spans = spans(TOKEN, line);
    String[] cells = new String[size()];
    if (spans.size() > size()) {
      throw new IllegalArgumentException(
          spans.size() + " values on a line of a table with " + size() + " columns");
    }
    for (int k = 0; k < spans.size(); k++) {
      int column =
          spans.size() == size() ? k : nearest(centres, (spans.get(k)[0] + spans.get(k)[1]) / 2.0);
      if (cells[column] != null) {
        throw new IllegalArgumentException(
            "two values under the column '" + titles.get(column) + "'");
      }
      cells[column] = line.substring(spans.get(k)[0], spans.get(k)[1]);
    }
    return cells;
  }

  /** The first column whose title contains any of the fragments (lower case), or −1. */
  int find(String... fragments) {
    for (int c = 0; c < size(); c++) {
      String t = titles.get(c).toLowerCase(java.util.Locale.ROOT);
      for (String f : fragments) {
        if (t.contains(f)) {
          return c;
        }
      }
    }
    return -1;
  }

  private static int nearest(List<Double> centres, double at) {
    int best = 0;
    for (int c = 1; c < centres.size(); c++) {
      if (Math.abs(centres.get(c) - at) < Math.abs(centres.get(best) - at)) {
        best = c;
      }
    }
    return best;
  }
}

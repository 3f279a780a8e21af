package org.cellbook.analysis.importers;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.cellbook.analysis.cycling.CyclingAnalysis;
import org.cellbook.analysis.cycling.CyclingOptions;
import org.cellbook.analysis.cycling.InstrumentCycleTotal;
import org.cellbook.analysis.series.CellSeries;
import org.cellbook.analysis.series.SeriesMetadata;
import org.jspecify.annotations.Nullable;

/**
 * The instrument's own per-cycle capacities — LAND's {@code Cycle-Tab}, the {@code Cycle_*} sheet
 * of a Neware BTS workbook — against the sums of the records' step charges per instrument cycle.
 * Where they disagree the counter was read wrongly or the records are not the whole test, and a
 * warning says so, naming the cycles.
 */
final class CycleSheetCheck {

  /** One row of a cycle sheet (mAh). */
  record Row(int cycle, double chargeMilliAmpHours, double dischargeMilliAmpHours) {}

  /** Relative difference above which a cycle disagrees (the sheets write 4–7 digits). */
  static final double TOLERANCE = 0.01;

  /** Cycles listed by name in a warning; the rest are counted. */
  private static final int LISTED = 3;

  private CycleSheetCheck() {}

  /**
   * The rows of a cycle sheet whose first row names its columns; empty when the sheet does not have
   * the cycle and both capacity columns.
   */
  static List<Row> read(
      RecordTable table, String[] cycle, String[] charge, String[] discharge, Path file)
      throws IOException, ImportException {
    if (!table.next()) {
      return List.of();
    }
    Header h = new Header(Workbooks.cells(table));
    int c = h.find(cycle);
    int qc = h.find(charge);
    int qd = h.find(discharge);
    if (c < 0 || qc < 0 || qd < 0) {
      return List.of();
    }
    double chargeFactor = Units.toMilliAmpHours(h.unit(qc), "mAh", file, h.raw(qc));
    double dischargeFactor = Units.toMilliAmpHours(h.unit(qd), "mAh", file, h.raw(qd));
    List<Row> rows = new ArrayList<>();
    while (table.next()) {
      double n = table.number(c);
      double a = table.number(qc);
      double b = table.number(qd);
      if (!Double.isNaN(n) && !Double.isNaN(a) && !Double.isNaN(b)) {
        rows.add(
            new Row(
                (int) Math.round(n), Math.abs(a) * chargeFactor, Math.abs(b) * dischargeFactor));
      }
    }
    return rows;
  }

  /** The series with a warning added where the records disagree with the sheet. */
  static CellSeries check(CellSeries s, List<Row> sheet) {
    List<String> disagreements = disagreements(s, sheet);
    if (disagreements.isEmpty()) {
      return s;
    }
    String listed =
        String.join("; ", disagreements.subList(0, Math.min(LISTED, disagreements.size())));
    String more =
        disagreements.size() > LISTED
            ? " (and " + (disagreements.size() - LISTED) + " more cycles)"
            : "";
    SeriesMetadata m = s.metadata();
    List<String> warnings = new ArrayList<>(m.warnings());
    warnings.add(
        "the instrument's own cycle sheet disagrees with the records: "
            + listed
            + more
            + "; the capacity counter was not read as the instrument counts, or the records are"
            + " not the whole test");
    return new CellSeries(
        new SeriesMetadata(
            m.format(),
            m.instrument(),
            m.channel(),
            m.startTime(),
            m.activeMassMilligrams(),
            m.comments(),
            m.extra(),
            warnings),
        s.timeSeconds(),
        s.voltageVolts(),
        s.currentMilliAmps(),
        s.stepChargeMilliAmpHours(),
        s.stepIndex(),
        s.stepType(),
        s.instrumentCycleIndex(),
        s.temperatureCelsius());
  }

  private static List<String> disagreements(CellSeries s, List<Row> sheet) {
    if (sheet.isEmpty() || !s.hasInstrumentCycleIndex()) {
      return List.of();
    }
    Map<Integer, InstrumentCycleTotal> records = new HashMap<>();
    for (InstrumentCycleTotal t :
        CyclingAnalysis.analyze(s, CyclingOptions.defaults()).instrumentCycleTotals()) {
      records.put(t.instrumentCycle(), t);
    }
    double largest = 0;
    for (Row r : sheet) {
      largest = Math.max(largest, Math.max(r.chargeMilliAmpHours(), r.dischargeMilliAmpHours()));
    }
    // a capacity under 0.1 % of the largest is written as 0 by sheets of few digits
    double floor = 1e-3 * largest;
    List<String> out = new ArrayList<>();
    for (Row r : sheet) {
      InstrumentCycleTotal t = records.get(r.cycle());
      if (t == null) {
        continue;
      }
      String charge = differs("charge", r.chargeMilliAmpHours(), t.oxidationMilliAmpHours(), floor);
      String discharge =
          differs("discharge", r.dischargeMilliAmpHours(), t.reductionMilliAmpHours(), floor);
      if (charge != null || discharge != null) {
        out.add(
            "cycle "
                + r.cycle()
                + " "
                + String.join(
                    ", ", Stream.of(charge, discharge).filter(Objects::nonNull).toList()));
      }
    }
    return out;
  }

  private static @Nullable String differs(String what, double sheet, double records, double floor) {
    double scale = Math.max(Math.max(sheet, records), floor);
    return Math.abs(sheet - records) <= TOLERANCE * scale
        ? null
        : what
            + " "
            + digits(sheet)
            + " mAh in the sheet, "
            + digits(records)
            + " mAh from the records";
  }

  /** Four significant digits, no trailing zeros: 3.03, 5.78, 0.0125. */
  private static String digits(double x) {
    return new BigDecimal(x).round(new MathContext(4)).stripTrailingZeros().toPlainString();
  }
}

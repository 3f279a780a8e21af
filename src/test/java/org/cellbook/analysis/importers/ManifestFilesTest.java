package org.cellbook.analysis.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cellbook.analysis.cycling.CyclingAnalysis;
import org.cellbook.analysis.cycling.CyclingOptions;
import org.cellbook.analysis.cycling.CyclingResult;
import org.cellbook.analysis.cycling.HalfCycle;
import org.cellbook.analysis.cycling.InstrumentCycleTotal;
import org.cellbook.analysis.series.CellSeries;
import org.cellbook.analysis.testdata.SharedData;
import org.cellbook.analysis.testdata.SharedData.ManifestRow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Every file listed in MANIFEST.tsv (text, spreadsheet and the BioLogic, Arbin and Neware binaries)
 * is detected by content, imported and compared with its reference values: rows, V and I extremes,
 * per-cycle charge/discharge capacity (0.1 % relative) and CE.
 */
class ManifestFilesTest {

  static Stream<ManifestRow> supportedFiles() {
    List<ManifestRow> rows =
        SharedData.manifest().stream().filter(r -> r.expected().has("rows")).toList();
    assertThat(rows).hasSizeGreaterThanOrEqualTo(20);
    return rows.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("supportedFiles")
  void importsWithReferenceRowsExtremesAndCapacities(ManifestRow row) throws Exception {
    JsonNode x = row.expected();
    CellSeries s =
        CyclerImporters.importFile(SharedData.file(row.file()), ImportOptions.defaults());

    assertThat(s.size()).isEqualTo(x.get("rows").asInt());
    if (x.has("V_max")) {
      assertThat(max(s.voltageVolts())).isCloseTo(x.get("V_max").asDouble(), within(1e-5));
      assertThat(min(s.voltageVolts())).isCloseTo(x.get("V_min").asDouble(), within(1e-5));
    }
    if (x.has("I_max_mA")) {
      assertClose(max(s.currentMilliAmps()), x.get("I_max_mA").asDouble(), "I max");
      assertClose(min(s.currentMilliAmps()), x.get("I_min_mA").asDouble(), "I min");
    }
    if (x.has("t_end_s")) {
      // the reference prints six significant digits
      double tEnd = x.get("t_end_s").asDouble();
      assertThat(s.timeSeconds()[s.size() - 1]).isCloseTo(tEnd, within(Math.max(1.0, 1e-5 * tEnd)));
    }
    if (x.has("per_cycle") && !x.get("per_cycle").isEmpty()) {
      CyclingResult r = CyclingAnalysis.analyze(s, CyclingOptions.defaults());
      Iterator<Map.Entry<String, JsonNode>> it = x.get("per_cycle").properties().iterator();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        double[] t = totals(r, s, e.getKey());
        assertClose(
            t[0], e.getValue().get("charge_mAh").asDouble(), "charge of cycle " + e.getKey());
        assertClose(
            t[1], e.getValue().get("discharge_mAh").asDouble(), "discharge of cycle " + e.getKey());
      }
      JsonNode ce = x.get("CE_first_complete_cycle");
      if (ce != null && !ce.isNull()) {
        double[] t = totals(r, s, x.get("first_complete_cycle").asString());
        double computed =
            x.get("CE_rule").asString().equals("charge/discharge") ? t[0] / t[1] : t[1] / t[0];
        assertThat(computed).isCloseTo(ce.asDouble(), within(Math.max(ce.asDouble() * 1e-3, 1e-6)));
      }
    }
  }

  /** [charge, discharge] mAh of an instrument cycle, or of the whole file without a cycle index. */
  private static double[] totals(CyclingResult r, CellSeries s, String key) {
    if (!s.hasInstrumentCycleIndex()) {
      double ox = 0;
      double red = 0;
      for (HalfCycle h : r.halfCycles()) {
        if (h.direction() == org.cellbook.analysis.cycling.CurrentDirection.OXIDATION) {
          ox += h.capacityMilliAmpHours();
        } else {
          red += h.capacityMilliAmpHours();
        }
      }
      return new double[] {ox, red};
    }
    int cycle = (int) Math.round(Double.parseDouble(key));
    InstrumentCycleTotal t =
        r.instrumentCycleTotals().stream()
            .filter(c -> c.instrumentCycle() == cycle)
            .findFirst()
            .orElseThrow(() -> new AssertionError("no instrument cycle " + cycle));
    return new double[] {t.oxidationMilliAmpHours(), t.reductionMilliAmpHours()};
  }

  private static void assertClose(double actual, double expected, String what) {
    // 0.1 % relative; values that are zero in the reference (≤ 1e-6 mAh) must be ≤ 1e-6 too
    double tol = Math.max(Math.abs(expected) * 1e-3, 1e-6);
    assertThat(actual).as(what).isCloseTo(expected, within(tol));
  }

  private static double max(double[] a) {
    return java.util.Arrays.stream(a).max().orElseThrow();
  }

  private static double min(double[] a) {
    return java.util.Arrays.stream(a).min().orElseThrow();
  }
}

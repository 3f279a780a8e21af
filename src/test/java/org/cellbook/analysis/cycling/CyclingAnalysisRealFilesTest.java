package org.cellbook.analysis.cycling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Iterator;
import java.util.Map;
import org.assertj.core.data.Percentage;
import org.cellbook.analysis.importers.CyclerImporters;
import org.cellbook.analysis.importers.ImportOptions;
import org.cellbook.analysis.series.CellSeries;
import org.cellbook.analysis.testdata.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** Cycling analysis of the shared files against their reference values (0.1 % relative). */
class CyclingAnalysisRealFilesTest {

  private static final Percentage TOLERANCE = Percentage.withPercentage(0.1);

  private static CyclingResult analyze(String file, CyclingOptions options) throws Exception {
    CellSeries s = CyclerImporters.importFile(SharedData.file(file), ImportOptions.defaults());
    return CyclingAnalysis.analyze(s, options);
  }

  @ParameterizedTest
  @CsvSource({
    "land/synthetic_LAND_NaHC_formation_rate.txt, land/synthetic_LAND_NaHC_formation_rate.txt.expected.json",
    "land/synthetic_LAND_NaHC_formation_rate.xlsx, land/synthetic_LAND_NaHC_formation_rate.expected.json",
    "synthetic/synthetic_Na_hardcarbon_halfcell.csv, synthetic/synthetic_Na_hardcarbon_halfcell.expected.json"
  })
  void perCycleCapacitiesCeAndVoltageSplitMatchTheReference(String file, String json)
      throws Exception {
    JsonNode expected = SharedData.json(json);
    // mass comes from the file (LAND: Capacity/SpeCap; CSV: '# active_mass_mg')
    CyclingResult r = analyze(file, CyclingOptions.defaults());

    assertThat(r.source()).isEqualTo(CycleSource.INSTRUMENT);
    assertThat(r.openingDirection()).isEqualTo(CurrentDirection.REDUCTION);
    assertThat(r.cycles()).hasSize(expected.get("cycles").asInt());
    assertThat(r.initialCoulombicEfficiency()).isCloseTo(expected.get("ICE").asDouble(), TOLERANCE);
    Iterator<Map.Entry<String, JsonNode>> it = expected.get("per_cycle").properties().iterator();
    int checked = 0;
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode x = e.getValue();
      Cycle c = r.cycle(Integer.parseInt(e.getKey()));
      assertThat(c.reductionMilliAmpHours())
          .as("sodiation of cycle %s", e.getKey())
          .isCloseTo(x.get("sodiation_mAh").asDouble(), TOLERANCE);
      assertThat(c.oxidationMilliAmpHours())
          .as("desodiation of cycle %s", e.getKey())
          .isCloseTo(x.get("desodiation_mAh").asDouble(), TOLERANCE);
      assertThat(c.reversibleMilliAmpHoursPerGram())
          .isCloseTo(x.get("desodiation_mAh_g").asDouble(), TOLERANCE);
      assertThat(c.openingMilliAmpHoursPerGram())
          .isCloseTo(x.get("sodiation_mAh_g").asDouble(), TOLERANCE);
      assertThat(c.coulombicEfficiency()).isCloseTo(x.get("CE").asDouble(), TOLERANCE);
      assertThat(c.currentDensity()).isCloseTo(x.get("rate_mA_g").asDouble(), TOLERANCE);
      if (x.has("desod_below_0.1V_mAh_g")) {
        double massG = r.activeMassMilligrams() / 1000;
        assertThat(c.split().plateauMilliAmpHours() / massG)
            .isCloseTo(x.get("desod_below_0.1V_mAh_g").asDouble(), TOLERANCE);
        assertThat(c.split().plateauFraction())
            .isCloseTo(x.get("desod_below_0.1V_fraction").asDouble(), TOLERANCE);
        assertThat(c.split().belowOneVoltFraction())
            .isCloseTo(x.get("desod_below_1V_fraction").asDouble(), TOLERANCE);
      }
      checked++;
    }
    assertThat(checked).isGreaterThanOrEqualTo(4);
  }

  @ParameterizedTest
  @CsvSource({
    "land/synthetic_LAND_NaHC_formation_rate.txt, land/synthetic_LAND_NaHC_formation_rate.txt.expected.json",
    "land/synthetic_LAND_NaHC_formation_rate.xlsx, land/synthetic_LAND_NaHC_formation_rate.expected.json"
  })
  void rateGroupsMatchTheReference(String file, String json) throws Exception {
    JsonNode groups = SharedData.json(json).get("rate_groups");
    RateTable t = analyze(file, CyclingOptions.defaults()).rateTable();

    assertThat(t.currentUnit()).isEqualTo("mA g⁻¹");
    assertThat(t.groups()).hasSize(groups.size());
    for (int k = 0; k < groups.size(); k++) {
      RateGroup g = t.groups().get(k);
      JsonNode x = groups.get(k);
      assertThat(g.meanCurrentDensity()).isCloseTo(x.get("rate_mA_g").asDouble(), TOLERANCE);
      assertThat(g.cycles()).isEqualTo(x.get("cycles").size());
      assertThat(g.firstCycle()).isEqualTo(x.get("cycles").get(0).asInt());
      assertThat(g.meanReversibleCapacity())
          .isCloseTo(x.get("mean_desodiation_mAh_g").asDouble(), TOLERANCE);
      assertThat(g.meanCoulombicEfficiency()).isCloseTo(x.get("mean_CE").asDouble(), TOLERANCE);
    }
    // 322.0 / 346.58 mAh/g, the lowest rate (30 mA/g) is the reference
    assertThat(t.groups().get(1).retentionVsLowestRate()).isCloseTo(322.0 / 346.58, within(1e-6));
  }

  @Test
  void syntheticRateTestReturnsToItsInitialRate() throws Exception {
    RateTable t =
        analyze("synthetic/synthetic_Na_hardcarbon_halfcell.csv", CyclingOptions.defaults())
            .rateTable();
    // 30, 50, 100, 200, 500, 1000, 2000, then back to 30 mA/g (README of data/echem)
    assertThat(t.groups()).hasSize(8);
    assertThat(t.groups().get(6).meanCurrentDensity()).isCloseTo(2000, TOLERANCE);
    assertThat(t.groups().get(6).meanReversibleCapacity()).isCloseTo(125.0, TOLERANCE);
    assertThat(t.returnGroup()).isEqualTo(7);
    assertThat(t.returnRecovery()).isCloseTo(1.0, within(1e-6));
  }

  /**
   * GITT file: 100 sodiation and 98 desodiation pulses of 0.0240 mA for 600 s (GITT.md), so Q = n ·
   * I · τ / 3600 = 0.400 and 0.392 mAh; the pulses of one direction form one half cycle.
   */
  @Test
  void gittPulsesOfOneDirectionFormOneHalfCycle() throws Exception {
    CyclingResult r = analyze("gitt/synthetic_GITT_NaHC.mpt", CyclingOptions.defaults());

    assertThat(r.halfCycles()).hasSize(2);
    assertThat(r.halfCycles().get(0).steps()).isEqualTo(100);
    assertThat(r.halfCycles().get(0).capacityMilliAmpHours())
        .isCloseTo(100 * 0.024 * 600 / 3600, TOLERANCE);
    assertThat(r.halfCycles().get(1).capacityMilliAmpHours())
        .isCloseTo(98 * 0.024 * 600 / 3600, TOLERANCE);
  }
}

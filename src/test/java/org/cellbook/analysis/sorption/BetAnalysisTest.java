package org.cellbook.analysis.sorption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cellbook.analysis.importers.ImportException;
import org.cellbook.analysis.testdata.MaterialsData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** BET and total pore volume against the shared isotherms of {@code data/materials}. */
class BetAnalysisTest {

  @Test
  void noiseFreeClassicalBetIsotherm() throws Exception {
    JsonNode truth =
        MaterialsData.json("synthetic/TRUE_PARAMETERS.json").get("synthetic_typeII_BET_N2_77K.csv");
    Isotherm iso = read("synthetic/synthetic_typeII_BET_N2_77K.csv");
    BetAnalysis.Result r = BetAnalysis.auto(iso, BetAnalysis.NITROGEN_CROSS_SECTION_NM2);

    // n_m = 2.0 mmol/g, C = 80; S = 2.0 × 10⁻³ × N_A × 0.162 nm² = 195.12 m²/g
    assertThat(r.tier()).isZero();
    assertThat(r.fit().monolayerMillimolesPerGram())
        .isCloseTo(truth.get("nm_mmol_g").asDouble(), within(1e-3));
    assertThat(r.fit().c()).isCloseTo(truth.get("C").asDouble(), within(0.1));
    assertThat(r.fit().areaSquareMetresPerGram())
        .isCloseTo(truth.get("true_BET_area_m2_g").asDouble(), within(0.1));
    assertThat(r.fit().consistent()).isTrue();
  }

  @Test
  void totalPoreVolumeOfTheTypeIIsotherm() throws Exception {
    JsonNode truth =
        MaterialsData.json("synthetic/TRUE_PARAMETERS.json").get("synthetic_typeI_N2_77K.csv");
    Isotherm iso = read("synthetic/synthetic_typeI_N2_77K.csv");
    // V = n(0.99)[cm³ STP/g] × 0.0015468
    assertThat(BetAnalysis.totalPoreVolumeCm3PerGram(iso, 0.99, Probe.N2_77K))
        .isCloseTo(truth.get("true_total_pore_volume_cm3_g").asDouble(), within(0.005));
  }

  @Test
  void realIsothermsLandInsideTheReferenceRangeOfValidAreas() throws Exception {
    for (String name :
        List.of(
            "betsi_MCM-41_N2_77K.csv",
            "betsi_Zeolite-13X_N2_77K.csv",
            "betsi_UiO-66_N2_77K.csv",
            "betsi_ZIF-8_N2_77K.csv")) {
      JsonNode expected = MaterialsData.expected("isotherms/" + name).get("BET_rouquerol");
      BetAnalysis.Result r =
          BetAnalysis.auto(read("isotherms/" + name), BetAnalysis.NITROGEN_CROSS_SECTION_NM2);
      assertThat(r).as(name).isNotNull();
      assertThat(r.fit().areaSquareMetresPerGram())
          .as(name)
          .isBetween(
              expected.get("area_valid_min").asDouble() * 0.995,
              expected.get("area_valid_max").asDouble() * 1.005);
      assertThat(r.fit().areaSquareMetresPerGram())
          .as(name + " vs the BETSI choice")
          .isCloseTo(
              expected.get("area").asDouble(), within(0.005 * expected.get("area").asDouble()));
    }
  }

  @Test
  void exactBetPointsFitTheirStraightLineExactly() {
    // y = x/(n(1−x)) linear with i = 1/(n_m C), s = (C−1)/(n_m C) for n_m = 1, C = 100: exact BET
    // data
    double[] x = new double[12];
    double[] n = new double[12];
    for (int k = 0; k < x.length; k++) {
      x[k] = 0.02 + 0.02 * k;
      double c = 100;
      n[k] = c * x[k] / ((1 - x[k]) * (1 - x[k] + c * x[k]));
    }
    BetAnalysis.Fit f =
        BetAnalysis.fit(new Isotherm("N2", x, n), 0, 11, BetAnalysis.NITROGEN_CROSS_SECTION_NM2);
    assertThat(f.monolayerMillimolesPerGram()).isCloseTo(1.0, within(1e-9));
    assertThat(f.c()).isCloseTo(100, within(1e-6));
    assertThat(f.rSquared()).isCloseTo(1.0, within(1e-12));
    // 1 mmol/g × 10⁻³ × 6.02214076e23 × 0.162e-18 m² = 97.5587 m²/g
    assertThat(f.areaSquareMetresPerGram()).isCloseTo(97.5587, within(1e-3));
  }

  @Test
  void monolayerPressureLiesOnTheMonotoneCubicBetweenPoints() {
    // PCHIP through (0, 0), (1, 1), (2, 4): secants 1 and 3; slope at x = 1 is the weighted
    // harmonic mean (w₁ + w₂)/(w₁/1 + w₂/3) = 6/4 = 1.5 (Fritsch & Butland), at x = 0 the
    // three-point end formula (3·1 − 3)/2 = 0. On [0, 1]: n(t) = 1.5t² − 0.5t³, so n = 0.5 at
    // the root of t³ − 3t² + 1 = 0 in (0, 1), t = 0.6527036447.
    double[] x = {0, 1, 2};
    double[] n = {0, 1, 4};
    assertThat(BetAnalysis.relativePressureAt(x, n, 0.5)).isCloseTo(0.6527036447, within(1e-9));
    // a straight line is its own interpolant
    assertThat(BetAnalysis.relativePressureAt(new double[] {0, 1, 2}, new double[] {0, 2, 4}, 3))
        .isCloseTo(1.5, within(1e-12));
  }

  @Test
  void headerWithoutUnitIsRefusedNamingTheFile(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "p,amount\n0.1,2\n0.2,3\n0.3,4\n");
    assertThatThrownBy(() -> new IsothermTextImporter().read(bad))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("bad.csv")
        .hasMessageContaining("cm3(STP)/g or mmol/g");
  }

  @Test
  void theQuickRangeSearchChoosesAsTryingEveryWindowDoes() throws Exception {
    List<Isotherm> isotherms = new java.util.ArrayList<>();
    for (String file :
        List.of(
            "isotherms/betsi_MCM-41_N2_77K.csv",
            "isotherms/betsi_UiO-66_N2_77K.csv",
            "isotherms/betsi_ZIF-8_N2_77K.csv",
            "isotherms/betsi_Zeolite-13X_N2_77K.csv",
            "isotherms/aif_DUT-6_N2_77K.aif",
            "isotherms/bel_CEP3xx-2B_N2_77K.DAT",
            "isotherms/pygaps_SiO2_N2_77K.json",
            "synthetic/synthetic_typeII_BET_N2_77K.csv",
            "synthetic/synthetic_typeI_N2_77K.csv")) {
      isotherms.add(read(file));
    }
    // noisy GAB isotherms of 8 to 120 points, some with repeated pressures
    java.util.Random random = new java.util.Random(13);
    for (int k = 0; k < 200; k++) {
      int points = 8 + random.nextInt(113);
      double c = 5 + random.nextDouble() * 300;
      double g = 0.5 + random.nextDouble() * 0.5;
      double[] x = new double[points];
      double[] n = new double[points];
      for (int i = 0; i < points; i++) {
        x[i] = i > 0 && random.nextInt(10) == 0 ? x[i - 1] : 0.002 + 0.95 * i / points;
        n[i] =
            5
                * c
                * g
                * x[i]
                / ((1 - g * x[i]) * (1 - g * x[i] + c * g * x[i]))
                * (1 + random.nextGaussian() * 0.002);
      }
      isotherms.add(new Isotherm("N2", x, n));
    }
    int found = 0;
    for (Isotherm iso : isotherms) {
      BetAnalysis.Result quick = BetAnalysis.auto(iso, BetAnalysis.NITROGEN_CROSS_SECTION_NM2);
      assertThat(quick).isEqualTo(everyWindow(iso));
      found += quick == null ? 0 : 1;
    }
    assertThat(found).isGreaterThan(isotherms.size() / 2);
  }

  /** The search as first written: every window of every tier fitted in full. */
  private static BetAnalysis.Result everyWindow(Isotherm iso) {
    double cross = BetAnalysis.NITROGEN_CROSS_SECTION_NM2;
    for (int tier = 0; tier < BetAnalysis.TIER_POINTS.length; tier++) {
      BetAnalysis.Fit best = null;
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      int valid = 0;
      for (int first = 0; first < iso.size(); first++) {
        for (int last = first + BetAnalysis.TIER_POINTS[tier] - 1; last < iso.size(); last++) {
          if (iso.relativePressure()[last] >= 1) {
            break;
          }
          if (iso.relativePressure()[last] == iso.relativePressure()[first]) {
            continue;
          }
          BetAnalysis.Fit f = BetAnalysis.fit(iso, first, last, cross);
          if (!f.consistent() || f.rSquared() < BetAnalysis.TIER_R2[tier]) {
            continue;
          }
          valid++;
          min = Math.min(min, f.areaSquareMetresPerGram());
          max = Math.max(max, f.areaSquareMetresPerGram());
          if (best == null
              || f.last() > best.last()
              || f.last() == best.last() && f.c4Error() < best.c4Error()) {
            best = f;
          }
        }
      }
      if (best != null) {
        return new BetAnalysis.Result(
            best, tier, BetAnalysis.TIER_POINTS[tier], BetAnalysis.TIER_R2[tier], min, max, valid);
      }
    }
    return null;
  }

  private static Isotherm read(String relative) throws Exception {
    return IsothermImporters.read(MaterialsData.file(relative)).adsorption();
  }
}

package org.cellbook.measurements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cellbook.analysis.run.Analyzer;
import org.cellbook.analysis.testdata.SharedData;
import org.junit.jupiter.api.Test;

/** KPI names carry their units; ratios read as percentages. */
class KpiValueTest {

  @Test
  void unitsComeFromTheNameSuffix() {
    assertThat(KpiValue.unitOf("reversible_capacity_mah_g")).isEqualTo("mAh g⁻¹");
    assertThat(KpiValue.unitOf("reversible_capacity_mah_cm2")).isEqualTo("mAh cm⁻²");
    assertThat(KpiValue.unitOf("reversible_capacity_mah")).isEqualTo("mAh");
    assertThat(KpiValue.unitOf("bet_area_m2_g")).isEqualTo("m² g⁻¹");
    assertThat(KpiValue.unitOf("raman_d_position_cm1")).isEqualTo("cm⁻¹");
    assertThat(KpiValue.unitOf("ice")).isNull();
    assertThat(KpiValue.unitOf("r_value")).isNull();
  }

  @Test
  void labelsAndDisplayAreWhatALabWrites() {
    assertThat(new KpiValue("ice", 0.8059, null).display()).isEqualTo("80.6 %");
    assertThat(new KpiValue("ice", 0.8059, null).label()).isEqualTo("ICE");
    assertThat(new KpiValue("bet_area_m2_g", 1000.6, "m² g⁻¹").label()).isEqualTo("BET area");
    assertThat(new KpiValue("bet_area_m2_g", 1000.6, "m² g⁻¹").display()).isEqualTo("1001 m² g⁻¹");
    assertThat(new KpiValue("id_ig_height", 1.0046, null).label()).isEqualTo("I_D/I_G height");
    assertThat(new KpiValue("d002_nm", 0.35298, "nm").display()).isEqualTo("0.353 nm");
    assertThat(new KpiValue("d002_graphitic_nm", 0.353, "nm").label()).isEqualTo("d002 graphitic");
    assertThat(new KpiValue("fit_r2", 0.99, null).label()).isEqualTo("Fit R²");
    assertThat(new KpiValue("id3_ig_height", 0.3, null).label()).isEqualTo("I_D3/I_G height");
    assertThat(new KpiValue("raman_d4_position_cm1", 1150, "cm⁻¹").label())
        .isEqualTo("Raman D4 position");
    assertThat(new KpiValue("id_ig_height_multiband", 1.2, null).label())
        .isEqualTo("I_D/I_G height (multi-band)");
    assertThat(new KpiValue("d_cm2_s", 1.2e-11, "cm² s⁻¹").display())
        .isEqualTo("1.200e-11 cm² s⁻¹");
  }

  @Test
  void onlyFiniteScalarsOfTheKpisObjectAreStored() {
    String json =
        "{\"kpis\":{\"ice\":0.8,\"rate_table\":[{\"x\":1}],\"bet_range_p_p0\":[0.05,0.3],"
            + "\"opening\":\"reduction\",\"bet_c\":null,\"d002_nm\":0.35}}";
    assertThat(KpiValue.fromAnalysisJson(json))
        .extracting(KpiValue::name)
        .containsExactly("ice", "d002_nm");
  }

  @Test
  void anImplausibleKpiKeepsItsValueAndCarriesItsReason() {
    String json =
        "{\"kpis\":{\"ice\":4.778,\"reversible_capacity_mah_g\":310.5},"
            + "\"implausible\":{\"ice\":\"ICE 477.8 % is outside (0 %, 105 %]: partial opening\","
            + "\"cycle_5_ce\":\"not a stored KPI\"}}";
    List<KpiValue> kpis = KpiValue.fromAnalysisJson(json);
    assertThat(kpis).extracting(KpiValue::name).containsExactly("ice", "reversible_capacity_mah_g");
    assertThat(kpis.get(0).value()).isEqualTo(4.778);
    assertThat(kpis.get(0).plausible()).isFalse();
    assertThat(kpis.get(0).implausibleReason()).startsWith("ICE 477.8 % is outside");
    assertThat(kpis.get(1).plausible()).isTrue();
    assertThat(kpis.get(1).implausibleReason()).isNull();
  }

  @Test
  void aDocumentFromBeforeRangesWereCheckedReadsAsPlausible() {
    assertThat(KpiValue.fromAnalysisJson("{\"kpis\":{\"ice\":4.778},\"warnings\":[]}"))
        .singleElement()
        .satisfies(k -> assertThat(k.plausible()).isTrue());
  }

  @Test
  void theKpisOfATypedResultAreThoseItsStoredDocumentHolds() throws Exception {
    // 0.0018 mg instead of 1.8 mg: capacities 1000× too high, implausible with their reason
    Analyzer.Outcome outcome =
        Analyzer.analyze(
            List.of(SharedData.file("land/synthetic_LAND_NaHC_formation_rate.txt")),
            new Analyzer.Settings(
                null, null, 0.0018, null, null, null, null, null, null, null, null, null),
            true);
    List<KpiValue> typed = KpiValue.of(outcome.result());

    assertThat(typed).isEqualTo(KpiValue.fromAnalysisJson(outcome.result().json(true)));
    assertThat(typed)
        .filteredOn(k -> k.name().equals("reversible_capacity_mah_g"))
        .singleElement()
        .satisfies(k -> assertThat(k.implausibleReason()).contains("active mass is likely wrong"));
  }
}

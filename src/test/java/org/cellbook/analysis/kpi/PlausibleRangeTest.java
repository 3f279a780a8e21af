package org.cellbook.analysis.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlausibleRangeTest {

  private static final PlausibleRange CE = PlausibleRange.ratio(0, false, 1.05, "wrong opening");
  private static final PlausibleRange AREA =
      PlausibleRange.of(0, 8000, "m² g⁻¹", "amounts per gram divided by the mass again");

  @Test
  void boundsAreOpenOrClosedAsDeclaredAndNonFiniteValuesAreNeverPlausible() {
    assertThat(CE.admits(0)).isFalse();
    assertThat(CE.admits(1e-9)).isTrue();
    assertThat(CE.admits(1.05)).isTrue();
    assertThat(CE.admits(1.0500001)).isFalse();
    assertThat(CE.admits(Double.NaN)).isFalse();
    assertThat(AREA.admits(0)).isTrue();
    assertThat(AREA.admits(Double.POSITIVE_INFINITY)).isFalse();
    assertThat(PlausibleRange.of(1e-16, 1e-6, "cm² s⁻¹", "x").interval())
        .isEqualTo("[1e-16 cm² s⁻¹, 1e-06 cm² s⁻¹]");
  }

  @Test
  void theReasonNamesTheValueTheRangeAndTheCause() {
    assertThat(CE.explain("ICE", 4.7779))
        .isEqualTo("ICE 477.8 % is outside (0 %, 105 %]: wrong opening");
    assertThat(AREA.explain("BET area", 76326))
        .isEqualTo(
            "BET area 76326 m² g⁻¹ is outside [0 m² g⁻¹, 8000 m² g⁻¹]: amounts per gram divided"
                + " by the mass again");
  }

  @Test
  void onlyValuesOutsideTheRangeAreCollectedAndTheFirstReasonStays() {
    ImplausibleKpis k = new ImplausibleKpis();
    assertThat(k.check("ice", "ICE", 0.8, CE)).isEqualTo(0.8);
    assertThat(k.check("bet", "BET", null, AREA)).isNull();
    k.check("ice2", "ICE", 3.0, CE);
    k.flag("ice2", "another");
    assertThat(k.reasons()).containsOnlyKeys("ice2");
    assertThat(k.reasons().get("ice2")).startsWith("ICE 300 %");
  }
}

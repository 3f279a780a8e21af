package org.cellbook.electrodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DiscMetricsTest {

  @Test
  void twelveMillimetreDiscHasOnePointOneThreeSquareCentimetres() {
    // A = π (d/2)² = π × (0.6 cm)² = 1.1310 cm²
    assertThat(DiscMetrics.areaCm2(12)).isCloseTo(1.13097, within(1e-5));
  }

  @Test
  void loadingIsActiveMassOverArea() {
    // coating = 12.00 − 10.00 = 2.00 mg; active = 2.00 × 0.90 = 1.80 mg; loading = 1.80 / 1.13097 =
    // 1.5915 mg cm⁻²
    DiscMetrics m = DiscMetrics.of(12, 12.00, 10.00, 0.90);
    assertThat(m.coatingMassMilligrams()).isCloseTo(2.00, within(1e-9));
    assertThat(m.activeMassMilligrams()).isCloseTo(1.80, within(1e-9));
    assertThat(m.loadingMilligramsPerCm2()).isCloseTo(1.5915, within(1e-4));
  }

  @Test
  void thickElectrodeOfTheStudyCarriesNineteenMilligramsPerSquareCentimetre() {
    // 19 mg cm⁻² × 1.13097 cm² = 21.488 mg active; / 0.90 = 23.876 mg coating on a 10.0 mg blank
    DiscMetrics m = DiscMetrics.of(12, 33.876, 10.0, 0.90);
    assertThat(m.loadingMilligramsPerCm2()).isCloseTo(19.0, within(1e-3));
  }

  @Test
  void blankFromFoilArealMass() {
    // 9 µm Cu foil, 8.06 mg cm⁻² × 1.13097 cm² = 9.1156 mg
    assertThat(DiscMetrics.blankFromFoil(12, 8.06)).isCloseTo(9.1156, within(1e-4));
  }
}

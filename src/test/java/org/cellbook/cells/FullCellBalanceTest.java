package org.cellbook.cells;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FullCellBalanceTest {

  @Test
  void studyFullCellIsBalancedAtOnePointOneFive() {
    // LCGC anode 346 mAh/g, 1.50 mg cm⁻², 1.70 mg; PTCDA cathode 118 mAh/g at 2.54× the mass:
    // 3.81 mg cm⁻², 4.318 mg. N/P = (1.50 × 346) / (3.81 × 118) = 519 / 449.58 = 1.1544
    FullCellBalance b = FullCellBalance.of(1.50, 346, 1.70, 3.81, 118, 4.318);
    assertThat(b.negativeArealCapacityMilliAmpHoursPerCm2()).isCloseTo(0.519, within(1e-9));
    assertThat(b.positiveArealCapacityMilliAmpHoursPerCm2()).isCloseTo(0.44958, within(1e-9));
    assertThat(b.negativeToPositiveRatio()).isCloseTo(1.1544, within(1e-4));
    assertThat(b.massRatio()).isEqualTo("1 : 2.54");
  }
}

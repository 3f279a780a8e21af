package org.cellbook.analysis.sorption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TPlotTest {

  @Test
  void harkinsJuraThicknessAtHalfPressure() {
    // t = (13.99 / (0.034 − log₁₀ 0.5))^½ Å = (13.99 / 0.33503)^½ = 6.462 Å = 0.6462 nm
    assertThat(TPlot.harkinsJuraNanometres(0.5)).isCloseTo(0.6462, within(1e-4));
  }

  @Test
  void straightLineInThicknessGivesMicroporeVolumeAndExternalArea() {
    // n = 5 mmol/g + 2 mmol g⁻¹ nm⁻¹ · t over x = 0.05…0.9
    double[] x = new double[30];
    double[] n = new double[30];
    for (int k = 0; k < x.length; k++) {
      x[k] = 0.05 + 0.03 * k;
      n[k] = 5 + 2 * TPlot.harkinsJuraNanometres(x[k]);
    }
    TPlot t = TPlot.fit(new Isotherm("N2", x, n), 0.35, 0.50);
    assertThat(t.interceptMillimolesPerGram()).isCloseTo(5, within(1e-9));
    assertThat(t.slopeMillimolesPerGramNanometre()).isCloseTo(2, within(1e-9));
    // liquid N2: 28.0134 g/mol / 0.808 g/cm³ = 34.6700 cm³/mol (= 22.414 × 0.0015468 × 1000)
    // V = 5 mmol/g × 0.0346700 = 0.173350 cm³/g; S_ext = 2 × 0.0346700 × 1000 = 69.3401 m²/g
    assertThat(t.microporeVolumeCm3PerGram()).isCloseTo(0.173350, within(1e-6));
    assertThat(t.externalAreaSquareMetresPerGram()).isCloseTo(69.3401, within(1e-4));
    assertThat(t.points()).isPositive();
  }
}

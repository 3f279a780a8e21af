package org.cellbook.analysis.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LineFitTest {

  /**
   * x = 1…5, y = 2.2, 4.1, 6.2, 7.9, 10.1: Sxx = 10, Sxy = 19.6, SSE = 0.044 (by hand), so slope
   * 1.96, intercept 0.22, SE(slope) = √(0.044/3/10) = 0.038297, SE(intercept) = √(0.044/3 · (1/5 +
   * 9/10)) = 0.127017, R² = 1 − 0.044/38.46 = 0.998856.
   */
  @Test
  void coefficientsAndStandardErrorsOfASmallSample() {
    LineFit f = LineFit.of(new double[] {1, 2, 3, 4, 5}, new double[] {2.2, 4.1, 6.2, 7.9, 10.1});
    assertThat(f.slope()).isCloseTo(1.96, within(1e-12));
    assertThat(f.intercept()).isCloseTo(0.22, within(1e-12));
    assertThat(f.slopeStandardError()).isCloseTo(0.0382971, within(1e-7));
    assertThat(f.interceptStandardError()).isCloseTo(0.1270171, within(1e-7));
    assertThat(f.rSquared()).isCloseTo(0.9988560, within(1e-7));
    assertThat(f.points()).isEqualTo(5);
  }

  /** A sub-range fits only its own points; two points leave no degrees of freedom for the SEs. */
  @Test
  void rangeOfPointsAndTheTwoPointLine() {
    double[] x = {0, 1, 2, 3, 100};
    double[] y = {7, 1, 3, 5, -50};
    LineFit f = LineFit.of(x, y, 1, 4);
    assertThat(f.slope()).isCloseTo(2, within(1e-12));
    assertThat(f.intercept()).isCloseTo(-1, within(1e-12));
    assertThat(f.rSquared()).isEqualTo(1);
    LineFit two = LineFit.of(x, y, 1, 3);
    assertThat(two.slope()).isCloseTo(2, within(1e-12));
    assertThat(two.slopeStandardError()).isNaN();
    assertThat(two.interceptStandardError()).isNaN();
    assertThatThrownBy(() -> LineFit.of(new double[] {1, 1, 1}, new double[] {1, 2, 3}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LineFit.of(x, y, 2, 3)).isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * Seeded lines with Gaussian noise: the fitted coefficients stay within 6 standard errors of the
   * true ones, the errors in units of the standard error have unit variance, and a line shifted far
   * from the origin (BET transforms sit at x ≈ 0.01–0.3 with y ≈ 10⁻³) keeps its digits.
   */
  @Test
  void generatedNoisyLinesStayWithinTheirStandardErrors() {
    Random random = new Random(42);
    double sumZ2 = 0;
    for (int c = 0; c < 500; c++) {
      double slope = random.nextGaussian() * 10;
      double intercept = random.nextGaussian() * 10;
      double offset = random.nextBoolean() ? 0 : 1e6 * random.nextDouble();
      int n = 10 + random.nextInt(50);
      double[] x = new double[n];
      double[] y = new double[n];
      for (int k = 0; k < n; k++) {
        x[k] = offset + k + random.nextDouble();
        y[k] = intercept + slope * x[k] + 0.1 * random.nextGaussian();
      }
      LineFit f = LineFit.of(x, y);
      String seed = "case %d: n %d, offset %.0f".formatted(c, n, offset);
      assertThat(Math.abs(f.slope() - slope)).as(seed).isLessThan(6 * f.slopeStandardError());
      assertThat(Math.abs(f.intercept() - intercept))
          .as(seed)
          .isLessThan(6 * f.interceptStandardError());
      double z = (f.slope() - slope) / f.slopeStandardError();
      sumZ2 += z * z;
    }
    // calibrated standard errors: (fit − truth)/SE has unit variance (t with ≥ 8 d.o.f.: ≤ 1.33)
    assertThat(sumZ2 / 500).isBetween(0.8, 1.4);
  }
}

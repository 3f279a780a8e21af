package org.cellbook.analysis.xrd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.cellbook.analysis.testdata.MaterialsData;
import org.junit.jupiter.api.Test;

/** Which patterns the carbon methods apply to, and what is said about the others. */
class CarbonXrdAnalysisTest {

  /**
   * A real PANalytical scan of a crystalline powder (README beside it): the two-component (002) fit
   * made a singular covariance on its sharp reflections, and {@code analyze} exited 1 with "matrix
   * is singular" without showing the pattern.
   */
  @Test
  void crystallinePowderIsReadAndGetsNoCarbonFit() throws Exception {
    Path file =
        Path.of(
            getClass().getResource("/org/cellbook/analysis/xrd/nomad_XRD-918-16_10.xrdml").toURI());
    DiffractionPattern p = PatternReaders.read(file);

    CarbonXrdAnalysis a = CarbonXrdAnalysis.of(p);

    assertThat(p.twoThetaDegrees()).hasSize(5027);
    assertThat(p.wavelengthAngstrom()).isEqualTo(1.540598);
    assertThat(a.rValue()).isNull();
    assertThat(a.fit()).isNull();
    assertThat(a.strongest().twoThetaDegrees()).isCloseTo(26.617, within(0.005));
    assertThat(a.strongest().fwhmDegrees()).isBetween(0.1, 0.2);
    assertThat(a.notes()).isEmpty();
    assertThat(a.skipped())
        .singleElement()
        .asString()
        .contains("sharp (26.617° 2θ, d 0.3346 nm, FWHM 0.138°")
        .contains("no d002, R value or profile fit");
  }

  @Test
  void hardCarbonGetsItsRValueAndFitWithD002InItsRange() throws Exception {
    DiffractionPattern p =
        DiffractionPattern.read(MaterialsData.file("synthetic/synthetic_hardcarbon_XRD_CuKa.xy"));

    CarbonXrdAnalysis a = CarbonXrdAnalysis.of(p);

    assertThat(a.strongest().fwhmDegrees()).isGreaterThan(2);
    assertThat(a.rValue().r()).isCloseTo(2.405, within(0.01));
    assertThat(a.fit().graphitic().centreDegrees()).isCloseTo(25.21, within(0.1));
    assertThat(CarbonXrd.D002_SPACING.admits(a.rValue().apparentD002Angstrom() / 10)).isTrue();
    assertThat(CarbonXrd.D002_SPACING.admits(a.fit().graphitic().dSpacingAngstrom() / 10)).isTrue();
    assertThat(a.skipped()).isEmpty();
    assertThat(a.notes()).hasSize(3);
  }

  @Test
  void patternOutsideTheCarbonRegionIsKeptWithAWarning() throws Exception {
    // the shared Bruker scan covers 44–48° only
    DiffractionPattern p =
        PatternReaders.read(MaterialsData.file("xrd/nomad_23-012-AG_2thomegascan_long.brml"));

    CarbonXrdAnalysis a = CarbonXrdAnalysis.of(p);

    assertThat(a.strongest()).isNull();
    assertThat(a.rValue()).isNull();
    assertThat(a.fit()).isNull();
    assertThat(a.skipped())
        .containsExactly(
            "the pattern covers 44.00–48.00° 2θ, not the (002) region of a carbon (15–35°): no"
                + " d002, R value or profile fit");
  }

  @Test
  void widthOfASharpReflectionAndOfABroadBand() throws Exception {
    // Gaussians on a flat background of 100 counts, 0.01° steps: FWHM 0.2° at 26.5°, 5° at 24°;
    // the 0.1° average widens the sharp one by ~0.01°, and the broad band's half height is taken
    // above the lowest point within 5°, where it has not fallen to the background.
    double[] x = new double[4001];
    double[] sharp = new double[x.length];
    double[] broad = new double[x.length];
    for (int k = 0; k < x.length; k++) {
      x[k] = 10 + 0.01 * k;
      sharp[k] = 100 + 5000 * Math.exp(-4 * Math.log(2) * Math.pow((x[k] - 26.5) / 0.2, 2));
      broad[k] = 100 + 800 * Math.exp(-4 * Math.log(2) * Math.pow((x[k] - 24) / 5, 2));
    }

    CarbonXrd.Peak s = CarbonXrd.strongestPeak(new DiffractionPattern(x, sharp, 1.5406), 15, 35);
    CarbonXrd.Peak b = CarbonXrd.strongestPeak(new DiffractionPattern(x, broad, 1.5406), 15, 35);

    assertThat(s.twoThetaDegrees()).isCloseTo(26.5, within(1e-9));
    assertThat(s.fwhmDegrees()).isCloseTo(0.2, within(0.015));
    assertThat(b.twoThetaDegrees()).isCloseTo(24, within(1e-9));
    assertThat(b.fwhmDegrees()).isBetween(4.5, 5.0);
  }
}

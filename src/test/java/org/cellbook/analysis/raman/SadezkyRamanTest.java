package org.cellbook.analysis.raman;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.cellbook.analysis.testdata.MaterialsData;
import org.junit.jupiter.api.Test;

/** The multi-band fit with optional D3 and D4 (Sadezky et al., Carbon 43, 1731 (2005)). */
class SadezkyRamanTest {

  /**
   * D4 (L: H 120, 1200, w 180), D1 (L: H 900, 1350, w 160), D3 (G: H 250, 1510, w 140), G (L: H
   * 1000, 1590, w 70) on 300 + 0.1·x, with Gaussian noise σ 5 counts (seed 11).
   */
  private static double[][] synthetic(double sigma) {
    Random noise = new Random(11);
    double[] x = new double[1201];
    double[] y = new double[x.length];
    for (int k = 0; k < x.length; k++) {
      x[k] = 800 + k;
      y[k] =
          lorentz(x[k], 120, 1200, 180)
              + lorentz(x[k], 900, 1350, 160)
              + 250 * Math.exp(-4 * Math.log(2) * Math.pow((x[k] - 1510) / 140, 2))
              + lorentz(x[k], 1000, 1590, 70)
              + 300
              + 0.1 * x[k]
              + sigma * noise.nextGaussian();
    }
    return new double[][] {x, y};
  }

  private static double lorentz(double x, double h, double x0, double w) {
    double u = 2 * (x - x0) / w;
    return h / (1 + u * u);
  }

  @Test
  void aSyntheticFourBandSpectrumGivesBackItsBands() {
    double[][] s = synthetic(5);
    SadezkyRaman r = SadezkyRaman.fit(s[0], s[1]);
    assertThat(r.band("D4").orElseThrow().centre()).isCloseTo(1200, within(5.0));
    assertThat(r.band("D1").orElseThrow().centre()).isCloseTo(1350, within(1.0));
    assertThat(r.band("D3").orElseThrow().centre()).isCloseTo(1510, within(3.0));
    assertThat(r.band("G").orElseThrow().centre()).isCloseTo(1590, within(0.5));
    assertThat(r.band("D3").orElseThrow().gaussian()).isTrue();
    assertThat(r.band("D3").orElseThrow().fwhm()).isCloseTo(140, within(10.0));
    // I_D1/I_G = 900 / 1000; areas π/2·900·160 / (π/2·1000·70) = 2.0571
    assertThat(r.idIgHeight()).isCloseTo(0.9, within(0.01));
    assertThat(r.idIgArea()).isCloseTo(2.0571, within(0.04));
    assertThat(r.id3IgHeight()).isCloseTo(0.25, within(0.02));
    assertThat(r.rSquared()).isGreaterThan(0.999);
    // χ²-scaled standard errors are those of σ = 5 noise: small, not zero
    assertThat(r.band("G").orElseThrow().centreSe()).isPositive().isLessThan(0.5);
    assertThat(r.idIgHeightSe()).isPositive().isLessThan(0.01);
  }

  /**
   * The real spectra are weak (≈ 70 counts of D over ≈ 580 of background). Over 800–2000 cm⁻¹ they
   * support all four bands: D4 near 1150 cm⁻¹ and D3 near 1530 (height at least twice its standard
   * error). D3 filling the valley narrows G and moves it up by ≈ 8 cm⁻¹ from the two-Lorentzian
   * fit, towards the BWF maximum (an independent scipy fit of the same model agrees); D1 stays
   * within a few cm⁻¹.
   */
  @Test
  void theRealSpectraSupportAllFourBands() throws Exception {
    for (String name :
        new String[] {"raman_fitting_testDW38C_pos1.txt", "raman_fitting_testDW38C_pos2.txt"}) {
      RamanSpectrum p = RamanSpectrum.read(MaterialsData.file("raman/" + name));
      SadezkyRaman r = SadezkyRaman.fit(p.ramanShiftPerCm(), p.counts());
      CarbonRaman two = CarbonRaman.fit(p.ramanShiftPerCm(), p.counts());
      CarbonRaman bwf = CarbonRaman.fitBreitWignerFano(p.ramanShiftPerCm(), p.counts());
      assertThat(r.model()).as(name).startsWith("D4 + D1 + G Lorentzian, D3 Gaussian");
      SadezkyRaman.Band d4 = r.band("D4").orElseThrow();
      assertThat(d4.centre()).as(name).isBetween(1120.0, 1200.0);
      assertThat(d4.height()).as(name).isGreaterThan(2 * d4.heightSe());
      assertThat(r.band("D3").orElseThrow().centre()).as(name).isBetween(1500.0, 1560.0);
      assertThat(r.band("D1").orElseThrow().centre())
          .as(name)
          .isCloseTo(two.dCentre(), within(8.0));
      assertThat(r.band("G").orElseThrow().centre())
          .as(name)
          .isCloseTo(two.gCentre(), within(12.0));
      assertThat(r.band("G").orElseThrow().centre()).as(name).isCloseTo(bwf.gCentre(), within(5.0));
      assertThat(r.rSquared()).as(name).isGreaterThan(0.95);
    }
  }

  @Test
  void aTwoBandSpectrumIsRefusedWithEachModelsReason() throws Exception {
    RamanSpectrum p =
        RamanSpectrum.read(MaterialsData.file("synthetic/synthetic_carbon_Raman_532nm.txt"));
    assertThatThrownBy(() -> SadezkyRaman.fit(p.ramanShiftPerCm(), p.counts()))
        .isInstanceOf(IllegalArgumentException.class)
        // both models tried, each refused with its reason
        .hasMessageMatching("(?s).*D4 \\+ D1 \\+ D3 \\+ G: D4 .+; D1 \\+ D3 \\+ G: D3 .+");
  }

  @Test
  void aSpectrumWithoutDAndGBandsIsRefusedWithAReason() {
    double[] x = new double[801];
    double[] y = new double[x.length];
    Random noise = new Random(3);
    for (int k = 0; k < x.length; k++) {
      x[k] = 1000 + k;
      y[k] = 500 + 0.05 * x[k] + 3 * noise.nextGaussian();
    }
    assertThatThrownBy(() -> SadezkyRaman.fit(x, y))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not supported by this spectrum");
  }
}

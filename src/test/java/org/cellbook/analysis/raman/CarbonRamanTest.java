package org.cellbook.analysis.raman;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cellbook.analysis.testdata.MaterialsData;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CarbonRamanTest {

  @Test
  void noiseFreeBandsAreRecoveredExactly() {
    // D: H 900, 1340, w 150; G: H 1000, 1580, w 80; background 200 + 0.15 x → I_D/I_G = 0.9
    // (height),
    // 900·150 / (1000·80) = 1.6875 (area)
    double[] x = new double[1001];
    double[] y = new double[x.length];
    for (int k = 0; k < x.length; k++) {
      x[k] = 800 + k;
      double u = 2 * (x[k] - 1340) / 150;
      double v = 2 * (x[k] - 1580) / 80;
      y[k] = 900 / (1 + u * u) + 1000 / (1 + v * v) + 200 + 0.15 * x[k];
    }
    CarbonRaman r = CarbonRaman.fit(x, y);
    assertThat(r.idIgHeight()).isCloseTo(0.9, within(1e-6));
    assertThat(r.idIgArea()).isCloseTo(1.6875, within(1e-6));
    assertThat(r.dCentre()).isCloseTo(1340, within(1e-4));
    assertThat(r.rSquared()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void noisySyntheticSpectrumGivesItsTrueRatios() throws Exception {
    Path file = MaterialsData.file("synthetic/synthetic_carbon_Raman_532nm.txt");
    JsonNode truth =
        MaterialsData.json("synthetic/TRUE_PARAMETERS.json")
            .get("synthetic_carbon_Raman_532nm.txt");
    List<String> lines =
        Files.readAllLines(file).stream().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
    double[] x = new double[lines.size()];
    double[] y = new double[lines.size()];
    for (int k = 0; k < x.length; k++) {
      String[] parts = lines.get(k).trim().split("\\s+");
      x[k] = Double.parseDouble(parts[0]);
      y[k] = Double.parseDouble(parts[1]);
    }
    CarbonRaman r = CarbonRaman.fit(x, y);
    assertThat(r.idIgHeight()).isCloseTo(truth.get("ID_IG_height").asDouble(), within(0.02));
    assertThat(r.idIgArea()).isCloseTo(truth.get("ID_IG_area").asDouble(), within(0.05));
    assertThat(r.gCentre()).isCloseTo(1580, within(1.0));
    assertThat(r.model()).contains("Lorentzian");
  }

  /**
   * The two real spectra of raman_fitting against MANIFEST.tsv's reference fits (scipy TRF over
   * 1000–1800 cm⁻¹): two Lorentzians, and Lorentzian D + BWF G for pos1. Tolerances: heights and
   * ratios 2 %, positions 1 cm⁻¹ (the manifest allows ~10 % on heights between band models).
   */
  @Test
  void realSpectraMatchTheReferenceFitsWithBothGBandModels() throws Exception {
    RamanSpectrum pos1 =
        RamanSpectrum.read(MaterialsData.file("raman/raman_fitting_testDW38C_pos1.txt"));
    CarbonRaman l = CarbonRaman.fit(pos1.ramanShiftPerCm(), pos1.counts());
    assertThat(l.idIgHeight()).isCloseTo(1.0046, within(0.02));
    assertThat(l.idIgArea()).isCloseTo(2.1806, within(0.04));
    assertThat(l.dCentre()).isCloseTo(1345.2, within(1.0));
    assertThat(l.gCentre()).isCloseTo(1580.1, within(1.0));
    // standard errors from the χ²-scaled covariance: small but not zero on a real spectrum
    assertThat(l.standardErrors()).hasSize(8);
    assertThat(l.standardErrors()[1]).isPositive().isLessThan(5); // x_D, cm⁻¹
    assertThat(l.idIgHeightSe()).isPositive().isLessThan(0.1);

    CarbonRaman b = CarbonRaman.fitBreitWignerFano(pos1.ramanShiftPerCm(), pos1.counts());
    assertThat(b.model()).contains("Breit–Wigner–Fano");
    assertThat(b.bwfQ()).isCloseTo(-4.3092, within(0.2));
    assertThat(b.gHeight()).isCloseTo(68.359, within(1.4)); // BWF maximum I₀(1 + 1/q²)
    assertThat(b.gCentre()).isCloseTo(1585.3, within(1.0)); // at x₀ + w/(2q)
    assertThat(b.dHeight()).isCloseTo(60.7, within(1.2));
    assertThat(b.idIgHeight()).isCloseTo(0.88796, within(0.018));
    assertThat(b.idIgArea()).isNaN();
    assertThat(b.rmsResidual()).isLessThan(l.rmsResidual());

    RamanSpectrum pos2 =
        RamanSpectrum.read(MaterialsData.file("raman/raman_fitting_testDW38C_pos2.txt"));
    CarbonRaman l2 = CarbonRaman.fit(pos2.ramanShiftPerCm(), pos2.counts());
    assertThat(l2.idIgHeight()).isCloseTo(1.3006, within(0.026));
    assertThat(l2.idIgArea()).isCloseTo(2.6514, within(0.053));
  }
}

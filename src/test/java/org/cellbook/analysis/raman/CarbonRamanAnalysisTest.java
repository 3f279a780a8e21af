package org.cellbook.analysis.raman;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.cellbook.analysis.testdata.MaterialsData;
import org.junit.jupiter.api.Test;

/** Which spectra have D and G bands to fit, and what is said about the others. */
class CarbonRamanAnalysisTest {

  private static RamanSpectrum resource(String name) throws Exception {
    return RamanSpectrum.read(
        Path.of(
            CarbonRamanAnalysisTest.class
                .getResource("/org/cellbook/analysis/raman/" + name)
                .toURI()));
  }

  /**
   * raman_fitting's silicon spectrum: the unconstrained two-Lorentzian fit wandered to "D at 1011
   * and G at 742 cm⁻¹", outside its own 1000–1800 window, and was reported as I_D/I_G 0.04.
   */
  @Test
  void siliconHasNoDOrGBandAndSoNoRatio() throws Exception {
    RamanSpectrum si = resource("raman_fitting_Si_spectrum01.txt");

    CarbonRamanAnalysis a = CarbonRamanAnalysis.of(si.ramanShiftPerCm(), si.counts());

    assertThat(a.lorentz()).isNull();
    assertThat(a.bwf()).isNull();
    assertThat(a.multiband()).isNull();
    assertThat(a.warnings())
        .singleElement()
        .asString()
        .startsWith("no I_D/I_G: the D/G fit puts D at 1011 cm⁻¹ and G at 742 cm⁻¹")
        .contains("D position 1011 cm⁻¹ is outside [1300 cm⁻¹, 1400 cm⁻¹]")
        .contains("G position 742.1 cm⁻¹ is outside [1550 cm⁻¹, 1620 cm⁻¹]");
  }

  @Test
  void spectrumEndingBeforeTheBandsIsKeptWithAWarning() throws Exception {
    // the LabRAM export covers 25–541 cm⁻¹
    RamanSpectrum low = resource("wrighttools_LabRAM_spectrum_wn.txt");

    CarbonRamanAnalysis a = CarbonRamanAnalysis.of(low.ramanShiftPerCm(), low.counts());

    assertThat(low.counts()).hasSize(1020);
    assertThat(a.lorentz()).isNull();
    assertThat(a.warnings())
        .containsExactly(
            "no D/G fit: the spectrum has fewer than 20 points between 1000 and 1800 cm⁻¹");
  }

  @Test
  void carbonSpectraKeepEveryFitWithBandsInTheirWindows() throws Exception {
    RamanSpectrum pos1 =
        RamanSpectrum.read(MaterialsData.file("raman/raman_fitting_testDW38C_pos1.txt"));

    CarbonRamanAnalysis a = CarbonRamanAnalysis.of(pos1.ramanShiftPerCm(), pos1.counts());

    // MANIFEST.tsv: D 1345.2, G 1580.1, I_D/I_G 1.0046 (height); BWF G maximum 1585.3
    assertThat(a.lorentz().idIgHeight()).isCloseTo(1.0046, within(0.01));
    assertThat(a.bwf().gCentre()).isCloseTo(1585.3, within(1.0));
    assertThat(a.multiband()).isNotNull();
    assertThat(a.warnings()).isEmpty();
    assertThat(CarbonRaman.ID_IG_HEIGHT.admits(a.lorentz().idIgHeight())).isTrue();
    assertThat(CarbonRaman.ID_IG_AREA.admits(a.multiband().idIgArea())).isTrue();
  }
}

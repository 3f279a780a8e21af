package org.cellbook.analysis.xrd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.cellbook.analysis.testdata.MaterialsData;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CarbonXrdTest {

  @Test
  void braggAndScherrerByHand() {
    // d = 1.5406 / (2 sin 12.605°) = 3.5298 Å; graphite 26.55° → 3.355 Å
    assertThat(CarbonXrd.braggSpacingAngstrom(25.21, 1.5406)).isCloseTo(3.52979, within(1e-4));
    assertThat(CarbonXrd.braggSpacingAngstrom(26.55, 1.5406)).isCloseTo(3.3546, within(1e-3));
    // Lc = 0.89 × 1.5406 / (4.5° in rad × cos 12.605°) = 17.889 Å
    assertThat(CarbonXrd.scherrerLengthAngstrom(25.21, 4.5, 0.89, 1.5406))
        .isCloseTo(17.889, within(1e-3));
  }

  @Test
  void dahnRValueOfTheSyntheticHardCarbon() throws Exception {
    JsonNode truth =
        MaterialsData.json("synthetic/TRUE_PARAMETERS.json")
            .get("synthetic_hardcarbon_XRD_CuKa.xy");
    DiffractionPattern p =
        DiffractionPattern.read(MaterialsData.file("synthetic/synthetic_hardcarbon_XRD_CuKa.xy"));
    assertThat(p.wavelengthAngstrom()).isEqualTo(1.5406);

    CarbonXrd.RValue r = CarbonXrd.rValue(p);

    JsonNode ref = truth.get("R_value");
    assertThat(r.twoThetaAtMaximum())
        .isCloseTo(ref.get("two_theta_of_002_max").asDouble(), within(0.2));
    // The reference baseline is drawn on the noise-free pattern; Poisson noise moves it a little.
    assertThat(r.r()).isCloseTo(ref.get("R_linear_baseline").asDouble(), within(0.1));
    assertThat(r.apparentD002Angstrom())
        .isCloseTo(truth.get("d002_apparent_from_max_A").asDouble(), within(0.03));
  }
}

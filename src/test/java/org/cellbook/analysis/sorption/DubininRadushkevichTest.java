package org.cellbook.analysis.sorption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.cellbook.analysis.testdata.MaterialsData;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class DubininRadushkevichTest {

  @Test
  void syntheticCarbonDioxideIsothermGivesItsTrueParameters() throws Exception {
    JsonNode truth =
        MaterialsData.json("synthetic/TRUE_PARAMETERS.json").get("synthetic_CO2_273K_DR.csv");
    Isotherm iso =
        IsothermImporters.read(MaterialsData.file("synthetic/synthetic_CO2_273K_DR.csv"))
            .adsorption();

    DubininRadushkevich dr =
        DubininRadushkevich.fit(
            iso,
            0,
            1,
            truth.get("T_K").asDouble(),
            truth.get("M_g_mol").asDouble(),
            truth.get("rho_ads_g_cm3").asDouble(),
            truth.get("beta").asDouble());

    // W₀ = n₀ · M / ρ = 4.649 mmol/g × 44.0095 g/mol / 1.023 g/cm³ = 0.200 cm³/g
    assertThat(dr.limitingAmountMillimolesPerGram())
        .isCloseTo(truth.get("n0_mmol_g").asDouble(), within(1e-3));
    assertThat(dr.d()).isCloseTo(truth.get("D_log10_form").asDouble(), within(1e-4));
    assertThat(dr.microporeVolumeCm3PerGram())
        .isCloseTo(truth.get("W0_cm3_g").asDouble(), within(1e-4));
    // E₀ = RT / (β √(D / ln 10)) = 25.0 kJ/mol
    assertThat(dr.characteristicEnergyKilojoulesPerMole())
        .isCloseTo(truth.get("E0_kJ_mol").asDouble(), within(0.01));
    assertThat(dr.rSquared()).isCloseTo(1.0, within(1e-9));
  }
}

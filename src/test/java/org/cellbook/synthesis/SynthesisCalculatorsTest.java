package org.cellbook.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.cellbook.base.Problems;
import org.cellbook.base.ValidationException;
import org.junit.jupiter.api.Test;

class SynthesisCalculatorsTest {

  @Test
  void studyRatioIsOneToTwoPointThreeSix() {
    // m_filler / m_host = V_pore × ρ_filler × f = 1.391 cm³/g × 1.70 g/cm³ × 1 = 2.3647 g/g
    double ratio = FillerRatio.fillerGramsPerHostGram(1.391, 1.70, 1.0);
    assertThat(ratio).isCloseTo(2.3647, within(1e-9));
    assertThat(FillerRatio.asRatio(ratio)).isEqualTo("1 : 2.36");
    // Half-filled pores: 1.18235 g/g
    assertThat(FillerRatio.fillerGramsPerHostGram(1.391, 1.70, 0.5))
        .isCloseTo(1.18235, within(1e-9));
  }

  @Test
  void ratioCheckReportsDeviationAgainstTolerance() {
    // (2.52 − 2.3647) / 2.3647 = +6.57 %
    FillerRatio.Check off = FillerRatio.Check.of(2.3647, 2.52, 5.0);
    assertThat(off.deviationPercent()).isCloseTo(6.567, within(1e-3));
    assertThat(off.withinTolerance()).isFalse();
    assertThat(FillerRatio.Check.of(2.3647, 2.37, 5.0).withinTolerance()).isTrue();
  }

  @Test
  void nonPositivePropertiesAreRefused() {
    assertThatThrownBy(() -> FillerRatio.fillerGramsPerHostGram(0, 1.7, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void yieldIsProductOverCarbonBearingInputs() {
    // 2.16 g from 1.00 g AC + 2.36 g PTCDA: 2.16 / 3.36 = 64.29 %
    assertThat(BatchYield.percent(2.16, 3.36)).isCloseTo(64.2857, within(1e-4));
    assertThat(InputRole.ACTIVATOR.carbonBearing()).isFalse();
    assertThat(InputRole.SOLVENT.carbonBearing()).isFalse();
  }

  @Test
  void stepChecksNameTheFieldOfTheStep() {
    StepParameters tooHot = StepParameters.of(SynthesisStepType.HEAT).withTemperature(3500.0);
    StepParameters noRamp =
        new StepParameters(
            SynthesisStepType.HEAT,
            "Ar",
            null,
            900.0,
            0.0,
            -1.0,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    StepParameters noSetPoint = StepParameters.of(SynthesisStepType.HYDROTHERMAL);
    Problems problems = new Problems();
    tooHot.check("steps[0]", problems);
    noRamp.check("steps[1]", problems);
    noSetPoint.check("steps[2]", problems);

    assertThatThrownBy(problems::throwIfAny)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .extracting(ValidationException.Problem::field)
                    .containsExactlyInAnyOrder(
                        "steps[0].temperature",
                        "steps[1].ramp",
                        "steps[1].hold",
                        "steps[2].temperature"));
    Problems fine = new Problems();
    StepParameters.of(SynthesisStepType.DRYING).withTemperature(-100.0).check("steps[0]", fine);
    fine.throwIfAny();
  }

  @Test
  void stepSummaryReadsLikeALabBook() {
    StepParameters heat =
        new StepParameters(
            SynthesisStepType.HEAT,
            "Ar",
            null,
            1050.0,
            5.0,
            5.0,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            "carbonization",
            null);
    assertThat(heat.summary())
        .isEqualTo("Heat treatment · carbonization · Ar · 5 °C/min to 1050 °C, 5 h");
  }
}

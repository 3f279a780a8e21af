package org.cellbook.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.cellbook.Fixtures;
import org.cellbook.base.ValidationException;
import org.cellbook.materials.Lot;
import org.cellbook.materials.LotService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Batches that cannot be true: a product heavier than its inputs, weighings on a done batch,
 * temperatures no furnace reaches. (A signed batch is refused by RecordLocks, tested with
 * signatures: a mocked lock here would start a second context.) Each is accepted at the limit,
 * refused past it, and a refusal writes nothing.
 */
@SpringBootTest
@WithMockUser(username = "ana", roles = "RESEARCHER")
class BatchPlausibilityTest {

  @Autowired BatchService batches;
  @Autowired LotService lots;
  @Autowired Fixtures fixtures;

  private Lot ac;
  private Lot ptcda;

  private SynthesisBatch acgc(double celsius) {
    ac = fixtures.activatedCarbon(5);
    ptcda = fixtures.ptcda(5);
    return batches.createFromTemplate(
        new NewBatch(
            "molten-diffusion-carbonization",
            Fixtures.unique("ACGC"),
            Map.of("carbonization_C", celsius, "host_mass_g", 1.0),
            List.of(ac.getCode(), ptcda.getCode()),
            null,
            null,
            null));
  }

  /** A batch of 1.00 g of host and 2.37 g of filler weighed, so 3.37 g of inputs. */
  private String weighed() {
    String code = acgc(1050).getCode();
    batches.weighInput(code, 1, ac.getCode(), 1.00);
    batches.weighInput(code, 2, ptcda.getCode(), 2.37);
    return code;
  }

  @Test
  void aProductOfFiftyGramsFromThreePointThreeSevenGramsIsRefused() {
    String code = weighed();
    assertThatThrownBy(() -> batches.recordProduct(code, 50.0))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        new ValidationException.Problem(
                            "productMass",
                            "A product of 50 g outweighs its 3.37 g of weighed inputs (at most"
                                + " 3.437 g with the 2 % mass-balance tolerance)")));
    SynthesisBatch batch = batches.get(code);
    assertThat(batch.getProductMassGrams()).isNull();
    assertThat(batch.getStatus()).isEqualTo(BatchStatus.IN_PROGRESS);
    assertThat(lots.producedBy(batch.getId())).isEmpty();
  }

  @Test
  void aProductUpToTheToleranceAboveItsInputsIsAcceptedAndItsYieldNamesThem() {
    String code = weighed();
    assertThatThrownBy(() -> batches.recordProduct(code, 3.44))
        .isInstanceOf(ValidationException.class);
    batches.recordProduct(code, 3.437);
    assertThat(batches.get(code).getProductMassGrams()).isEqualTo(3.437);

    batches.recordProduct(code, 2.30);
    assertThat(batches.get(code).yieldSummary())
        .hasValue("yield 68.2 % of 3.37 g of carbon-bearing inputs");
  }

  @Test
  void aDoneBatchTakesNoNewWeighing() {
    String code = weighed();
    batches.recordProduct(code, 2.30);
    assertThatThrownBy(() -> batches.weighInput(code, 2, ptcda.getCode(), 2.50))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .extracting(ValidationException.Problem::field)
                    .containsExactly("inputs[1].mass"))
        .hasMessageContaining(code + " is done: it takes no new weighings");
    assertThat(batches.get(code).getInputs().get(1).getMassGrams()).isEqualTo(2.37);
    assertThat(lots.get(ptcda.getCode()).getAmountLeft()).isCloseTo(2.63, within(1e-9));
  }

  @Test
  void aReweighingMayNotLeaveTheProductHeavierThanItsInputs() {
    String code = weighed();
    batches.recordProduct(code, 3.0);
    BatchDetails done = BatchDetails.of(batches.get(code));
    batches.updateDetails(
        new BatchDetails(
            code,
            done.version(),
            done.name(),
            BatchStatus.IN_PROGRESS,
            done.operatorName(),
            done.plannedOn(),
            done.startedOn(),
            null,
            done.notes()),
        "reopened to correct an input");
    // 3.0 g of product needs at least 3.0 / 1.02 = 2.941 g of inputs.
    assertThatThrownBy(() -> batches.weighInput(code, 2, ptcda.getCode(), 1.9))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("inputs[1].mass");
    assertThat(lots.get(ptcda.getCode()).getAmountLeft()).isCloseTo(2.63, within(1e-9));
    batches.weighInput(code, 2, ptcda.getCode(), 1.95);
    assertThat(batches.get(code).getInputs().get(1).getMassGrams()).isEqualTo(1.95);
  }

  @Test
  void aHeatStepNoFurnaceReachesIsRefused() {
    SynthesisBatch batch = acgc(1050);
    StepParameters hottest =
        StepParameters.of(SynthesisStepType.HEAT).withTemperature(StepParameters.MAX_TEMPERATURE_C);
    StepParameters coldest =
        StepParameters.of(SynthesisStepType.DRYING)
            .withTemperature(StepParameters.MIN_TEMPERATURE_C);
    assertThatThrownBy(
            () ->
                batches.replaceSteps(
                    batch.getCode(),
                    batch.getVersion(),
                    List.of(coldest, hottest.withTemperature(3000.5)),
                    "furnace log read again"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        new ValidationException.Problem(
                            "steps[1].temperature",
                            "Temperature must be between -100 and 3000 °C")));
    assertThat(batches.get(batch.getCode()).getKeyTemperatureCelsius()).isEqualTo(1050.0);

    batches.replaceSteps(
        batch.getCode(), batch.getVersion(), List.of(coldest, hottest), "furnace log read again");
    assertThat(batches.get(batch.getCode()).getKeyTemperatureCelsius()).isEqualTo(3000.0);
  }
}

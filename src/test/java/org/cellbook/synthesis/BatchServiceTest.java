package org.cellbook.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.cellbook.Fixtures;
import org.cellbook.audit.HistoryEntry;
import org.cellbook.audit.HistoryService;
import org.cellbook.base.ValidationException;
import org.cellbook.materials.Lot;
import org.cellbook.materials.LotOrigin;
import org.cellbook.materials.LotService;
import org.cellbook.materials.MaterialKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(username = "ana", roles = "RESEARCHER")
class BatchServiceTest {

  @Autowired BatchService batches;
  @Autowired LotService lots;
  @Autowired Fixtures fixtures;
  @Autowired HistoryService history;

  private SynthesisBatch acgc(Lot ac, Lot ptcda, double celsius) {
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

  @Test
  void batchFromTemplatePlansTheFillerMassFromPoreVolumeAndDensity() {
    SynthesisBatch batch = acgc(fixtures.activatedCarbon(10), fixtures.ptcda(10), 1050);

    assertThat(batch.getCode()).matches("B-\\d{4}-\\d{4}");
    assertThat(batch.getStatus()).isEqualTo(BatchStatus.PLANNED);
    assertThat(batch.getOperatorName()).isEqualTo("ana");
    assertThat(batch.getPlannedFillerPerHost()).isCloseTo(2.3647, within(1e-9));
    assertThat(batch.getInputs())
        .extracting(BatchInput::getPlannedMassGrams)
        .containsExactly(1.0, 2.3647);
    assertThat(batch.getKeyTemperatureCelsius()).isEqualTo(1050.0);
    assertThat(batch.getSteps()).hasSize(5);
  }

  @Test
  void seriesMakesOneBatchPerTemperatureWithGeneratedNames() {
    Lot ac = fixtures.activatedCarbon(10);
    Lot ptcda = fixtures.ptcda(20);
    String prefix = Fixtures.unique("S");
    BatchSeries series =
        batches.createSeries(
            new NewSeries(
                "molten-diffusion-carbonization",
                prefix,
                List.of(750.0, 900.0, 1050.0, 1200.0),
                Map.of(),
                List.of(ac.getCode(), ptcda.getCode()),
                null,
                null,
                null));

    List<SynthesisBatch> made = batches.batchesOf(series.getCode());
    assertThat(made)
        .extracting(SynthesisBatch::getName)
        .containsExactly(prefix + "750", prefix + "900", prefix + "1050", prefix + "1200");
    assertThat(made)
        .extracting(SynthesisBatch::getKeyTemperatureCelsius)
        .containsExactly(750.0, 900.0, 1050.0, 1200.0);
    assertThat(made).extracting(SynthesisBatch::getCode).doesNotHaveDuplicates();
    // Planning takes nothing from the lots; weighing does.
    assertThat(lots.get(ptcda.getCode()).getAmountLeft()).isEqualTo(20.0);
  }

  @Test
  void seriesValuesMustBeDistinct() {
    assertThatThrownBy(
            () ->
                batches.createSeries(
                    new NewSeries(
                        "pyrolysis",
                        Fixtures.unique("P"),
                        List.of(900.0, 900.0),
                        Map.of(),
                        List.of(),
                        null,
                        null,
                        null)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("values");
  }

  @Test
  void weighingTakesFromTheLotAndReweighingGivesBack() {
    Lot ac = fixtures.activatedCarbon(5);
    Lot ptcda = fixtures.ptcda(5);
    SynthesisBatch batch = acgc(ac, ptcda, 900);

    batches.weighInput(batch.getCode(), 1, ac.getCode(), 1.0);
    batches.weighInput(batch.getCode(), 2, ptcda.getCode(), 2.40);
    assertThat(lots.get(ptcda.getCode()).getAmountLeft()).isCloseTo(2.60, within(1e-9));
    batches.weighInput(batch.getCode(), 2, ptcda.getCode(), 2.36);
    assertThat(lots.get(ptcda.getCode()).getAmountLeft()).isCloseTo(2.64, within(1e-9));

    SynthesisBatch weighed = batches.get(batch.getCode());
    assertThat(weighed.getStatus()).isEqualTo(BatchStatus.IN_PROGRESS);
    assertThat(batches.ratioCheck(weighed))
        .hasValueSatisfying(
            c -> {
              assertThat(c.actual()).isCloseTo(2.36, within(1e-9));
              assertThat(c.withinTolerance()).isTrue();
            });
  }

  @Test
  void weighingMoreThanIsLeftIsRefusedAndChangesNothing() {
    Lot ac = fixtures.activatedCarbon(0.5);
    SynthesisBatch batch = acgc(ac, fixtures.ptcda(5), 900);

    assertThatThrownBy(() -> batches.weighInput(batch.getCode(), 1, ac.getCode(), 1.0))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .extracting(ValidationException.Problem::field)
                    .containsExactly("inputs[0].mass"));
    assertThat(lots.get(ac.getCode()).getAmountLeft()).isEqualTo(0.5);
    assertThat(batches.get(batch.getCode()).getInputs().getFirst().getMassGrams()).isNull();
    assertThat(batches.get(batch.getCode()).getStatus()).isEqualTo(BatchStatus.PLANNED);
  }

  @Test
  void productBecomesALotThatLaterBatchesUse() {
    Lot sugar = fixtures.grams(MaterialKind.PRECURSOR, 20);
    SynthesisBatch bp =
        batches.createFromTemplate(
            new NewBatch(
                "hydrothermal",
                Fixtures.unique("BP"),
                Map.of(),
                List.of(sugar.getCode()),
                null,
                null,
                null));
    batches.weighInput(bp.getCode(), 1, sugar.getCode(), 6.4);
    Lot bpLot = batches.recordProduct(bp.getCode(), 2.0);

    assertThat(bpLot.getOrigin()).isEqualTo(LotOrigin.PRODUCED);
    assertThat(bpLot.getProducedByBatchId()).isEqualTo(bp.getId());
    assertThat(bpLot.getAmountLeft()).isEqualTo(2.0);
    SynthesisBatch done = batches.get(bp.getCode());
    assertThat(done.getStatus()).isEqualTo(BatchStatus.DONE);
    assertThat(done.yieldPercent())
        .hasValueSatisfying(y -> assertThat(y).isCloseTo(31.25, within(1e-9))); // 2.0 / 6.4

    // LC from BP, then LCGC with LC as host (pore volume unknown: the plan stays open).
    SynthesisBatch lc =
        batches.createFromTemplate(
            new NewBatch(
                "pyrolysis",
                Fixtures.unique("LC"),
                Map.of("precursor_mass_g", 1.5),
                List.of(bpLot.getCode()),
                null,
                null,
                null));
    batches.weighInput(lc.getCode(), 1, bpLot.getCode(), 1.5);
    Lot lcLot = batches.recordProduct(lc.getCode(), 0.9);
    assertThat(lots.get(bpLot.getCode()).getAmountLeft()).isCloseTo(0.5, within(1e-9));
    SynthesisBatch lcgc =
        batches.createFromTemplate(
            new NewBatch(
                "molten-diffusion-carbonization",
                Fixtures.unique("LCGC"),
                Map.of(),
                List.of(lcLot.getCode(), fixtures.ptcda(5).getCode()),
                null,
                null,
                null));
    assertThat(lcgc.getPlannedFillerPerHost()).isNull();
    batches.weighInput(lcgc.getCode(), 1, lcLot.getCode(), 0.5);
    assertThat(lots.get(lcLot.getCode()).getAmountLeft()).isCloseTo(0.4, within(1e-9));

    // Re-weighing the product cannot go below what later batches already took.
    assertThatThrownBy(() -> batches.recordProduct(lc.getCode(), 0.3))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("already used");
  }

  @Test
  void staleEditIsRefusedNotLost() {
    SynthesisBatch batch = acgc(fixtures.activatedCarbon(5), fixtures.ptcda(5), 750);
    BatchDetails mine = BatchDetails.of(batches.get(batch.getCode()));
    BatchDetails theirs = BatchDetails.of(batches.get(batch.getCode()));

    batches.updateDetails(
        new BatchDetails(
            theirs.code(),
            theirs.version(),
            theirs.name(),
            BatchStatus.IN_PROGRESS,
            "ben",
            theirs.plannedOn(),
            theirs.startedOn(),
            theirs.finishedOn(),
            "their note"),
        "operator was ben");

    assertThatThrownBy(
            () ->
                batches.updateDetails(
                    new BatchDetails(
                        mine.code(),
                        mine.version(),
                        mine.name(),
                        BatchStatus.FAILED,
                        "ana",
                        mine.plannedOn(),
                        mine.startedOn(),
                        mine.finishedOn(),
                        "my note"),
                    "it failed"))
        .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    assertThat(batches.get(batch.getCode()).getNotes()).isEqualTo("their note");
  }

  @Test
  void badStepsAreRefusedStepByStep() {
    SynthesisBatch batch = acgc(fixtures.activatedCarbon(5), fixtures.ptcda(5), 750);
    SynthesisBatch current = batches.get(batch.getCode());
    assertThatThrownBy(
            () ->
                batches.replaceSteps(
                    batch.getCode(),
                    current.getVersion(),
                    List.of(
                        StepParameters.of(SynthesisStepType.MIXING),
                        StepParameters.of(SynthesisStepType.HEAT).withTemperature(3100.0)),
                    "route as run"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("steps[1].temperature");
    assertThat(batches.get(batch.getCode()).getSteps()).hasSize(5);
  }

  @Test
  void reorderedRouteIsSavedInItsNewOrderWithTheReason() {
    SynthesisBatch batch = acgc(fixtures.activatedCarbon(5), fixtures.ptcda(5), 750);
    List<StepParameters> reordered =
        new ArrayList<>(batch.getSteps().stream().map(BatchStep::parameters).toList());
    Collections.swap(reordered, 0, 1);
    assertThatThrownBy(
            () -> batches.replaceSteps(batch.getCode(), batch.getVersion(), reordered, " "))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("reason");

    batches.replaceSteps(
        batch.getCode(), batch.getVersion(), reordered, "mixed again after the first heating");

    List<BatchStep> saved = batches.get(batch.getCode()).getSteps();
    assertThat(saved).extracting(BatchStep::parameters).containsExactlyElementsOf(reordered);
    assertThat(saved).extracting(BatchStep::getSeqNo).containsExactly(1, 2, 3, 4, 5);
    assertThat(history.history(BatchStep.class, saved.getFirst().getId()))
        .extracting(HistoryEntry::reason)
        .containsExactly("mixed again after the first heating");
  }

  @Test
  void duplicateBatchNameIsRefused() {
    SynthesisBatch batch = acgc(fixtures.activatedCarbon(5), fixtures.ptcda(5), 750);
    assertThatThrownBy(
            () ->
                batches.createFromTemplate(
                    new NewBatch(
                        "pyrolysis", batch.getName(), Map.of(), List.of(), null, null, null)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("already exists");
  }

  @Test
  @WithMockUser(roles = "VIEWER")
  void viewerCannotCreateBatches() {
    assertThatThrownBy(
            () ->
                batches.createFromTemplate(
                    new NewBatch("pyrolysis", "X", Map.of(), List.of(), null, null, null)))
        .isInstanceOf(AccessDeniedException.class);
  }
}

package org.cellbook.synthesis.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.ShortcutsKt;
import com.vaadin.flow.component.Key;
import java.util.List;
import java.util.Map;
import org.cellbook.Fixtures;
import org.cellbook.materials.Lot;
import org.cellbook.materials.LotService;
import org.cellbook.synthesis.BatchFilter;
import org.cellbook.synthesis.BatchService;
import org.cellbook.synthesis.BatchStep;
import org.cellbook.synthesis.NewBatch;
import org.cellbook.synthesis.RouteTemplate;
import org.cellbook.synthesis.StepParameters;
import org.cellbook.synthesis.SynthesisBatch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
class BatchViewsTest extends SpringBrowserlessTest {

  @Autowired BatchService batches;
  @Autowired LotService lots;
  @Autowired Fixtures fixtures;

  private static RouteTemplate template(BatchesView.TemplateDialog dialog, String code) {
    return dialog
        .template
        .getListDataView()
        .getItems()
        .filter(t -> t.code().equals(code))
        .findFirst()
        .orElseThrow();
  }

  private static Lot pick(List<Lot> offered, Lot wanted) {
    return offered.stream()
        .filter(l -> l.getCode().equals(wanted.getCode()))
        .findFirst()
        .orElseThrow();
  }

  @Test
  @WithMockUser(username = "ana", roles = "RESEARCHER")
  void researcherCreatesASeriesFromTheTemplateThenWeighsABatch() {
    Lot ac = fixtures.activatedCarbon(10);
    Lot ptcda = fixtures.ptcda(20);
    String prefix = Fixtures.unique("UI");
    BatchesView view = navigate(BatchesView.class);

    test(view.newSeries).click();
    BatchesView.NewSeriesDialog dialog = find(BatchesView.NewSeriesDialog.class).single();
    dialog.template.setValue(template(dialog, "molten-diffusion-carbonization"));
    test(dialog.prefix).setValue(prefix);
    test(dialog.values).setValue("750, 900, 1050, 1200");
    dialog
        .form
        .lots
        .get(0)
        .setValue(pick(dialog.form.lots.get(0).getListDataView().getItems().toList(), ac));
    dialog
        .form
        .lots
        .get(1)
        .setValue(pick(dialog.form.lots.get(1).getListDataView().getItems().toList(), ptcda));
    assertThat(dialog.form.plannedRatio.getText()).contains("1 : 2.36");
    test(dialog.save).click();

    List<SynthesisBatch> made =
        batches.page(
            new BatchFilter(prefix, null, null, null, null, null, null, null, null),
            PageRequest.of(0, 10));
    assertThat(made)
        .extracting(SynthesisBatch::getName)
        .containsExactlyInAnyOrder(
            prefix + "750", prefix + "900", prefix + "1050", prefix + "1200");

    SynthesisBatch acgc900 =
        made.stream().filter(b -> b.getName().equals(prefix + "900")).findFirst().orElseThrow();
    BatchView page = navigate("batches/" + acgc900.getCode(), BatchView.class);
    assertThat(page.ratio.getText())
        .contains("Planned host : filler 1 : 2.36")
        .contains("weigh host and filler");

    weigh(page, 0, ac, 1.0);
    weighWithEnter(page, 1, ptcda, 2.52);
    BatchView weighed = page;
    assertThat(weighed.ratio.getText()).contains("weighed 1 : 2.52").contains("outside");
    assertThat(weighed.ratio.getClassNames()).contains("warning");
    assertThat(lots.get(ptcda.getCode()).getAmountLeft()).isEqualTo(20 - 2.52);
  }

  private void weigh(BatchView page, int row, Lot lot, double grams) {
    test(weighDialog(page, row, lot, grams).save).click();
  }

  /** As a balance in keyboard-wedge mode does: the mass, then Enter in the mass field. */
  private void weighWithEnter(BatchView page, int row, Lot lot, double grams) {
    BatchView.WeighDialog dialog = weighDialog(page, row, lot, grams);
    // The mass field has the focus when the dialog opens and its planned value is selected, so
    // what the balance types replaces it.
    assertThat(dialog.mass.isAutofocus()).isTrue();
    assertThat(dialog.mass.isAutoselect()).isTrue();
    assertThat(dialog.getHeaderTitle()).startsWith("Weigh input " + (row + 1) + " (Filler)");
    ShortcutsKt._fireShortcut(dialog.mass, Key.ENTER);
    assertThat(find(BatchView.WeighDialog.class).all()).isEmpty();
  }

  private BatchView.WeighDialog weighDialog(BatchView page, int row, Lot lot, double grams) {
    page.weigh(page.batch.getInputs().get(row));
    BatchView.WeighDialog dialog = find(BatchView.WeighDialog.class).single();
    dialog.lot.setValue(pick(dialog.lot.getListDataView().getItems().toList(), lot));
    test(dialog.mass).setValue(grams);
    return dialog;
  }

  @Test
  @WithMockUser(roles = "RESEARCHER")
  void seriesValuesThatAreNotNumbersAreShownNextToTheField() {
    BatchesView view = navigate(BatchesView.class);
    test(view.newSeries).click();
    BatchesView.NewSeriesDialog dialog = find(BatchesView.NewSeriesDialog.class).single();
    dialog.template.setValue(template(dialog, "pyrolysis"));
    test(dialog.prefix).setValue(Fixtures.unique("P"));
    test(dialog.values).setValue("750, hot");
    test(dialog.save).click();
    assertThat(dialog.values.isInvalid()).isTrue();
    assertThat(dialog.values.getErrorMessage()).contains("'hot' is not a number");
  }

  @Test
  @WithMockUser(roles = "VIEWER")
  void viewerSeesBatchesButNoEditActions() {
    BatchesView view = navigate(BatchesView.class);
    assertThat(view.newBatch.isVisible()).isFalse();
    assertThat(view.newSeries.isVisible()).isFalse();
  }

  @Test
  @WithMockUser(username = "ana", roles = "RESEARCHER")
  void researcherMovesAStepUpAndSavesTheRouteWithAReason() {
    SynthesisBatch batch =
        batches.createFromTemplate(
            new NewBatch(
                "molten-diffusion-carbonization",
                Fixtures.unique("MV"),
                Map.of("carbonization_C", 900.0, "host_mass_g", 1.0),
                List.of(fixtures.activatedCarbon(5).getCode(), fixtures.ptcda(5).getCode()),
                null,
                null,
                null));
    List<StepParameters> before = batch.getSteps().stream().map(BatchStep::parameters).toList();
    BatchView page = navigate("batches/" + batch.getCode(), BatchView.class);
    assertThat(page.steps.getColumns().getFirst().getFlexGrow()).isZero();

    test(page.editSteps).click();
    BatchView.StepsDialog dialog = find(BatchView.StepsDialog.class).single();
    BatchView.StepsDialog.StepRow second = dialog.rows.get(1);
    assertThat(second.up.getAriaLabel()).contains("Move step 2 up");
    assertThat(dialog.rows.getFirst().up.isEnabled()).isFalse();
    assertThat(dialog.rows.getLast().down.isEnabled()).isFalse();
    test(second.up).click();
    assertThat(dialog.rows.getFirst()).isSameAs(second);
    assertThat(second.title.getText()).isEqualTo("Step 1");
    assertThat(second.down.getAriaLabel()).contains("Move step 1 down");

    test(dialog.save).click();
    assertThat(dialog.reason.isInvalid()).isTrue();
    test(dialog.reason).setValue("mixed after the first heating");
    test(dialog.save).click();

    List<StepParameters> after =
        batches.get(batch.getCode()).getSteps().stream().map(BatchStep::parameters).toList();
    assertThat(after)
        .containsExactly(before.get(1), before.get(0), before.get(2), before.get(3), before.get(4));
    assertThat(test(page.steps).getCellText(0, 1)).isEqualTo(before.get(1).summary());
  }
}

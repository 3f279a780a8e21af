package org.cellbook.measurements.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Span;
import java.util.Set;
import org.cellbook.Fixtures;
import org.cellbook.base.ui.WithdrawDialog;
import org.cellbook.measurements.MeasurementService;
import org.cellbook.measurements.SeriesComparison;
import org.cellbook.measurements.WrongMass;
import org.cellbook.synthesis.BatchSeries;
import org.cellbook.synthesis.BatchService;
import org.cellbook.synthesis.SynthesisBatch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/** Choosing batches fills the comparison table and the axes; a plot follows the axes. */
@SpringBootTest
@WithMockUser(username = "ana", roles = "RESEARCHER")
class SeriesViewTest extends SpringBrowserlessTest {

  @Autowired BatchService batches;
  @Autowired MeasurementService measurements;
  @Autowired Fixtures fixtures;

  private SynthesisBatch batchWithDensity(double density) {
    Fixtures.MadeBatch made = fixtures.pyrolysisBatch();
    measurements.recordPycnometry(made.product().getCode(), density, null, null);
    return made.batch();
  }

  @Test
  void batchesComparedAndPlotted() {
    SynthesisBatch a = batchWithDensity(1.55);
    SynthesisBatch b = batchWithDensity(1.60);
    SeriesView view = navigate(SeriesView.class);
    view.chosen.setValue(
        view.chosen
            .getListDataView()
            .getItems()
            .filter(x -> Set.of(a.getCode(), b.getCode()).contains(x.getCode()))
            .toList());

    assertThat(view.rows).hasSize(2);
    assertThat(test(view.table).size()).isEqualTo(2);
    assertThat(view.x.getListDataView().getItems().map(SeriesComparison.Variable::key))
        .contains(SeriesComparison.TEMPERATURE, "material:true_density_g_cm3");

    view.choose(SeriesComparison.TEMPERATURE, "material:true_density_g_cm3");
    assertThat($(PlotChart.class).all()).hasSize(1);
    assertThat(view.fit.getText()).contains("too few batches");
  }

  @Test
  void implausibleValuesAreLeftOutUnlessTheUserIncludesThem() throws Exception {
    Fixtures.MadeBatch made = fixtures.pyrolysisBatch();
    measurements.recordPycnometry(made.product().getCode(), 1.58, null, null);
    WrongMass.upload(measurements, fixtures.halfCell(made.product()).getCode(), null);
    WrongMass.upload(measurements, fixtures.halfCell(made.product()).getCode());
    SeriesView view = navigate(SeriesView.class);
    view.chosen.setValue(
        view.chosen
            .getListDataView()
            .getItems()
            .filter(x -> x.getCode().equals(made.batch().getCode()))
            .toList());
    String key = "cell:reversible_capacity_mah_g";
    view.choose("material:true_density_g_cm3", key);

    assertThat(view.includeImplausible.getValue()).isFalse();
    assertThat(view.rows.getFirst().stat(key).n()).isEqualTo(1);
    Span cell = (Span) test(view.table).getCellComponent(0, column(view, key));
    assertThat(cell.getText()).endsWith("· 1 implausible value left out");
    assertThat(cell.getClassNames()).doesNotContain(KpiMarks.CLASS);
    assertThat(view.fit.getText()).contains("1 implausible value left out");

    test(view.includeImplausible).click();
    assertThat(view.rows.getFirst().stat(key).n()).isEqualTo(2);
    cell = (Span) test(view.table).getCellComponent(0, column(view, key));
    assertThat(cell.getClassNames()).contains(KpiMarks.CLASS);
    assertThat(cell.getTitle().orElseThrow()).contains("1 implausible value included");
    assertThat(view.fit.getText()).contains("1 implausible value included");
  }

  @Test
  void aSavedSeriesIsRenamedWithAReasonAndWithdrawnFromItsPage() {
    fixtures.series(Fixtures.unique("S"));
    BatchSeries saved = fixtures.series(Fixtures.unique("S"));
    assertThat(batches.allSeries().getFirst().getCode()).isNotEqualTo(saved.getCode());
    SeriesView view = navigate(SeriesView.class);
    view.series.clear();
    assertThat(view.editSeries.isVisible()).isFalse();
    view.series.setValue(batches.series(saved.getCode()));
    assertThat(view.editSeries.isVisible()).isTrue();

    test(view.editSeries).click();
    SeriesView.SeriesDialog dialog = find(SeriesView.SeriesDialog.class).single();
    test(dialog.name).setValue("carbonisation temperature");
    test(dialog.save).click();
    assertThat(dialog.reason.isInvalid()).isTrue();
    assertThat(batches.series(saved.getCode()).getName()).isNotEqualTo("carbonisation temperature");
    test(dialog.reason).setValue("named after the variable, not the route");
    test(dialog.save).click();
    assertThat(batches.series(saved.getCode()).getName()).isEqualTo("carbonisation temperature");
    assertThat(view.series.getValue().getName()).isEqualTo("carbonisation temperature");
    // A reload (as after signing) keeps the chosen series, not the first one.
    com.vaadin.flow.component.UI.getCurrent().refreshCurrentRoute(false);
    view = find(SeriesView.class).single();
    assertThat(view.series.getValue().getCode()).isEqualTo(saved.getCode());

    batches.batchesOf(saved.getCode()).forEach(b -> batches.withdraw(b.getCode(), "abandoned"));
    test(view.withdrawSeries).click();
    WithdrawDialog withdraw = find(WithdrawDialog.class).single();
    test(withdraw.reason).setValue("series abandoned");
    test(withdraw.withdraw).click();
    assertThat(view.series.getValue()).isNull();
    assertThat(view.series.getListDataView().getItems().map(BatchSeries::getCode))
        .doesNotContain(saved.getCode());
  }

  /** The table's column of a variable: batch, name, then the key variables in order. */
  private static int column(SeriesView view, String key) {
    return 2
        + SeriesComparison.variables(view.rows).stream()
            .filter(SeriesComparison::isKey)
            .map(SeriesComparison.Variable::key)
            .toList()
            .indexOf(key);
  }
}

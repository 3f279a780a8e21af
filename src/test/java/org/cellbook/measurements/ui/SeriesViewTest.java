package org.cellbook.measurements.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.Set;
import org.cellbook.Fixtures;
import org.cellbook.measurements.MeasurementService;
import org.cellbook.measurements.SeriesComparison;
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
}

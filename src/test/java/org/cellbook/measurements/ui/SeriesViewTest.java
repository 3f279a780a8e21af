package org.cellbook.measurements.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cellbook.Fixtures;
import org.cellbook.materials.Lot;
import org.cellbook.materials.MaterialKind;
import org.cellbook.measurements.MeasurementService;
import org.cellbook.measurements.SeriesComparison;
import org.cellbook.synthesis.BatchService;
import org.cellbook.synthesis.NewBatch;
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
    Lot precursor = fixtures.grams(MaterialKind.PRECURSOR, 10);
    SynthesisBatch b =
        batches.createFromTemplate(
            new NewBatch(
                "pyrolysis",
                Fixtures.unique("HC"),
                Map.of("precursor_mass_g", 2.0),
                List.of(precursor.getCode()),
                null,
                null,
                null));
    batches.weighInput(b.getCode(), 1, precursor.getCode(), 2.0);
    Lot product = batches.recordProduct(b.getCode(), 1.0);
    measurements.recordPycnometry(product.getCode(), density, null, null);
    return batches.get(b.getCode());
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

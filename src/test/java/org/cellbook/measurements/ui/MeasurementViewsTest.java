package org.cellbook.measurements.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.cellbook.Fixtures;
import org.cellbook.analysis.testdata.SharedData;
import org.cellbook.cells.Cell;
import org.cellbook.materials.Lot;
import org.cellbook.materials.MaterialKind;
import org.cellbook.measurements.KpiValue;
import org.cellbook.measurements.Measurement;
import org.cellbook.measurements.MeasurementService;
import org.cellbook.measurements.MeasurementStatus;
import org.cellbook.measurements.WrongMass;
import org.cellbook.security.SystemUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A researcher drops a cycler file on a cell, sees it analysed, opens it for its numbers and plots,
 * and analyses it again with a corrected mass; failures and pycnometry on a lot.
 */
@SpringBootTest
@WithMockUser(username = "ana", roles = "RESEARCHER")
class MeasurementViewsTest extends SpringBrowserlessTest {

  @Autowired MeasurementService measurements;
  @Autowired Fixtures fixtures;

  /** What the upload component hands over: a temporary copy under the uploaded name. */
  private static void drop(MeasurementsPanel panel, Path file, String name) throws Exception {
    File tmp = File.createTempFile("upload", ".tmp");
    Files.copy(file, tmp.toPath(), StandardCopyOption.REPLACE_EXISTING);
    panel.received(name, tmp);
  }

  private Measurement awaitFinished(String code) throws InterruptedException {
    assertThat(measurements.awaitAnalyses(Duration.ofSeconds(60))).as(code).isTrue();
    return measurements.get(code);
  }

  private MeasurementsPanel panelOf(String route) {
    UI.getCurrent().navigate(route);
    return $(MeasurementsPanel.class).single();
  }

  @Test
  void uploadAnalyseInspectAndReanalyse() throws Exception {
    Cell cell = fixtures.halfCell();
    MeasurementsPanel panel = panelOf("cells/" + cell.getCode());
    drop(
        panel,
        SharedData.file("land/synthetic_LAND_NaHC_formation_rate.txt"),
        "NaHC_formation.txt");
    test(panel.attach).click();
    assertThat(panel.pending).isEmpty();
    Measurement m = measurements.ofCell(cell.getCode()).getFirst();
    assertThat(awaitFinished(m.getCode()).getStatus()).isEqualTo(MeasurementStatus.DONE);

    MeasurementView view = navigate("measurements/" + m.getCode(), MeasurementView.class);
    assertThat(test(view.kpis).size()).isGreaterThan(5);
    assertThat(view.kpis.getListDataView().getItems().map(KpiValue::display)).contains("80.6 %");
    assertThat($(PlotChart.class).all())
        .extracting(c -> c.plot().id())
        .contains("voltage-capacity", "capacity-cycle", "ce-cycle", "rate", "dqdv");
    PlotChart profiles =
        $(PlotChart.class).all().stream()
            .filter(c -> c.plot().id().equals("voltage-capacity"))
            .findFirst()
            .orElseThrow();
    assertThat(profiles.plot().curves()).isNotEmpty();
    assertThat(PlotChart.option(profiles.plot())).contains("\"xAxis\"").contains("mAh g⁻¹");

    test(view.activeMass).setValue(1.2);
    test(view.reanalyse).click();
    awaitFinished(m.getCode());
    view = navigate("measurements/" + m.getCode(), MeasurementView.class);
    assertThat(view.runs.getListDataView().getItems().count()).isEqualTo(2);
    assertThat(view.kpis.getListDataView().getItems().map(KpiValue::display))
        .contains("346.6 mAh g⁻¹");
  }

  /** The row of a KPI in the measurement page's results. */
  private static int rowOf(MeasurementView view, String kpi) {
    List<KpiValue> rows = view.kpis.getListDataView().getItems().toList();
    return rows.indexOf(rows.stream().filter(k -> k.name().equals(kpi)).findFirst().orElseThrow());
  }

  @Test
  void anImplausibleResultIsRedWithItsReasonOnTheMeasurementAndTheCell() throws Exception {
    Cell cell = fixtures.halfCell();
    Measurement m = WrongMass.upload(measurements, cell.getCode());

    MeasurementView view = navigate("measurements/" + m.getCode(), MeasurementView.class);
    Span capacity =
        (Span) test(view.kpis).getCellComponent(rowOf(view, "reversible_capacity_mah_g"), 1);
    assertThat(capacity.getClassNames()).contains(KpiMarks.CLASS);
    assertThat(capacity.getText()).isEqualTo("4.159e+04 mAh g⁻¹ !");
    assertThat(capacity.getTitle().orElseThrow())
        .startsWith("Implausible: Reversible capacity 41590 mAh g⁻¹ is outside")
        .contains("active mass");
    Span ice = (Span) test(view.kpis).getCellComponent(rowOf(view, "ice"), 1);
    assertThat(ice.getClassNames()).doesNotContain(KpiMarks.CLASS);
    assertThat(ice.getText()).isEqualTo("80.6 %");
    assertThat(ice.getTitle()).isEmpty();
    // The reason also as text, and a line above the table.
    assertThat(view.implausibleColumn.isVisible()).isTrue();
    assertThat(
            ((Span) test(view.kpis).getCellComponent(rowOf(view, "plateau_capacity_mah_g"), 3))
                .getText())
        .startsWith("Plateau capacity 24660 mAh g⁻¹ is outside");
    assertThat(view.getElement().getTextRecursively())
        .contains("3 results lie outside the physical range");

    // On the cell's page the key results carry the same marks.
    MeasurementsPanel panel = panelOf("cells/" + cell.getCode());
    Span keys = (Span) test(panel.grid).getCellComponent(0, 3);
    List<Span> marked =
        keys.getChildren()
            .map(Span.class::cast)
            .filter(x -> x.getClassNames().contains(KpiMarks.CLASS))
            .toList();
    assertThat(marked)
        .extracting(Span::getText)
        .containsExactlyInAnyOrder(
            "Reversible capacity 4.159e+04 mAh g⁻¹ !",
            "Plateau capacity 2.466e+04 mAh g⁻¹ !",
            "Sloping capacity 1.693e+04 mAh g⁻¹ !");
    assertThat(keys.getElement().getTextRecursively()).contains("ICE 80.6 %");

    // With the cell's own mass nothing is marked and the reasons column is hidden.
    Measurement right = WrongMass.upload(measurements, cell.getCode(), null);
    view = navigate("measurements/" + right.getCode(), MeasurementView.class);
    assertThat(view.implausibleColumn.isVisible()).isFalse();
    assertThat(view.getElement().getTextRecursively()).doesNotContain("physical range");
  }

  /** Drops a file that is no instrument export on the cell's page: its analysis fails. */
  private Measurement failedUpload(Cell cell, String name) throws Exception {
    MeasurementsPanel panel = panelOf("cells/" + cell.getCode());
    Path garbage = Files.createTempFile("garbage", ".txt");
    Files.writeString(garbage, "this is not\na cycler export\n");
    drop(panel, garbage, name);
    test(panel.attach).click();
    Measurement m = awaitFinished(measurements.ofCell(cell.getCode()).getFirst().getCode());
    assertThat(m.getStatus()).isEqualTo(MeasurementStatus.FAILED);
    return m;
  }

  @Test
  void aFileThatCannotBeReadShowsWhyAndStaysDownloadable() throws Exception {
    Measurement m = failedUpload(fixtures.halfCell(), "notes.txt");

    MeasurementView view = navigate("measurements/" + m.getCode(), MeasurementView.class);
    assertThat(view.getElement().getTextRecursively()).contains("Failed: ").contains("notes.txt");
    assertThat($(com.vaadin.flow.component.html.Anchor.class).all())
        .anyMatch(a -> a.getText().equals("notes.txt"));
  }

  @Test
  void pycnometryIsTypedInOnALot() {
    Lot carbon = fixtures.grams(MaterialKind.SYNTHESISED_CARBON, 1);
    MeasurementsPanel panel = panelOf("lots/" + carbon.getCode());
    test(panel.density).setValue(1.62);
    test(panel.densitySd).setValue(0.01);
    test(panel.savePycnometry).click();
    assertThat(test(panel.grid).size()).isEqualTo(1);
    String code = measurements.ofLot(carbon.getCode()).getFirst().getCode();
    assertThat(measurements.currentKpis(code))
        .extracting(KpiValue::display)
        .contains("1.62 g cm⁻³");
  }

  @Test
  @WithMockUser(username = "vic", roles = "VIEWER")
  void viewersSeeMeasurementsButCannotUpload() {
    Lot carbon = SystemUser.call(() -> fixtures.grams(MaterialKind.SYNTHESISED_CARBON, 1));
    MeasurementsPanel panel = panelOf("lots/" + carbon.getCode());
    assertThat(panel.upload.isAttached()).isFalse();
    assertThat(panel.grid.isAttached()).isTrue();
  }

  @Test
  void aFailedMeasurementIsWithdrawnFromItsPageNotDeleted() throws Exception {
    Cell cell = fixtures.halfCell();
    String code = failedUpload(cell, "scribble.txt").getCode();

    MeasurementView view = navigate("measurements/" + code, MeasurementView.class);
    assertThat(view.withdraw.isVisible()).isTrue();
    assertThat(
            view.getChildren()
                .flatMap(c -> c.getChildren())
                .filter(Button.class::isInstance)
                .map(c -> ((Button) c).getText()))
        .noneMatch(text -> text.toLowerCase(java.util.Locale.ROOT).contains("delete"));
    measurements.withdraw(code, "scribble, not data");
    view = navigate("measurements/" + code, MeasurementView.class);
    assertThat(view.withdraw.isVisible()).isFalse();
    assertThat(measurements.get(code).isWithdrawn()).isTrue();
  }
}

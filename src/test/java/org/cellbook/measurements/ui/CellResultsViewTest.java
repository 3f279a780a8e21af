package org.cellbook.measurements.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Span;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.cellbook.Fixtures;
import org.cellbook.analysis.testdata.SharedData;
import org.cellbook.cells.Cell;
import org.cellbook.measurements.CellSearch;
import org.cellbook.measurements.MeasurementService;
import org.cellbook.measurements.NewFile;
import org.cellbook.measurements.WrongMass;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/** Searching cells by their KPIs from the results page. */
@SpringBootTest
@WithMockUser(username = "ana", roles = "RESEARCHER")
class CellResultsViewTest extends SpringBrowserlessTest {

  @Autowired MeasurementService measurements;
  @Autowired Fixtures fixtures;

  @Test
  void cellsMatchingEveryConditionAreListed() throws Exception {
    Cell cell = fixtures.halfCell();
    Path land = SharedData.file("land/synthetic_LAND_NaHC_formation_rate.txt");
    measurements.attachToCell(
        cell.getCode(),
        null,
        List.of(new NewFile("f.txt", () -> Files.newInputStream(land))),
        null);
    assertThat(measurements.awaitAnalyses(Duration.ofSeconds(60))).isTrue();

    CellResultsView view = navigate(CellResultsView.class);
    test(view.conditions).setValue("ICE>0.8, reversible_capacity_mah_g>=200");
    test(view.search).click();
    List<CellSearch.Hit> shown = test(view.grid).size() > 0 ? rows(view) : List.of();
    assertThat(shown).isNotEmpty();
    assertThat(shown).allSatisfy(h -> assertThat(h.kpis().get("ice")).isGreaterThan(0.8));

    test(view.conditions).setValue("ice is high");
    test(view.search).click();
    assertThat(view.conditions.isInvalid()).isTrue();
    assertThat(view.conditions.getErrorMessage()).contains("ice>0.8");
  }

  @Test
  void anImplausibleValueIsRedWithItsReasonInTheResults() throws Exception {
    Cell cell = fixtures.halfCell();
    WrongMass.upload(measurements, cell.getCode());

    CellResultsView view = navigate(CellResultsView.class);
    test(view.conditions).setValue("reversible_capacity_mah_g>=40000, ice>0.8");
    test(view.search).click();
    List<CellSearch.Hit> shown = rows(view);
    int row = shown.stream().map(CellSearch.Hit::code).toList().indexOf(cell.getCode());
    assertThat(row).isNotNegative();
    assertThat(shown.get(row).implausible().keySet())
        .containsExactlyInAnyOrderElementsOf(WrongMass.IMPLAUSIBLE);

    int capacityColumn = 5 + CellResultsView.COLUMNS.indexOf("reversible_capacity_mah_g");
    Span capacity = (Span) test(view.grid).getCellComponent(row, capacityColumn);
    assertThat(capacity.getClassNames()).contains(KpiMarks.CLASS);
    assertThat(capacity.getText()).endsWith(" !");
    assertThat(capacity.getTitle().orElseThrow()).contains("active mass is likely wrong");
    Span ice = (Span) test(view.grid).getCellComponent(row, 5);
    assertThat(ice.getClassNames()).doesNotContain(KpiMarks.CLASS);
    assertThat(ice.getText()).isEqualTo("80.6 %");
  }

  private List<CellSearch.Hit> rows(CellResultsView view) {
    int n = test(view.grid).size();
    return java.util.stream.IntStream.range(0, Math.min(n, 50))
        .mapToObj(i -> test(view.grid).getRow(i))
        .toList();
  }
}

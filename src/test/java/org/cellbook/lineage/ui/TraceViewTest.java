package org.cellbook.lineage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cellbook.Fixtures;
import org.cellbook.cells.AssembleCell;
import org.cellbook.cells.CellConfiguration;
import org.cellbook.cells.CellService;
import org.cellbook.electrodes.NewDisc;
import org.cellbook.electrodes.NewSheet;
import org.cellbook.electrodes.SheetService;
import org.cellbook.lineage.TraceDirection;
import org.cellbook.materials.AmountUnit;
import org.cellbook.materials.Lot;
import org.cellbook.materials.LotService;
import org.cellbook.materials.Material;
import org.cellbook.materials.MaterialKind;
import org.cellbook.materials.MaterialService;
import org.cellbook.materials.NewPurchasedLot;
import org.cellbook.synthesis.BatchService;
import org.cellbook.synthesis.NewBatch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(roles = "VIEWER")
class TraceViewTest extends SpringBrowserlessTest {

  @Autowired MaterialService materials;
  @Autowired LotService lots;
  @Autowired BatchService batches;
  @Autowired SheetService sheets;
  @Autowired CellService cells;
  @Autowired Fixtures fixtures;

  @Test
  @WithMockUser(roles = "RESEARCHER")
  void tracingABatchBackShowsItsInputLotsAsGraphAndTable() {
    String tag = UUID.randomUUID().toString().substring(0, 5).toUpperCase();
    materials.save(new Material("SU" + tag, "sucrose", MaterialKind.PRECURSOR));
    Lot sugar =
        lots.registerPurchase(
            new NewPurchasedLot(
                "SU" + tag, AmountUnit.GRAM, 20.0, null, null, LocalDate.now(), null, null, null));
    String bp =
        batches
            .createFromTemplate(
                new NewBatch(
                    "hydrothermal",
                    "BP" + tag,
                    Map.of(),
                    List.of(sugar.getCode()),
                    null,
                    null,
                    null))
            .getCode();
    batches.weighInput(bp, 1, sugar.getCode(), 6.4);

    TraceView view = navigate("trace/" + bp, TraceView.class);

    assertThat(view.direction.getValue()).isEqualTo(TraceDirection.BACK);
    assertThat(view.summary.getText()).contains(bp);
    assertThat(view.graph.getElement().getChild(0).getOuterHTML())
        .contains("<svg")
        .contains(sugar.getCode());
    List<TraceView.Row> rows = view.table.getGenericDataView().getItems().toList();
    assertThat(rows).extracting(TraceView.Row::code).contains(bp, sugar.getCode(), "SU" + tag);
    assertThat(rows)
        .filteredOn(r -> r.code().equals(sugar.getCode()))
        .extracting(TraceView.Row::via)
        .containsExactly(sugar.getCode() + " → " + bp + " (6.4 g)");
  }

  @Test
  @WithMockUser(roles = "RESEARCHER")
  void aCellTracesBackToItsBatchAndForwardFromTheBatchToTheCell() {
    Lot precursor = fixtures.grams(MaterialKind.PRECURSOR, 10);
    String batch =
        batches
            .createFromTemplate(
                new NewBatch(
                    "pyrolysis",
                    Fixtures.unique("PY"),
                    Map.of(),
                    List.of(precursor.getCode()),
                    null,
                    null,
                    null))
            .getCode();
    batches.weighInput(batch, 1, precursor.getCode(), 1.0);
    Lot product = batches.recordProduct(batch, 0.5);
    Lot foil = fixtures.lot(MaterialKind.CURRENT_COLLECTOR, AmountUnit.PIECE, 5, m -> {});
    String sheet =
        sheets
            .create(
                new NewSheet(
                    Fixtures.unique("s "),
                    product.getCode(),
                    null,
                    null,
                    foil.getCode(),
                    100.0,
                    0.0,
                    0.0,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null))
            .getCode();
    sheets.addDiscs(sheet, List.of(new NewDisc(12.0, 12.0, 10.0)));
    Lot sodium = fixtures.grams(MaterialKind.COUNTER_ELECTRODE, 1);
    String cell =
        cells
            .assemble(
                new AssembleCell(
                    null,
                    null,
                    CellConfiguration.HALF,
                    sheet + "-D1",
                    sodium.getCode(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null))
            .getCode();

    TraceView back = navigate("trace/" + cell, TraceView.class);
    assertThat(back.table.getGenericDataView().getItems().map(TraceView.Row::code).toList())
        .contains(cell, sheet + "-D1", sheet, product.getCode(), batch, precursor.getCode());

    TraceView forward = navigate("trace/" + batch, TraceView.class);
    test(forward.direction).selectItem("Forward (what was made from it)");
    test(forward.trace).click();
    assertThat(forward.table.getGenericDataView().getItems().map(TraceView.Row::code).toList())
        .contains(product.getCode(), sheet, sheet + "-D1", cell)
        .doesNotContain(precursor.getCode());
  }
}

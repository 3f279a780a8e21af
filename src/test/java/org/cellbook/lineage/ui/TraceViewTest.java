package org.cellbook.lineage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cellbook.lineage.Direction;
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

    assertThat(view.direction.getValue()).isEqualTo(Direction.BACK);
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
}

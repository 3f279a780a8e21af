package org.cellbook.lineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cellbook.base.NotFoundException;
import org.cellbook.base.RecordType;
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
@WithMockUser(roles = "RESEARCHER")
class LineageServiceTest {

  @Autowired MaterialService materials;
  @Autowired LotService lots;
  @Autowired BatchService batches;
  @Autowired LineageService lineage;

  private final String tag = UUID.randomUUID().toString().substring(0, 5).toUpperCase();

  private Lot buy(String code, MaterialKind kind, double grams) {
    materials.save(new Material(code + tag, code, kind));
    return lots.registerPurchase(
        new NewPurchasedLot(
            code + tag, AmountUnit.GRAM, grams, null, null, LocalDate.now(), null, null, null));
  }

  /** precursor lot → pyrolysis batch → product lot → mix batch (with a second purchased lot). */
  private String chain() {
    Lot ptcda = buy("PT", MaterialKind.FILLER, 10);
    Lot ac = buy("AC", MaterialKind.HOST_CARBON, 10);
    String gc =
        batches
            .createFromTemplate(
                new NewBatch(
                    "pyrolysis",
                    "GC" + tag,
                    Map.of("precursor_mass_g", 2.0),
                    List.of(ptcda.getCode()),
                    null,
                    null,
                    null))
            .getCode();
    batches.weighInput(gc, 1, ptcda.getCode(), 2.0);
    Lot gcLot = batches.recordProduct(gc, 1.1);
    String mix =
        batches
            .createFromTemplate(
                new NewBatch(
                    "mechanical-mix",
                    "ACGCMIX" + tag,
                    Map.of(),
                    List.of(ac.getCode(), gcLot.getCode()),
                    null,
                    null,
                    null))
            .getCode();
    batches.weighInput(mix, 1, ac.getCode(), 0.5);
    batches.weighInput(mix, 2, gcLot.getCode(), 0.5);
    return mix;
  }

  @Test
  void batchTracesBackThroughProductLotsToPurchasedMaterialsWithQuantities() {
    String mix = chain();

    Lineage back = lineage.trace(mix, TraceDirection.BACK);

    assertThat(back.root().code()).isEqualTo(mix);
    assertThat(back.nodes().getFirst().depth()).isZero();
    assertThat(back.nodes())
        .extracting(n -> n.record().type())
        .contains(RecordType.BATCH, RecordType.LOT, RecordType.MATERIAL);
    assertThat(back.nodes()).extracting(n -> n.record().name()).contains("GC" + tag, "PT", "AC");
    // The precursor lot is four flows up: mix ← GC lot ← GC batch ← PT lot.
    assertThat(back.nodes())
        .filteredOn(n -> n.record().code().equals("PT" + tag + "-LOT-0001"))
        .extracting(Lineage.Node::depth)
        .containsExactly(3);
    assertThat(back.edges())
        .anySatisfy(
            e -> {
              assertThat(e.from()).isEqualTo("PT" + tag + "-LOT-0001");
              assertThat(e.quantity()).isEqualTo(2.0);
              assertThat(e.unit()).isEqualTo("g");
            });
  }

  @Test
  void purchasedLotTracesForwardToEveryBatchMadeFromIt() {
    String mix = chain();
    Lineage forward = lineage.trace("PT" + tag + "-LOT-0001", TraceDirection.FORWARD);

    assertThat(forward.nodes()).extracting(n -> n.record().code()).contains(mix);
    assertThat(forward.nodes()).extracting(n -> n.record().name()).contains("GC" + tag);
    assertThat(forward.edges()).allSatisfy(e -> assertThat(e.from()).isNotEqualTo(mix));
  }

  @Test
  void unknownCodeSaysSo() {
    assertThatThrownBy(() -> lineage.trace("NO-SUCH-CODE", TraceDirection.BACK))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("NO-SUCH-CODE");
  }
}

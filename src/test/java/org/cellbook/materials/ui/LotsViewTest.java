package org.cellbook.materials.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.UUID;
import org.cellbook.materials.AmountUnit;
import org.cellbook.materials.LotFilter;
import org.cellbook.materials.LotService;
import org.cellbook.materials.Material;
import org.cellbook.materials.MaterialKind;
import org.cellbook.materials.MaterialService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
class LotsViewTest extends SpringBrowserlessTest {

  @Autowired MaterialService materials;
  @Autowired LotService lots;

  private Material material() {
    String code = "M" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    Material m = new Material(code, "foil " + code, MaterialKind.CURRENT_COLLECTOR);
    return materials.save(m);
  }

  @Test
  @WithMockUser(roles = "RESEARCHER")
  void researcherRegistersALotAndFindsItByText() {
    Material foil = material();
    LotsView view = navigate(LotsView.class);

    test(view.register).click();
    LotsView.RegisterDialog dialog = find(LotsView.RegisterDialog.class).single();
    test(dialog.material).selectItem(foil.toString());
    test(dialog.amount).setValue(12.5);
    test(dialog.unit).selectItem("pcs");
    test(dialog.location).setValue("Drawer D7");
    test(dialog.save).click();

    var found = lots.page(new LotFilter(foil.getCode(), null, null, false), PageRequest.of(0, 10));
    assertThat(found)
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.getAmountLeft()).isEqualTo(12.5);
              assertThat(l.getUnit()).isEqualTo(AmountUnit.PIECE);
              assertThat(l.getLocation()).isEqualTo("Drawer D7");
            });
    test(view.text).setValue(foil.getCode());
    assertThat(test(view.grid).size()).isEqualTo(1);
  }

  @Test
  @WithMockUser(roles = "RESEARCHER")
  void negativeAmountIsShownNextToTheField() {
    Material foil = material();
    navigate(LotsView.class);
    test(find(LotsView.class).single().register).click();
    LotsView.RegisterDialog dialog = find(LotsView.RegisterDialog.class).single();
    test(dialog.material).selectItem(foil.toString());
    test(dialog.amount).setValue(-3.0);
    test(dialog.save).click();

    assertThat(dialog.amount.isInvalid()).isTrue();
    assertThat(dialog.amount.getErrorMessage()).contains("greater than zero");
    assertThat(lots.page(new LotFilter(foil.getCode(), null, null, false), PageRequest.of(0, 10)))
        .isEmpty();
  }

  @Test
  @WithMockUser(roles = "VIEWER")
  void viewerSeesNoEditActions() {
    assertThat(navigate(LotsView.class).register.isVisible()).isFalse();
    assertThat(navigate(MaterialsView.class).add.isVisible()).isFalse();
  }
}

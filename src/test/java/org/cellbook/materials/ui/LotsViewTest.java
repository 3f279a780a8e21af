package org.cellbook.materials.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.CellFocusEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.util.List;
import java.util.UUID;
import org.cellbook.Fixtures;
import org.cellbook.materials.AmountUnit;
import org.cellbook.materials.Lot;
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
  @Autowired Fixtures fixtures;

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

  private LotsView listOnly(Lot lot) {
    LotsView view = navigate(LotsView.class);
    test(view.text).setValue(lot.getCode());
    assertThat(test(view.grid).size()).isEqualTo(1);
    return view;
  }

  @Test
  @WithMockUser(roles = "RESEARCHER")
  void codesAmountsAndDatesStayWholeWhileLongTextTakesTheRestWithATooltip() {
    Lot lot = fixtures.grams(MaterialKind.BINDER, 49.16);
    Grid<Lot> grid = listOnly(lot).grid;

    for (String whole : List.of("code", "amountLeft", "receivedOn")) {
      assertThat(grid.getColumnByKey(whole).isAutoWidth()).as(whole).isTrue();
      assertThat(grid.getColumnByKey(whole).getFlexGrow()).as(whole).isZero();
    }
    assertThat(test(grid).getCellText(0, test(grid).getColumnPosition("amountLeft")))
        .isEqualTo("49.160 g");
    Grid.Column<Lot> material = grid.getColumnByKey("material.name");
    assertThat(material.getFlexGrow()).isEqualTo(1);
    assertThat(material.getTooltipGenerator().apply(lot)).isEqualTo(lot.getMaterial().getName());
  }

  @Test
  @WithMockUser(roles = "RESEARCHER")
  void aSingleClickOnARowOpensTheLot() {
    Lot lot = fixtures.grams(MaterialKind.BINDER, 3);
    test(listOnly(lot).grid).clickRow(0);
    assertThat(getCurrentView()).isInstanceOf(LotView.class);
    assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
        .isEqualTo("lots/" + lot.getCode());
  }

  @Test
  @WithMockUser(roles = "RESEARCHER")
  void enterOnTheFocusedRowOpensTheLot() {
    Lot lot = fixtures.grams(MaterialKind.BINDER, 3);
    Grid<Lot> grid = listOnly(lot).grid;
    String key = grid.getDataCommunicator().getKeyMapper().key(test(grid).getRow(0));
    // What the browser sends: the cell that took the focus, then the key pressed in the grid.
    ComponentUtil.fireEvent(grid, new CellFocusEvent<>(grid, true, key, null, "body"));
    grid.getElement()
        .getNode()
        .getFeature(ElementListenerMap.class)
        .fireEvent(
            new DomEvent(
                grid.getElement(),
                "keydown",
                JacksonUtils.createObjectNode().put("event.key === 'Enter'", true)));
    assertThat(getCurrentView()).isInstanceOf(LotView.class);
  }

  @Test
  @WithMockUser(roles = "RESEARCHER")
  void datePickersReadAndWriteIsoDates() {
    LotsView view = navigate(LotsView.class);
    test(view.register).click();
    List<DatePicker> pickers = find(DatePicker.class).all();
    assertThat(pickers).hasSizeGreaterThanOrEqualTo(4);
    assertThat(pickers)
        .allSatisfy(p -> assertThat(p.getI18n().getDateFormats()).containsExactly("yyyy-MM-dd"));
  }

  @Test
  @WithMockUser(roles = "RESEARCHER")
  void aSingleClickOnAMaterialOpensItsForm() {
    Material foil = material();
    MaterialsView view = navigate(MaterialsView.class);
    int row =
        view.grid
            .getListDataView()
            .getItems()
            .map(Material::getCode)
            .toList()
            .indexOf(foil.getCode());
    test(view.grid).clickRow(row);
    assertThat(find(MaterialsView.MaterialDialog.class).single().code.getValue())
        .isEqualTo(foil.getCode());
  }
}

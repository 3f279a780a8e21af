package org.cellbook.materials.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import org.cellbook.materials.Lot;
import org.cellbook.materials.LotService;
import org.cellbook.materials.MaterialKind;
import org.jspecify.annotations.Nullable;

/** How other features' views show and pick lots. */
public final class LotComponents {

  private LotComponents() {}

  /** A picker of the lots of these kinds that have something left. */
  public static ComboBox<Lot> picker(String label, LotService lots, MaterialKind... kinds) {
    ComboBox<Lot> box = new ComboBox<>(label);
    box.setItems(lots.available(kinds));
    box.setItemLabelGenerator(Lot::describe);
    box.setClearButtonVisible(true);
    return box;
  }

  /** "AC-LOT-0001 · activated carbon", linked to the lot's page; null for no lot. */
  public static @Nullable Component link(@Nullable Lot lot) {
    return lot == null
        ? null
        : new Anchor("lots/" + lot.getCode(), lot.getCode() + " · " + lot.getMaterial().getName());
  }
}

package org.cellbook;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;
import org.cellbook.materials.AmountUnit;
import org.cellbook.materials.Lot;
import org.cellbook.materials.LotService;
import org.cellbook.materials.Material;
import org.cellbook.materials.MaterialKind;
import org.cellbook.materials.MaterialService;
import org.cellbook.materials.NewPurchasedLot;
import org.springframework.stereotype.Component;

/**
 * Builds the materials and lots a test needs, with codes unique to the test, since every test of a
 * run shares one notebook database.
 */
@Component
public class Fixtures {

  private final MaterialService materials;
  private final LotService lots;

  Fixtures(MaterialService materials, LotService lots) {
    this.materials = materials;
    this.lots = lots;
  }

  public static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
  }

  /** A new material of this kind with one purchased lot of {@code amount}. */
  public Lot lot(MaterialKind kind, AmountUnit unit, double amount, Consumer<Material> properties) {
    Material m = new Material(unique("M"), kind.label(), kind);
    properties.accept(m);
    materials.save(m);
    return lots.registerPurchase(
        new NewPurchasedLot(
            m.getCode(), unit, amount, "supplier", "S-1", LocalDate.now(), null, "shelf", null));
  }

  public Lot grams(MaterialKind kind, double grams) {
    return lot(kind, AmountUnit.GRAM, grams, m -> {});
  }

  /** Activated carbon with the study's pore volume (1.391 cm³/g). */
  public Lot activatedCarbon(double grams) {
    return lot(
        MaterialKind.HOST_CARBON, AmountUnit.GRAM, grams, m -> m.setPoreVolumeCm3PerGram(1.391));
  }

  /** PTCDA with the study's density (1.70 g/cm³). */
  public Lot ptcda(double grams) {
    return lot(MaterialKind.FILLER, AmountUnit.GRAM, grams, m -> m.setDensityGramsPerCm3(1.70));
  }
}

package org.cellbook;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.cellbook.cells.AssembleCell;
import org.cellbook.cells.Cell;
import org.cellbook.cells.CellConfiguration;
import org.cellbook.cells.CellService;
import org.cellbook.electrodes.ElectrodeSheet;
import org.cellbook.electrodes.NewDisc;
import org.cellbook.electrodes.NewSheet;
import org.cellbook.electrodes.SheetService;
import org.cellbook.materials.AmountUnit;
import org.cellbook.materials.Lot;
import org.cellbook.materials.LotService;
import org.cellbook.materials.Material;
import org.cellbook.materials.MaterialKind;
import org.cellbook.materials.MaterialService;
import org.cellbook.materials.NewPurchasedLot;
import org.cellbook.synthesis.BatchSeries;
import org.cellbook.synthesis.BatchService;
import org.cellbook.synthesis.NewBatch;
import org.cellbook.synthesis.NewSeries;
import org.cellbook.synthesis.SynthesisBatch;
import org.springframework.stereotype.Component;

/**
 * Builds the materials and lots a test needs, with codes unique to the test, since every test of a
 * run shares one notebook database.
 */
@Component
public class Fixtures {

  private final MaterialService materials;
  private final LotService lots;
  private final SheetService sheets;
  private final CellService cells;
  private final BatchService batches;

  Fixtures(
      MaterialService materials,
      LotService lots,
      SheetService sheets,
      CellService cells,
      BatchService batches) {
    this.materials = materials;
    this.lots = lots;
    this.sheets = sheets;
    this.cells = cells;
    this.batches = batches;
  }

  /** A batch and the lot it produced. */
  public record MadeBatch(SynthesisBatch batch, Lot product) {}

  /** A pyrolysis batch of 2 g of a new precursor lot that made 1 g of product. */
  public MadeBatch pyrolysisBatch() {
    Lot precursor = grams(MaterialKind.PRECURSOR, 10);
    SynthesisBatch batch =
        batches.createFromTemplate(
            new NewBatch(
                "pyrolysis",
                unique("HC"),
                Map.of("precursor_mass_g", 2.0),
                List.of(precursor.getCode()),
                null,
                null,
                null));
    batches.weighInput(batch.getCode(), 1, precursor.getCode(), 2.0);
    Lot product = batches.recordProduct(batch.getCode(), 1.0);
    return new MadeBatch(batches.get(batch.getCode()), product);
  }

  /** A saved series of one carbonization batch at 950 °C from the study's route. */
  public BatchSeries series(String name) {
    return batches.createSeries(
        new NewSeries(
            "molten-diffusion-carbonization",
            name,
            List.of(950.0),
            Map.of(),
            List.of(),
            null,
            null,
            null));
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

  /**
   * A half cell vs Na on a new sheet's only disc: 12 mm (1.1310 cm²), 12.0 mg on a 10.0 mg blank at
   * 90 % active, so 1.80 mg of active mass.
   */
  public Cell halfCell() {
    return halfCell(grams(MaterialKind.SYNTHESISED_CARBON, 1));
  }

  /** The same half cell with its active material taken from {@code active}. */
  public Cell halfCell(Lot active) {
    return cells.assemble(
        new AssembleCell(
            null,
            null,
            CellConfiguration.HALF,
            disc(active),
            grams(MaterialKind.COUNTER_ELECTRODE, 5).getCode(),
            null,
            lot(MaterialKind.SEPARATOR, AmountUnit.PIECE, 10, m -> {}).getCode(),
            lot(MaterialKind.ELECTROLYTE, AmountUnit.MILLILITRE, 1.0, m -> {}).getCode(),
            80.0,
            0.1,
            0.1,
            null,
            LocalDate.now(),
            null,
            "LAND",
            "1-1",
            null));
  }

  /** A full cell: a hard-carbon disc (negative, working) against a cathode disc. */
  public Cell fullCell() {
    return cells.assemble(
        new AssembleCell(
            null,
            null,
            CellConfiguration.FULL,
            disc(grams(MaterialKind.SYNTHESISED_CARBON, 1)),
            null,
            disc(grams(MaterialKind.CATHODE_ACTIVE, 1)),
            lot(MaterialKind.SEPARATOR, AmountUnit.PIECE, 10, m -> {}).getCode(),
            lot(MaterialKind.ELECTROLYTE, AmountUnit.MILLILITRE, 1.0, m -> {}).getCode(),
            80.0,
            0.1,
            0.1,
            null,
            LocalDate.now(),
            null,
            "LAND",
            "1-2",
            null));
  }

  /** The only disc of a new sheet of {@code active}, as in {@link #halfCell()}. */
  private String disc(Lot active) {
    Lot binder = grams(MaterialKind.BINDER, 5);
    Lot foil = lot(MaterialKind.CURRENT_COLLECTOR, AmountUnit.PIECE, 10, m -> {});
    ElectrodeSheet sheet =
        sheets.create(
            new NewSheet(
                unique("sheet "),
                active.getCode(),
                binder.getCode(),
                null,
                foil.getCode(),
                90.0,
                10.0,
                0.0,
                12.5,
                "water",
                "doctor blade",
                null,
                "120 °C vacuum",
                LocalDate.now(),
                null,
                null));
    sheets.addDiscs(sheet.getCode(), List.of(new NewDisc(12.0, 12.0, 10.0)));
    return sheet.getCode() + "-D1";
  }
}

package org.cellbook.lineage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cellbook.base.RecordType;

/**
 * One kind of flow in the build graph, as columns of one table: which record was used (parent),
 * which was made (child), and the quantity that flowed when the table knows it.
 */
record Relation(
    RecordType parent,
    RecordType child,
    String from,
    String parentColumn,
    String childColumn,
    String quantity,
    String unit,
    String condition) {

  /** Table of each record type, in the order codes are looked up. */
  static final Map<RecordType, String> TABLES = new LinkedHashMap<>();

  static {
    TABLES.put(RecordType.CELL, "cell");
    TABLES.put(RecordType.DISC, "disc");
    TABLES.put(RecordType.SHEET, "electrode_sheet");
    TABLES.put(RecordType.BATCH, "synthesis_batch");
    TABLES.put(RecordType.LOT, "lot");
    TABLES.put(RecordType.MATERIAL, "material");
    TABLES.put(RecordType.MEASUREMENT, "measurement");
  }

  private static Relation sheetInput(String column) {
    return new Relation(
        RecordType.LOT,
        RecordType.SHEET,
        "electrode_sheet s",
        "s." + column,
        "s.id",
        "null",
        "null",
        "");
  }

  static final List<Relation> ALL =
      List.of(
          // A purchased lot comes from its catalogue material; a produced one from its batch.
          new Relation(
              RecordType.MATERIAL,
              RecordType.LOT,
              "lot l",
              "l.material_id",
              "l.id",
              "l.amount_initial",
              "l.unit",
              "l.origin = 'PURCHASED'"),
          new Relation(
              RecordType.BATCH,
              RecordType.LOT,
              "lot l",
              "l.produced_by_batch_id",
              "l.id",
              "l.amount_initial",
              "'g'",
              ""),
          new Relation(
              RecordType.LOT,
              RecordType.BATCH,
              "batch_input i",
              "i.lot_id",
              "i.batch_id",
              "coalesce(i.mass_g, i.planned_mass_g)",
              "'g'",
              ""),
          new Relation(
              RecordType.LOT,
              RecordType.SHEET,
              "electrode_sheet s",
              "s.active_lot_id",
              "s.id",
              "s.slurry_active_mass_g",
              "'g'",
              ""),
          sheetInput("binder_lot_id"),
          sheetInput("additive_lot_id"),
          sheetInput("collector_lot_id"),
          // Active mass in the disc (mg) when its blank foil was weighed.
          new Relation(
              RecordType.SHEET,
              RecordType.DISC,
              "disc d join electrode_sheet ds on ds.id = d.sheet_id",
              "d.sheet_id",
              "d.id",
              "(d.disc_mass_mg - d.blank_mass_mg) * ds.active_fraction_pct / 100",
              "'mg'",
              ""),
          new Relation(
              RecordType.DISC,
              RecordType.CELL,
              "cell c",
              "c.working_disc_id",
              "c.id",
              "null",
              "null",
              ""),
          new Relation(
              RecordType.DISC,
              RecordType.CELL,
              "cell c",
              "c.counter_disc_id",
              "c.id",
              "null",
              "null",
              ""),
          new Relation(
              RecordType.LOT,
              RecordType.CELL,
              "cell c",
              "c.counter_lot_id",
              "c.id",
              "null",
              "null",
              ""),
          new Relation(
              RecordType.LOT,
              RecordType.CELL,
              "cell c",
              "c.separator_lot_id",
              "c.id",
              "null",
              "null",
              ""),
          new Relation(
              RecordType.LOT,
              RecordType.CELL,
              "cell c",
              "c.electrolyte_lot_id",
              "c.id",
              "c.electrolyte_volume_ul",
              "'µL'",
              ""),
          // What was measured on a cell or on a material sample.
          new Relation(
              RecordType.CELL,
              RecordType.MEASUREMENT,
              "measurement m",
              "m.cell_id",
              "m.id",
              "null",
              "null",
              ""),
          new Relation(
              RecordType.LOT,
              RecordType.MEASUREMENT,
              "measurement m",
              "m.lot_id",
              "m.id",
              "null",
              "null",
              ""));
}

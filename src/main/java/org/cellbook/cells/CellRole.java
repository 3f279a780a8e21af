package org.cellbook.cells;

import java.util.Optional;
import org.cellbook.materials.MaterialKind;

/**
 * What a cell's cycling measures, as its records tell it: a carbon working electrode against sodium
 * or lithium metal, a cathode material against the metal, or two electrodes of their own. It
 * decides which half cycle opens a cycle: sodiation first for an anode half cell, charge first for
 * a cathode half cell or a full cell.
 */
public enum CellRole {
  ANODE_HALF_CELL("an anode half cell"),
  CATHODE_HALF_CELL("a cathode half cell"),
  FULL_CELL("a full cell");

  private final String description;

  CellRole(String description) {
    this.description = description;
  }

  /** "a cathode half cell". */
  public String description() {
    return description;
  }

  /**
   * The role of a cell, or empty when its records do not tell: a half cell whose working
   * electrode's active material is neither a carbon nor a cathode material (a filler, a precursor,
   * "other").
   */
  public static Optional<CellRole> of(Cell cell) {
    if (cell.getConfiguration() == CellConfiguration.FULL) {
      return Optional.of(FULL_CELL);
    }
    MaterialKind kind = cell.getWorkingDisc().getSheet().getActiveLot().getMaterial().getKind();
    return switch (kind) {
      case HOST_CARBON, SYNTHESISED_CARBON -> Optional.of(ANODE_HALF_CELL);
      case CATHODE_ACTIVE -> Optional.of(CATHODE_HALF_CELL);
      default -> Optional.empty();
    };
  }
}

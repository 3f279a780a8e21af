package org.cellbook.analysis.cycling;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Rate capability: cycles grouped by current density; retention relative to the lowest-rate group;
 * a later group back at the initial rate is the "return".
 *
 * @param currentUnit "mA g⁻¹", "mA cm⁻²" or "mA"
 * @param capacityUnit "mAh g⁻¹", "mAh cm⁻²" or "mAh"
 * @param groups groups in file order
 * @param returnGroup index into groups of the last group back at the first group's rate (not the
 *     first group itself), or -1
 * @param returnRecovery that group's mean / the first group's mean, null without a return
 */
public record RateTable(
    String currentUnit,
    String capacityUnit,
    List<RateGroup> groups,
    int returnGroup,
    @Nullable Double returnRecovery) {

  public RateTable {
    groups = List.copyOf(groups);
  }
}

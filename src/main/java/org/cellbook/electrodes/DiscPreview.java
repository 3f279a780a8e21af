package org.cellbook.electrodes;

import java.util.List;
import org.cellbook.base.ValidationException;
import org.jspecify.annotations.Nullable;

/**
 * One disc as the sheet would take it: the blank used (weighed, or from the foil), what follows
 * from the weighings, and the problems that refuse it (empty when it would be accepted).
 *
 * @param blankMassMilligrams null when neither weighed nor derivable from the foil
 * @param metrics null for a refused row, so impossible numbers are never shown as results
 */
public record DiscPreview(
    NewDisc disc,
    @Nullable Double blankMassMilligrams,
    boolean blankFromFoil,
    @Nullable DiscMetrics metrics,
    List<ValidationException.Problem> problems) {

  public boolean refused() {
    return !problems.isEmpty();
  }
}

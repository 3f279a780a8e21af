package org.cellbook.electrodes;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.cellbook.base.Numbers;
import org.cellbook.base.Problems;
import org.cellbook.base.ValidationException.Problem;
import org.jspecify.annotations.Nullable;

/**
 * What new discs must satisfy on their sheet; the one check behind both the "Add discs" preview and
 * the save, so the preview flags exactly the rows the save refuses, with the same messages.
 */
final class DiscRules {

  /**
   * Coin-cell electrodes are punched at 10–19 mm (CR20xx cases are 20 mm inside) and Swagelok cells
   * take 12.7 mm; 30 mm leaves room for larger test cells while refusing typing errors.
   */
  static final double MAX_DIAMETER_MM = 30;

  /**
   * Relative slack so that a total exactly at the slurry's active mass is not refused by rounding.
   */
  private static final double ROUNDING = 1e-9;

  private DiscRules() {}

  /** Each new disc with its problems; errors name the row ("discs[2].discMass"). */
  static List<DiscPreview> check(ElectrodeSheet sheet, List<NewDisc> discs) {
    return check(sheet, discs, null);
  }

  /**
   * The corrected weighings of one disc, checked as if it were added anew to its sheet without its
   * old values; errors name the field ("discMass").
   */
  static List<Problem> checkCorrection(Disc disc, NewDisc corrected) {
    return check(disc.getSheet(), List.of(corrected), disc).getFirst().problems();
  }

  private static List<DiscPreview> check(
      ElectrodeSheet sheet, List<NewDisc> discs, @Nullable Disc corrected) {
    double activeSoFarMg =
        sheet.getDiscs().stream()
            .filter(d -> d != corrected && !d.isWithdrawn())
            .mapToDouble(d -> d.metrics().activeMassMilligrams())
            .sum();
    Double slurryActiveMg =
        sheet.getSlurryActiveMassGrams() == null ? null : sheet.getSlurryActiveMassGrams() * 1000;
    List<DiscPreview> rows = new ArrayList<>();
    for (int i = 0; i < discs.size(); i++) {
      NewDisc d = discs.get(i);
      String row = corrected == null ? "discs[" + i + "]." : "";
      int rowNumber = i + 1;
      UnaryOperator<String> label =
          corrected == null
              ? text -> "Row " + rowNumber + ": " + text
              : text -> Character.toUpperCase(text.charAt(0)) + text.substring(1);
      Problems problems = new Problems();
      problems
          .required(d.diameterMillimetres(), row + "diameter", label.apply("diameter"))
          .inRangeIfGiven(
              d.diameterMillimetres(),
              0,
              MAX_DIAMETER_MM,
              row + "diameter",
              label.apply("diameter"),
              "mm")
          .positive(d.discMassMilligrams(), row + "discMass", label.apply("disc mass"))
          .positiveIfGiven(
              d.blankMassMilligrams(), row + "blankMass", label.apply("blank foil mass"));
      boolean computable = problems.found().isEmpty();
      Double blank =
          d.blankMassMilligrams() != null || !computable
              ? d.blankMassMilligrams()
              : sheet.blankFromFoil(d.diameterMillimetres());
      DiscMetrics metrics = null;
      if (computable && blank == null) {
        problems.check(
            false,
            row + "blankMass",
            label.apply(
                "weigh a blank foil disc, or give the current collector's areal mass in the catalogue"));
      } else if (computable && d.discMassMilligrams() <= blank) {
        problems.check(
            false,
            row + "discMass",
            label.apply("disc (")
                + Numbers.plain(d.discMassMilligrams())
                + " mg) is not heavier than its blank foil ("
                + Numbers.plain(blank)
                + " mg)");
      } else if (computable) {
        metrics =
            DiscMetrics.of(
                d.diameterMillimetres(),
                d.discMassMilligrams(),
                blank,
                sheet.getActiveFractionPercent() / 100);
        activeSoFarMg += metrics.activeMassMilligrams();
        if (slurryActiveMg != null) {
          problems.check(
              activeSoFarMg <= slurryActiveMg * (1 + ROUNDING),
              row + "discMass",
              label.apply("the sheet's discs would hold ")
                  + Numbers.plain(activeSoFarMg)
                  + " mg of active material, more than the "
                  + Numbers.plain(slurryActiveMg)
                  + " mg its slurry took");
        }
      }
      rows.add(
          new DiscPreview(
              d,
              blank,
              d.blankMassMilligrams() == null && blank != null,
              problems.found().isEmpty() ? metrics : null,
              problems.found()));
    }
    return rows;
  }
}

package org.cellbook.measurements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.cellbook.base.ValidationException;
import org.junit.jupiter.api.Test;

/** What an upload may name and set, checked before anything is stored or queued. */
class UploadInputTest {

  @Test
  void namesBecomeSafeDisplayNames() {
    assertThat(NewFile.displayName("/")).isEqualTo("upload");
    assertThat(NewFile.displayName("..")).isEqualTo("upload");
    assertThat(NewFile.displayName("")).isEqualTo("upload");
    assertThat(NewFile.displayName(null)).isEqualTo("upload");
    assertThat(NewFile.displayName(" \t ")).isEqualTo("upload");
    assertThat(NewFile.displayName("../../etc/passwd")).isEqualTo("passwd");
    assertThat(NewFile.displayName("C:\\Users\\lab\\ch 3.xlsx")).isEqualTo("ch 3.xlsx");
    assertThat(NewFile.displayName("run\u0000 1\n.txt")).isEqualTo("run 1.txt");
    assertThat(NewFile.displayName("cell\u202Etxt.exe")).isEqualTo("celltxt.exe");
    assertThat(NewFile.displayName(".txt")).isEqualTo(".txt");
    assertThat(NewFile.displayName("dir/.")).isEqualTo("upload");
  }

  @Test
  void longNamesKeepTheirExtensionAndFitAFileSystem() {
    String shortened = NewFile.displayName("a".repeat(400) + ".mpr");
    assertThat(shortened).hasSize(NewFile.MAX_NAME_LENGTH).endsWith("a.mpr");
    String wide = NewFile.displayName("測".repeat(300) + ".txt");
    assertThat(wide).endsWith(".txt");
    assertThat(wide.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255);
    // Not an extension: a sentence with a full stop in it is cut like any name.
    assertThat(NewFile.displayName("x".repeat(300) + ". and then some more words"))
        .hasSize(NewFile.MAX_NAME_LENGTH);
  }

  private static AnalysisParameters mass(Double mg) {
    return new AnalysisParameters(null, mg, null, null, null, null, null, null, null, null);
  }

  @Test
  void quantitiesMustBeFinitePositiveAndPlausible() {
    for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, -5, 0, 1e9}) {
      assertThatThrownBy(() -> mass(bad).checked())
          .isInstanceOfSatisfying(
              ValidationException.class,
              e -> assertThat(e.problems().getFirst().field()).isEqualTo("active_mass_mg"));
    }
    assertThat(mass(1.8).checked().activeMassMilligrams()).isEqualTo(1.8);
    assertThat(AnalysisParameters.NONE.checked()).isEqualTo(AnalysisParameters.NONE);
  }

  @Test
  void openingIsAutoReductionOrOxidation() {
    var p =
        new AnalysisParameters(null, null, null, null, "REDUCTION", null, null, null, null, null);
    assertThat(p.checked().opening()).isEqualTo("reduction");
    var bogus =
        new AnalysisParameters(null, null, null, null, "bogus", null, null, null, null, null);
    assertThatThrownBy(bogus::checked).hasMessageContaining("opening");
  }

  @Test
  void aForcedBetRangeHasBothEndsInOrder() {
    assertThatThrownBy(
            () ->
                new AnalysisParameters(null, null, null, null, null, null, null, null, 0.3, 0.05)
                    .checked())
        .hasMessageContaining("bet_range_high");
    assertThatThrownBy(
            () ->
                new AnalysisParameters(null, null, null, null, null, null, null, null, 0.05, null)
                    .checked())
        .hasMessageContaining("both ends");
    assertThatThrownBy(
            () ->
                new AnalysisParameters(null, null, null, null, null, null, null, null, 0.05, 1.5)
                    .checked())
        .hasMessageContaining("bet_range_high");
  }
}

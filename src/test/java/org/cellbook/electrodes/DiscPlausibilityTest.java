package org.cellbook.electrodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.cellbook.Fixtures;
import org.cellbook.base.ValidationException;
import org.cellbook.materials.AmountUnit;
import org.cellbook.materials.Lot;
import org.cellbook.materials.MaterialKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Discs a sheet cannot have: each rule accepts the limit, refuses past it, and a refused list adds
 * no disc; the preview flags the same rows with the same messages.
 */
@SpringBootTest
@WithMockUser(username = "ana", roles = "RESEARCHER")
class DiscPlausibilityTest {

  @Autowired SheetService sheets;
  @Autowired Fixtures fixtures;

  /** A sheet on 8.06 mg/cm² foil, all active (so active mass = coating), with this slurry. */
  private String sheet(Double slurryActiveGrams) {
    Lot active = fixtures.grams(MaterialKind.SYNTHESISED_CARBON, 1);
    Lot binder = fixtures.grams(MaterialKind.BINDER, 1);
    Lot foil =
        fixtures.lot(
            MaterialKind.CURRENT_COLLECTOR,
            AmountUnit.PIECE,
            10,
            m -> m.setArealMassMilligramsPerCm2(8.06));
    return sheets
        .create(
            new NewSheet(
                Fixtures.unique("sheet "),
                active.getCode(),
                binder.getCode(),
                null,
                foil.getCode(),
                100.0,
                0.0,
                0.0,
                null,
                null,
                null,
                slurryActiveGrams,
                null,
                LocalDate.now(),
                null,
                null))
        .getCode();
  }

  private ValidationException refused(String sheet, NewDisc... discs) {
    List<NewDisc> rows = List.of(discs);
    ValidationException e =
        catchThrowableOfType(ValidationException.class, () -> sheets.addDiscs(sheet, rows));
    assertThat(e).isNotNull();
    List<ValidationException.Problem> previewed =
        sheets.previewDiscs(sheet, rows).stream().flatMap(r -> r.problems().stream()).toList();
    assertThat(previewed).isEqualTo(e.problems());
    return e;
  }

  private static List<String> fields(ValidationException e) {
    return e.problems().stream().map(ValidationException.Problem::field).toList();
  }

  @Test
  void diameterIsAboveZeroAndAtMostThirtyMillimetres() {
    String sheet = sheet(null);
    ValidationException e =
        refused(
            sheet,
            new NewDisc(-12.0, 12.0, 10.0),
            new NewDisc(0.0, 12.0, 10.0),
            new NewDisc(30.01, 12.0, 10.0));
    assertThat(fields(e))
        .containsExactly("discs[0].diameter", "discs[1].diameter", "discs[2].diameter");
    assertThat(e.problems().getFirst().message())
        .isEqualTo("Row 1: diameter must be greater than 0 and at most 30 mm, not -12.0");
    assertThat(sheets.get(sheet).getDiscs()).isEmpty();

    sheets.addDiscs(sheet, List.of(new NewDisc(30.0, 12.0, 10.0)));
    assertThat(sheets.get(sheet).getDiscs()).hasSize(1);
  }

  @Test
  void aDiscMustOutweighItsBlank() {
    String sheet = sheet(null);
    ValidationException e =
        refused(
            sheet,
            new NewDisc(12.0, 12.0, 10.0),
            new NewDisc(12.0, 9.0, 10.0),
            new NewDisc(12.0, 10.0, 10.0));
    assertThat(fields(e)).containsExactly("discs[1].discMass", "discs[2].discMass");
    assertThat(e.problems().getFirst().message())
        .isEqualTo("Row 2: disc (9 mg) is not heavier than its blank foil (10 mg)");
    // A blank from the foil: 8.06 mg/cm² × 1.131 cm² = 9.116 mg.
    assertThat(refused(sheet, new NewDisc(12.0, 9.0, null)).problems().getFirst().message())
        .isEqualTo("Row 1: disc (9 mg) is not heavier than its blank foil (9.116 mg)");
    assertThat(sheets.get(sheet).getDiscs()).isEmpty();

    sheets.addDiscs(sheet, List.of(new NewDisc(12.0, 10.001, 10.0)));
    assertThat(sheets.get(sheet).getDiscs()).hasSize(1);
  }

  @Test
  void aHundredMillionMilligramDiscOnASheetOfPointTwoGramsIsRefused() {
    String sheet = sheet(0.2);
    ValidationException e = refused(sheet, new NewDisc(12.0, 99_999_999.0, 10.0));
    assertThat(e.problems())
        .containsExactly(
            new ValidationException.Problem(
                "discs[0].discMass",
                "Row 1: the sheet's discs would hold 100000000 mg of active material, more than"
                    + " the 200 mg its slurry took"));
    assertThat(sheets.get(sheet).getDiscs()).isEmpty();
  }

  @Test
  void theDiscsOfASheetHoldAtMostTheActiveMaterialItsSlurryTook() {
    String sheet = sheet(0.2);
    // 100 mg of coating each, all active: the second reaches the slurry's 200 mg exactly.
    sheets.addDiscs(sheet, List.of(new NewDisc(12.0, 110.0, 10.0)));
    sheets.addDiscs(sheet, List.of(new NewDisc(12.0, 110.0, 10.0)));

    ValidationException e =
        refused(sheet, new NewDisc(12.0, 10.5, 10.0), new NewDisc(12.0, 10.5, 10.0));
    assertThat(fields(e)).containsExactly("discs[0].discMass", "discs[1].discMass");
    assertThat(e.problems().get(1).message())
        .isEqualTo(
            "Row 2: the sheet's discs would hold 201 mg of active material, more than the 200 mg"
                + " its slurry took");
    assertThat(sheets.get(sheet).getDiscs()).hasSize(2);
  }

  @Test
  void infiniteOrMissingMassesAreRefusedByName() {
    String sheet = sheet(null);
    ValidationException e =
        refused(
            sheet,
            new NewDisc(12.0, Double.POSITIVE_INFINITY, 10.0),
            new NewDisc(null, 12.0, 10.0));
    assertThat(e.problems())
        .extracting(ValidationException.Problem::message)
        .containsExactly("Row 1: disc mass must be a finite number", "Row 2: diameter is required");
    assertThatThrownBy(() -> sheets.addDiscs(sheet, List.of()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("at least one disc");
  }
}

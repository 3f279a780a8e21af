package org.cellbook.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.cellbook.Fixtures;
import org.cellbook.base.ReportKind;
import org.cellbook.cells.Cell;
import org.cellbook.measurements.MeasurementService;
import org.cellbook.measurements.WrongMass;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A PDF never shows a value outside its physical range as a plain result: it carries a "!n" mark
 * whose footnote gives the analysis's reason, and means leave it out and say so. Read back with
 * PDFBox's text extraction.
 */
@SpringBootTest
@WithMockUser(username = "ana", roles = "RESEARCHER")
class ImplausibleInReportsTest {

  @Autowired ReportService reports;
  @Autowired MeasurementService measurements;
  @Autowired Fixtures fixtures;

  /** Text with all white space removed, so a line break inside a phrase does not matter. */
  private static String squeezed(String s) {
    return s.replaceAll("\\s+", "");
  }

  private String text(ReportKind kind, String code) throws Exception {
    try (PdfChecks pdf = new PdfChecks(reports.render(kind, code, "ana"))) {
      return squeezed(pdf.text());
    }
  }

  @Test
  void theCellPassportMarksTheValueAndGivesTheReasonInAFootnote() throws Exception {
    Cell cell = fixtures.halfCell();
    WrongMass.upload(measurements, cell.getCode());

    String text = text(ReportKind.CELL, cell.getCode());
    // value, mark, API name in one row; then the footnotes in the order of the marks
    assertThat(text)
        .contains(squeezed("Reversible capacity 4.159e+04 mAh g⁻¹ !1 reversible_capacity_mah_g"))
        .contains(squeezed("Plateau capacity 2.466e+04 mAh g⁻¹ !2 plateau_capacity_mah_g"))
        .contains(squeezed("Sloping capacity 1.693e+04 mAh g⁻¹ !3 sloping_capacity_mah_g"))
        .contains(squeezed("ICE 80.6 % ice"));
    int first =
        text.indexOf(squeezed("!1 Implausible: Reversible capacity 41590 mAh g⁻¹ is outside"));
    int second = text.indexOf(squeezed("!2 Implausible: Plateau capacity 24660 mAh g⁻¹"));
    int third = text.indexOf(squeezed("!3 Implausible: Sloping capacity 16930 mAh g⁻¹"));
    assertThat(first).isPositive();
    assertThat(second).isGreaterThan(first);
    assertThat(third).isGreaterThan(second);
    assertThat(text).contains(squeezed("the active mass is likely wrong"));
  }

  @Test
  void theBatchReportLeavesItOutOfTheMeansAndMarksItInTheCellsTable() throws Exception {
    Fixtures.MadeBatch made = fixtures.pyrolysisBatch();
    WrongMass.upload(measurements, fixtures.halfCell(made.product()).getCode(), null);
    Cell wrong = fixtures.halfCell(made.product());
    WrongMass.upload(measurements, wrong.getCode());

    String text = text(ReportKind.BATCH, made.batch().getCode());
    assertThat(text)
        .contains(
            squeezed(
                "Reversible capacity: 1 implausible value left out (outside the physical range)"))
        .contains(squeezed("4.159e+04 mAh g⁻¹ !1"))
        .contains(squeezed("!1 " + wrong.getCode() + ", implausible: Reversible capacity 41590"));
  }
}

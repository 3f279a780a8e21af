package org.cellbook.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cellbook.signatures.Signers.AUTHOR;
import static org.cellbook.signatures.Signers.WITNESS;
import static org.cellbook.signatures.Signers.password;

import org.cellbook.Fixtures;
import org.cellbook.base.RecordType;
import org.cellbook.base.ReportKind;
import org.cellbook.cells.Cell;
import org.cellbook.security.Role;
import org.cellbook.security.UserService;
import org.cellbook.signatures.Meaning;
import org.cellbook.signatures.SignatureService;
import org.cellbook.signatures.Signers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A report says "Not signed" until the record is signed, then shows every signature. */
@SpringBootTest
class SignedReportTest {

  @Autowired ReportService reports;
  @Autowired SignatureService signatures;
  @Autowired UserService users;
  @Autowired Fixtures fixtures;

  private String text(ReportKind kind, String code) throws Exception {
    try (PdfChecks pdf = new PdfChecks(reports.render(kind, code, AUTHOR))) {
      return pdf.text().replaceAll("\\s+", " ");
    }
  }

  @Test
  void theReportOfASignedCellShowsTheSignersMeaningsTimesAndHash() throws Exception {
    Signers.ensure(users);
    Cell cell = Signers.as(AUTHOR, Role.RESEARCHER, fixtures::halfCell);
    assertThat(text(ReportKind.CELL, cell.getCode())).contains("Not signed");

    var authored =
        Signers.as(
            AUTHOR,
            Role.RESEARCHER,
            () ->
                signatures.sign(
                    RecordType.CELL, cell.getCode(), Meaning.AUTHORED, password(AUTHOR)));
    Signers.as(
        WITNESS,
        Role.RESEARCHER,
        () ->
            signatures.sign(RecordType.CELL, cell.getCode(), Meaning.APPROVED, password(WITNESS)));

    String text = text(ReportKind.CELL, cell.getCode());
    assertThat(text)
        .doesNotContain("Not signed")
        .contains("Ana Author (" + AUTHOR + "), authored, ")
        .contains(SignatureService.UTC.format(authored.getSignedAt()))
        .contains("Ben Witness (" + WITNESS + "), approved, ")
        .contains(authored.getContentSha256().substring(0, 16));
  }
}

package org.cellbook.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** The checks the report tests rely on do catch what they look for. */
class PdfChecksTest {

  @Test
  void aPlainPdfWithAnUnembeddedFontIsNotPdfA() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
        c.beginText();
        c.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        c.newLineAtOffset(72, 720);
        c.showText("not an archive");
        c.endText();
      }
      doc.save(out);
    }
    try (PdfChecks pdf = new PdfChecks(out.toByteArray())) {
      assertThat(pdf.pdfA2bViolations()).isNotEmpty();
      assertThat(pdf.fonts()).singleElement().satisfies(f -> assertThat(f.isEmbedded()).isFalse());
      assertThat(pdf.inkOnPage(0)).isGreaterThan(0).isLessThan(0.01);
      assertThat(pdf.text()).contains("not an archive");
    }
  }
}

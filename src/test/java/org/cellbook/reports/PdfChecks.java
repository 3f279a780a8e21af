package org.cellbook.reports;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDContentStream;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** What a test reads back out of a report: text, fonts, drawing operators, images, pixels. */
public final class PdfChecks implements AutoCloseable {

  public final PDDocument doc;
  private final byte[] bytes;

  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  public PdfChecks(byte[] pdf) throws IOException {
    bytes = pdf;
    doc = Loader.loadPDF(pdf);
  }

  /** The PDF/A-2b rules veraPDF finds broken, with their messages; empty when compliant. */
  public List<String> pdfA2bViolations() throws Exception {
    try (PDFAParser parser =
        Foundries.defaultInstance()
            .createParser(new ByteArrayInputStream(bytes), PDFAFlavour.PDFA_2_B)) {
      ValidationResult result =
          Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false).validate(parser);
      return result.getTestAssertions().stream()
          .filter(t -> t.getStatus() != TestAssertion.Status.PASSED)
          .map(t -> t.getRuleId() + ": " + t.getMessage())
          .distinct()
          .toList();
    }
  }

  public String text() throws IOException {
    return new PDFTextStripper().getText(doc);
  }

  /** Every font used on any page or in any form (plots) of the document. */
  public List<PDFont> fonts() throws IOException {
    List<PDFont> out = new ArrayList<>();
    for (PDPage page : doc.getPages()) {
      collectFonts(page.getResources(), out);
    }
    return out;
  }

  private static void collectFonts(PDResources res, List<PDFont> out) throws IOException {
    if (res == null) {
      return;
    }
    for (COSName name : res.getFontNames()) {
      out.add(res.getFont(name));
    }
    for (COSName name : res.getXObjectNames()) {
      if (res.getXObject(name) instanceof PDFormXObject form) {
        collectFonts(form.getResources(), out);
      }
    }
  }

  /** The forms (the plots are drawn in forms) and images on all pages. */
  public List<PDXObject> xObjects() throws IOException {
    List<PDXObject> out = new ArrayList<>();
    for (PDPage page : doc.getPages()) {
      PDResources res = page.getResources();
      for (COSName name : res.getXObjectNames()) {
        out.add(res.getXObject(name));
      }
    }
    return out;
  }

  /** Path construction operators (m, l, c, re) in a form's content: vector drawing. */
  public static int pathOperators(PDContentStream stream) throws IOException {
    int n = 0;
    for (Object token : new PDFStreamParser(stream).parse()) {
      if (token instanceof Operator op
          && List.of("m", "l", "c", "re", "v", "y").contains(op.getName())) {
        n++;
      }
    }
    return n;
  }

  /** The largest image's area as a fraction of an A4 page at 72 dpi (595 × 842 pt). */
  public double largestImageFraction() throws IOException {
    double largest = 0;
    for (PDXObject x : xObjects()) {
      if (x instanceof PDImageXObject image) {
        largest = Math.max(largest, image.getWidth() * (double) image.getHeight() / (595 * 842));
      }
    }
    return largest;
  }

  /** The share of non-white pixels of a page rendered at 40 dpi. */
  public double inkOnPage(int index) throws IOException {
    BufferedImage img = new PDFRenderer(doc).renderImageWithDPI(index, 40);
    long ink = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        if ((img.getRGB(x, y) & 0xffffff) != 0xffffff) {
          ink++;
        }
      }
    }
    return ink / (double) (img.getWidth() * img.getHeight());
  }

  @Override
  public void close() throws IOException {
    doc.close();
  }
}

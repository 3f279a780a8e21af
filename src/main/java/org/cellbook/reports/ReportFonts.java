package org.cellbook.reports;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The open-licensed DejaVu fonts shipped in the jar (src/main/resources/fonts): embedded in every
 * report, and used by the charts, so °, ², ⁻¹, µ, Å, ± and Greek letters render the same in text
 * and plots and no system font is needed.
 */
final class ReportFonts {

  /** A face of the family as CSS names it. */
  record Face(String family, int weight, boolean italic, byte[] ttf) {

    InputStream open() {
      return new ByteArrayInputStream(ttf);
    }
  }

  static final String SANS = "DejaVu Sans";
  static final String MONO = "DejaVu Sans Mono";

  static final List<Face> FACES =
      List.of(
          new Face(SANS, 400, false, read("DejaVuSans.ttf")),
          new Face(SANS, 700, false, read("DejaVuSans-Bold.ttf")),
          new Face(SANS, 400, true, read("DejaVuSans-Oblique.ttf")),
          new Face(MONO, 400, false, read("DejaVuSansMono.ttf")));

  private static final Font CHART_BASE = awt(FACES.getFirst());

  private ReportFonts() {}

  /** The regular sans face at a size, for chart labels (same metrics as the embedded font). */
  static Font chart(float size) {
    return CHART_BASE.deriveFont(size);
  }

  private static Font awt(Face face) {
    try {
      return Font.createFont(Font.TRUETYPE_FONT, face.open());
    } catch (FontFormatException | IOException e) {
      throw new IllegalStateException("packaged font " + face.family() + " is unreadable", e);
    }
  }

  private static byte[] read(String file) {
    try (InputStream in = ReportFonts.class.getResourceAsStream("/fonts/" + file)) {
      if (in == null) {
        throw new IllegalStateException("font /fonts/" + file + " is missing from the build");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

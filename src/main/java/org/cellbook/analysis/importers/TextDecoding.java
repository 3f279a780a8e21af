package org.cellbook.analysis.importers;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/** Decoding of header text whose encoding the file does not declare. */
public final class TextDecoding {

  private TextDecoding() {}

  /**
   * Text in whichever encoding its bytes show: UTF-16 ({@link #utf16}), else {@link #decode}
   * (UTF-8, else the fallback). Spectrometer and sorption software write all three (LabSpec's
   * header has windows-1252 "cm-¹" and "°C").
   */
  public static String text(byte[] b, int len, Charset fallback) {
    String text = utf16(b, len);
    return text != null ? text : decode(b, 0, len, fallback);
  }

  /**
   * The first {@code length} bytes as UTF-16 text when they start with a byte-order mark (LE or BE)
   * or, without one, look like UTF-16LE (a zero after each of the first two ASCII characters, as
   * scripts that re-encode old exports write it); else null. An odd last byte (a cut file) is
   * dropped.
   */
  public static @Nullable String utf16(byte[] bytes, int length) {
    if (length >= 2 && bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) {
      return new String(bytes, 2, (length - 2) & ~1, StandardCharsets.UTF_16LE);
    }
    if (length >= 2 && bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) {
      return new String(bytes, 2, (length - 2) & ~1, StandardCharsets.UTF_16BE);
    }
    if (length >= 4 && bytes[0] != 0 && bytes[1] == 0 && bytes[2] != 0 && bytes[3] == 0) {
      return new String(bytes, 0, length & ~1, StandardCharsets.UTF_16LE);
    }
    return null;
  }

  /**
   * Strict UTF-8 first (also strips a BOM); if that fails, the fallback (GB18030 for Chinese LAND
   * exports, windows-1252 for EC-Lab and Maccor), ISO-8859-1 when none is given.
   */
  public static String decode(byte[] b, int off, int len, @Nullable Charset fallback) {
    if (len >= 3
        && b[off] == (byte) 0xEF
        && b[off + 1] == (byte) 0xBB
        && b[off + 2] == (byte) 0xBF) {
      off += 3;
      len -= 3;
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b, off, len))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(b, off, len, fallback == null ? StandardCharsets.ISO_8859_1 : fallback);
    }
  }
}

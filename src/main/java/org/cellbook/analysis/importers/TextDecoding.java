package org.cellbook.analysis.importers;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decoding of header text whose encoding the file does not declare. */
public final class TextDecoding {

  private TextDecoding() {}

  /**
   * Strict UTF-8 first (also strips a BOM); if that fails, the fallback (GB18030 for Chinese LAND
   * exports, windows-1252 for EC-Lab and Maccor), ISO-8859-1 when none is given.
   */
  public static String decode(byte[] b, int off, int len, Charset fallback) {
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

package org.cellbook.analysis.importers;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;
import java.nio.charset.StandardCharsets;

/**
 * Decimal parsing straight from ASCII bytes. The fast path is exact (correctly rounded): the
 * significand is accumulated as a long and, when it is below 2^53 and the decimal exponent within
 * ±22, converted with a single multiplication or division by an exactly representable power of ten.
 * Anything else (the 17 significant digits spreadsheets write, large exponents) goes to
 * FastDoubleParser's Eisel-Lemire parser, which is also correctly rounded and several times faster
 * than {@link Double#parseDouble} on such input.
 */
final class FastNumbers {

  private static final double[] POW10 = new double[23];

  static {
    double p = 1;
    for (int i = 0; i < POW10.length; i++) {
      POW10[i] = p;
      p *= 10;
    }
  }

  private FastNumbers() {}

  /** Parses b[from, to); NaN for blank or malformed input. */
  static double parse(byte[] b, int from, int to, boolean decimalComma) {
    while (from < to && (b[from] == ' ' || b[from] == '"')) {
      from++;
    }
    while (to > from && (b[to - 1] == ' ' || b[to - 1] == '"')) {
      to--;
    }
    if (from >= to) {
      return Double.NaN;
    }
    int i = from;
    boolean negative = false;
    if (b[i] == '-') {
      negative = true;
      i++;
    } else if (b[i] == '+') {
      i++;
    }
    long significand = 0;
    int significantDigits = 0;
    int exponent = 0;
    boolean anyDigit = false;
    boolean afterPoint = false;
    byte point = decimalComma ? (byte) ',' : (byte) '.';
    for (; i < to; i++) {
      byte c = b[i];
      if (c >= '0' && c <= '9') {
        anyDigit = true;
        if (significantDigits < 18) {
          significand = significand * 10 + (c - '0');
          if (significand != 0) {
            significantDigits++;
          }
          if (afterPoint) {
            exponent--;
          }
        } else {
          return slow(b, from, to, decimalComma);
        }
      } else if (c == point && !afterPoint) {
        afterPoint = true;
      } else if (c == 'e' || c == 'E') {
        break;
      } else {
        return slow(b, from, to, decimalComma);
      }
    }
    if (!anyDigit) {
      return slow(b, from, to, decimalComma);
    }
    if (i < to) {
      i++;
      boolean expNegative = false;
      if (i < to && (b[i] == '-' || b[i] == '+')) {
        expNegative = b[i] == '-';
        i++;
      }
      if (i >= to) {
        return Double.NaN;
      }
      int e = 0;
      for (; i < to; i++) {
        byte c = b[i];
        if (c < '0' || c > '9' || e > 10000) {
          return slow(b, from, to, decimalComma);
        }
        e = e * 10 + (c - '0');
      }
      exponent += expNegative ? -e : e;
    }
    double value;
    if (significand == 0) {
      value = 0;
    } else if (significand < (1L << 53) && exponent >= -22 && exponent <= 22) {
      value = exponent >= 0 ? significand * POW10[exponent] : significand / POW10[-exponent];
    } else {
      return slow(b, from, to, decimalComma);
    }
    return negative ? -value : value;
  }

  private static double slow(byte[] b, int from, int to, boolean decimalComma) {
    if (!decimalComma && startsLikeANumber((char) b[from])) {
      try {
        return JavaDoubleParser.parseDouble(b, from, to - from);
      } catch (NumberFormatException e) {
        return Double.NaN;
      }
    }
    return parseSlow(new String(b, from, to - from, StandardCharsets.ISO_8859_1), decimalComma);
  }

  private static final ThreadLocal<byte[]> SCRATCH = ThreadLocal.withInitial(() -> new byte[64]);

  /**
   * Parses text with the byte-level fast path (spreadsheet cells arrive as short ASCII strings);
   * NaN for blank or malformed input.
   */
  static double parse(String s, boolean decimalComma) {
    int n = s.length();
    if (n <= 64) {
      byte[] b = SCRATCH.get();
      boolean ascii = true;
      for (int k = 0; k < n; k++) {
        char c = s.charAt(k);
        if (c > 127) {
          ascii = false;
          break;
        }
        b[k] = (byte) c;
      }
      if (ascii) {
        return parse(b, 0, n, decimalComma);
      }
    }
    return parseSlow(s, decimalComma);
  }

  private static double parseSlow(String s, boolean decimalComma) {
    s = s.trim();
    if (s.isEmpty()) {
      return Double.NaN;
    }
    if (decimalComma) {
      s = s.replace(',', '.');
    }
    if (!startsLikeANumber(s.charAt(0))) {
      return Double.NaN;
    }
    try {
      return JavaDoubleParser.parseDouble(s);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  /**
   * Text like "Infinity" or "NaN" is no measured value; checking first avoids a costly exception.
   */
  private static boolean startsLikeANumber(char c0) {
    return c0 == '-' || c0 == '+' || c0 == '.' || (c0 >= '0' && c0 <= '9');
  }
}

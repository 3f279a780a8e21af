package org.cellbook.base;

import java.math.BigDecimal;
import java.math.MathContext;

/** Numbers in messages as a person writes them: 0.5 g, not 0.5000 g or 5.0E-1 g. */
public final class Numbers {

  private Numbers() {}

  /** "1 disc", "3 discs": a count with its noun, singular for one. */
  public static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  /** Rounded to four significant digits, without trailing zeros. */
  public static String plain(double value) {
    return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
  }
}

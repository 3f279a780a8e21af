package org.cellbook.analysis.importers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FastNumbersTest {

  private static double parse(String s, boolean comma) {
    byte[] b = s.getBytes(StandardCharsets.US_ASCII);
    return FastNumbers.parse(b, 0, b.length, comma);
  }

  @Test
  void parsesTheNotationsFoundInCyclerFiles() {
    assertThat(parse("3.0000000E+000", false)).isEqualTo(3.0);
    assertThat(parse("-3.0287648E-003", false)).isEqualTo(-3.0287648E-3);
    assertThat(parse("2.000000000000002E+002", false)).isEqualTo(2.000000000000002E+002);
    assertThat(parse("0,017", true)).isEqualTo(0.017);
    assertThat(parse(" 42 ", false)).isEqualTo(42.0);
    assertThat(parse("\"1.5\"", false)).isEqualTo(1.5);
    assertThat(parse("+.5", false)).isEqualTo(0.5);
    assertThat(parse("-0", false)).isEqualTo(-0.0);
    assertThat(parse("", false)).isNaN();
    assertThat(parse("-", false)).isNaN();
    assertThat(parse("N/A", false)).isNaN();
    assertThat(parse("1.2.3", false)).isNaN();
    assertThat(parse("1e", false)).isNaN();
  }

  @Test
  void agreesBitForBitWithDoubleParseDouble() {
    SplittableRandom rnd = new SplittableRandom(42);
    for (int k = 0; k < 200_000; k++) {
      double x = (rnd.nextDouble() - 0.5) * Math.pow(10, rnd.nextInt(-12, 12));
      String s =
          switch (k % 4) {
            case 0 -> Double.toString(x);
            case 1 -> String.format(Locale.ROOT, "%.6f", x);
            case 2 -> String.format(Locale.ROOT, "%.7E", x);
            default -> String.format(Locale.ROOT, "%.15e", x);
          };
      assertThat(parse(s, false)).as(s).isEqualTo(Double.parseDouble(s));
    }
  }
}

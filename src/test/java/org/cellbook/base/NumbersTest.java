package org.cellbook.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumbersTest {

  @Test
  void aCountTakesTheSingularForOneOnly() {
    assertThat(Numbers.count(1, "disc", "discs")).isEqualTo("1 disc");
    assertThat(Numbers.count(0, "disc", "discs")).isEqualTo("0 discs");
    assertThat(Numbers.count(3, "file", "files")).isEqualTo("3 files");
  }

  @Test
  void plainNumbersKeepFourSignificantDigitsWithoutTrailingZeros() {
    assertThat(Numbers.plain(0.5)).isEqualTo("0.5");
    assertThat(Numbers.plain(49.16012)).isEqualTo("49.16");
    assertThat(Numbers.plain(1200)).isEqualTo("1200");
  }
}

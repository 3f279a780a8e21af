package org.cellbook.signatures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The canonical form of decision 0020: same content, same bytes. */
class CanonicalJsonTest {

  @Test
  void keysAreSortedAtEveryLevelWithNoWhiteSpace() {
    Map<String, Object> inner = new LinkedHashMap<>();
    inner.put("z", 1L);
    inner.put("a", null);
    Map<String, Object> outer = new LinkedHashMap<>();
    outer.put("b", List.of(inner, true));
    outer.put("a", "x");

    assertThat(CanonicalJson.write(outer))
        .isEqualTo("{\"a\":\"x\",\"b\":[{\"a\":null,\"z\":1},true]}");
  }

  @Test
  void numbersArePlainShortestDecimals() {
    assertThat(
            Arrays.asList(2.0, 0.25, 1.0e-7, 1.5e12, -0.0, 0.1 + 0.2, 79577462.0).stream()
                .map(CanonicalJson::number)
                .toList())
        .containsExactly(
            "2", "0.25", "0.0000001", "1500000000000", "0", "0.30000000000000004", "79577462");
    assertThatThrownBy(() -> CanonicalJson.number(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void datesTimesAndStringsHaveOneForm() {
    assertThat(
            CanonicalJson.write(
                List.of(
                    LocalDate.of(2026, 12, 5),
                    LocalDateTime.of(2026, 12, 5, 10, 31),
                    "tab\there \"q\" \\ é\u0001")))
        .isEqualTo(
            "[\"2026-12-05\",\"2026-12-05T10:31:00.000000Z\",\"tab\\there \\\"q\\\" \\\\ é\\u0001\"]");
  }

  @Test
  void theHashIsSha256OfTheUtf8Bytes() {
    assertThat(CanonicalJson.sha256Hex("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }
}

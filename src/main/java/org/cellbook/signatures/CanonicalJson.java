package org.cellbook.signatures;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one way signed content is written as text (docs/decisions/0020): objects with their keys in
 * sorted order, no white space, numbers in plain decimal with the fewest digits that read back as
 * the same double, instants as UTC with microseconds, strings escaped only where JSON requires,
 * UTF-8. The same content always gives the same bytes, on any machine and database.
 */
final class CanonicalJson {

  private static final DateTimeFormatter UTC_MICROS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'");

  private CanonicalJson() {}

  static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out);
    return out.toString();
  }

  static String sha256Hex(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static void write(Object value, StringBuilder out) {
    switch (value) {
      case null -> out.append("null");
      case Map<?, ?> map -> {
        out.append('{');
        String separator = "";
        for (var e : new TreeMap<>(map).entrySet()) {
          out.append(separator);
          string(e.getKey().toString(), out);
          out.append(':');
          write(e.getValue(), out);
          separator = ",";
        }
        out.append('}');
      }
      case List<?> list -> {
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
          if (i > 0) {
            out.append(',');
          }
          write(list.get(i), out);
        }
        out.append(']');
      }
      case String s -> string(s, out);
      case Boolean b -> out.append(b);
      case Integer i -> out.append(i);
      case Long l -> out.append(l);
      case Double d -> out.append(number(d));
      case LocalDate d -> string(d.toString(), out);
      case LocalDateTime t -> string(UTC_MICROS.format(t), out);
      default ->
          throw new IllegalArgumentException("no canonical form for " + value.getClass().getName());
    }
  }

  /** 1000, 0.25, 1.0E-7 as 0.0000001: the shortest decimal that reads back as the same double. */
  static String number(double d) {
    if (!Double.isFinite(d)) {
      throw new IllegalArgumentException("no canonical form for " + d);
    }
    if (d == 0) {
      return "0";
    }
    return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
  }

  private static void string(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20) {
            out.append("\\u%04x".formatted((int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}

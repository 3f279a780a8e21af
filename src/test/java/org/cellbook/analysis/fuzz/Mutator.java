package org.cellbook.analysis.fuzz;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Byte-level mutations of a seed, drawn from a seeded {@link Random} so that an input is reproduced
 * from its campaign seed and index: truncation, bit flips, inserted and deleted bytes, lengths
 * overwritten with huge values, text re-encoded (UTF-16, Latin-1, UTF-8 with a byte-order mark,
 * double-encoded), numbers replaced by tokens a parser stumbles on, separators and line breaks
 * dropped in, blocks repeated. One to three mutations are stacked. Zip seeds are mutated inside a
 * part half of the time (the zip rewritten with good checksums, so the XML or binary reader is
 * reached), and a few inputs are zip bombs.
 */
final class Mutator {

  /** A mutated seed and how it was made, for the report. */
  record Mutant(byte[] bytes, String recipe) {}

  /** Lengths and counts a reader may trust too far: signed and unsigned extremes, powers of 2. */
  private static final long[] HUGE = {
    0x7FFF_FFFFL, 0xFFFF_FFFFL, 0x8000_0000L, 0x7FFF_FFF0L, 0x4000_0000L, 0x1000_0000L,
    0x0100_0000L, 0x00FF_FFFFL, 0xFFFFL, 0x7FFFL, 0xFFFF_FFFEL, 0L
  };

  /** Tokens a number parser and the code after it stumble on. */
  private static final String[] NUMBERS = {
    "NaN",
    "Infinity",
    "-Infinity",
    "1e309",
    "-1e309",
    "1e-400",
    "0",
    "-0",
    "",
    "-",
    ".",
    "1.2.3",
    "99999999999999999999",
    "-2147483649",
    "2147483648",
    "9223372036854775808",
    "0x1F",
    "1,5",
    "1e",
    "+",
    "٣",
    "１"
  };

  private static final byte[] SEPARATORS = {'\n', '\r', '\t', ',', ';', '"', 0, ' ', '<', '>'};

  private static final Charset[] ENCODINGS = {
    StandardCharsets.UTF_16LE,
    StandardCharsets.UTF_16BE,
    StandardCharsets.UTF_16,
    StandardCharsets.ISO_8859_1,
    StandardCharsets.UTF_8,
    Charset.forName("GB18030")
  };

  private Mutator() {}

  static Mutant mutate(Seed seed, Random random) {
    if (seed.isZip()) {
      double roll = random.nextDouble();
      if (roll < 0.03) {
        int variant = random.nextInt(Zips.BOMBS_PER_SEED);
        return new Mutant(Zips.bomb(seed, variant), "zip bomb " + variant);
      }
      if (roll < 0.5) {
        List<Zips.Part> parts = new ArrayList<>(Zips.parts(seed));
        int k = random.nextInt(parts.size());
        StringBuilder recipe = new StringBuilder("part ").append(parts.get(k).name()).append(':');
        byte[] inner = stack(parts.get(k).bytes(), random, recipe);
        parts.set(k, new Zips.Part(parts.get(k).name(), inner));
        return new Mutant(Zips.zip(parts), recipe.toString());
      }
    }
    StringBuilder recipe = new StringBuilder();
    return new Mutant(stack(seed.bytes(), random, recipe), recipe.toString());
  }

  private static byte[] stack(byte[] bytes, Random random, StringBuilder recipe) {
    int n = 1 + (random.nextInt(4) == 0 ? random.nextInt(3) : 0);
    for (int k = 0; k < n; k++) {
      bytes = once(bytes, random, recipe);
    }
    return bytes;
  }

  private static byte[] once(byte[] b, Random r, StringBuilder recipe) {
    int op = r.nextInt(100);
    if (b.length == 0) {
      op = 35; // only an insertion does anything to an empty file
    }
    if (op < 12) {
      int at =
          r.nextBoolean() ? r.nextInt(b.length) : b.length - 1 - r.nextInt(Math.min(b.length, 64));
      recipe.append(" truncate@").append(at);
      return Arrays.copyOf(b, at);
    }
    if (op < 30) {
      byte[] out = b.clone();
      int flips = 1 + r.nextInt(8);
      recipe.append(" flip").append(flips);
      for (int k = 0; k < flips; k++) {
        int at = r.nextInt(out.length);
        out[at] ^= (byte) (1 << r.nextInt(8));
        recipe.append('@').append(at);
      }
      return out;
    }
    if (op < 42) {
      int at = r.nextInt(b.length + 1);
      byte[] insert = insertion(b, r);
      recipe.append(" insert").append(insert.length).append('@').append(at);
      return splice(b, at, 0, insert);
    }
    if (op < 54) {
      int at = r.nextInt(b.length);
      int length = 1 + r.nextInt(Math.min(b.length - at, r.nextBoolean() ? 8 : 512));
      recipe.append(" delete").append(length).append('@').append(at);
      return splice(b, at, length, new byte[0]);
    }
    if (op < 70) {
      return hugeLength(b, r, recipe);
    }
    if (op < 76) {
      Charset from = r.nextBoolean() ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
      Charset to = ENCODINGS[r.nextInt(ENCODINGS.length)];
      boolean bom = to == StandardCharsets.UTF_8;
      recipe.append(" reencode ").append(from).append("->").append(to).append(bom ? "+BOM" : "");
      byte[] out = new String(b, from).getBytes(to);
      return bom ? splice(out, 0, 0, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}) : out;
    }
    if (op < 88) {
      return number(b, r, recipe);
    }
    if (op < 94) {
      byte[] out = b.clone();
      int at = r.nextInt(out.length);
      out[at] = SEPARATORS[r.nextInt(SEPARATORS.length)];
      recipe.append(" separator@").append(at);
      return out;
    }
    int at = r.nextInt(b.length);
    int length = 1 + r.nextInt(Math.min(b.length - at, 256));
    int times = 2 + r.nextInt(r.nextBoolean() ? 4 : 256);
    recipe.append(" repeat").append(length).append('x').append(times).append('@').append(at);
    byte[] block = Arrays.copyOfRange(b, at, at + length);
    byte[] insert = new byte[length * (times - 1)];
    for (int k = 0; k < times - 1; k++) {
      System.arraycopy(block, 0, insert, k * length, length);
    }
    return splice(b, at, 0, insert);
  }

  /** Random bytes, bytes of the file itself, or one byte repeated. */
  private static byte[] insertion(byte[] b, Random r) {
    int length = 1 + r.nextInt(r.nextBoolean() ? 8 : 64);
    byte[] insert = new byte[length];
    switch (r.nextInt(3)) {
      case 0 -> r.nextBytes(insert);
      case 1 -> {
        if (b.length > 0) {
          int from = r.nextInt(b.length);
          length = Math.min(length, b.length - from);
          insert = Arrays.copyOfRange(b, from, from + length);
        }
      }
      default -> Arrays.fill(insert, SEPARATORS[r.nextInt(SEPARATORS.length)]);
    }
    return insert;
  }

  /**
   * A 2-, 4- or 8-byte field overwritten with an extreme value: half of the time a little-endian
   * 4-byte field whose value could be a length, count or offset in this file (1 to its size), as
   * record counts, module lengths and zip directory sizes are; otherwise any field, aligned half of
   * the time.
   */
  private static byte[] hugeLength(byte[] b, Random r, StringBuilder recipe) {
    int width = new int[] {2, 4, 4, 4, 8}[r.nextInt(5)];
    if (b.length < width) {
      return b;
    }
    ByteOrder order = r.nextInt(4) == 0 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
    int at = r.nextBoolean() ? lengthLike(b, r) : -1;
    if (at >= 0) {
      width = 4;
      order = ByteOrder.LITTLE_ENDIAN;
    } else {
      at = r.nextInt(b.length - width + 1);
      if (r.nextBoolean()) {
        at -= at % width;
      }
    }
    long value = HUGE[r.nextInt(HUGE.length)];
    recipe
        .append(" huge")
        .append(width)
        .append('@')
        .append(at)
        .append('=')
        .append(Long.toHexString(value))
        .append(order == ByteOrder.BIG_ENDIAN ? "BE" : "LE");
    ByteBuffer buffer = ByteBuffer.wrap(b.clone()).order(order);
    switch (width) {
      case 2 -> buffer.putShort(at, (short) value);
      case 4 -> buffer.putInt(at, (int) value);
      default -> buffer.putLong(at, value == 0 ? 0 : value << 24);
    }
    return buffer.array();
  }

  /** A random position holding a little-endian int in 1..b.length, or -1 when there is none. */
  private static int lengthLike(byte[] b, Random r) {
    ByteBuffer buffer = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
    int start = r.nextInt(b.length - 3);
    for (int k = 0; k < b.length - 3; k++) {
      int at = (start + k) % (b.length - 3);
      int v = buffer.getInt(at);
      if (v > 0 && v <= b.length) {
        return at;
      }
    }
    return -1;
  }

  /** A run of digits (a number in a text file) replaced by one of {@link #NUMBERS}. */
  private static byte[] number(byte[] b, Random r, StringBuilder recipe) {
    int start = r.nextInt(b.length);
    while (start < b.length && !isDigit(b[start])) {
      start++;
    }
    if (start == b.length) {
      return hugeLength(b, r, recipe);
    }
    int end = start;
    while (end < b.length && (isDigit(b[end]) || b[end] == '.' || b[end] == 'E' || b[end] == 'e')) {
      end++;
    }
    while (start > 0 && (isDigit(b[start - 1]) || b[start - 1] == '.' || b[start - 1] == '-')) {
      start--;
    }
    String token = NUMBERS[r.nextInt(NUMBERS.length)];
    recipe.append(" number@").append(start).append("='").append(token).append('\'');
    return splice(b, start, end - start, token.getBytes(StandardCharsets.UTF_8));
  }

  private static boolean isDigit(byte c) {
    return c >= '0' && c <= '9';
  }

  private static byte[] splice(byte[] b, int at, int remove, byte[] insert) {
    byte[] out = new byte[b.length - remove + insert.length];
    System.arraycopy(b, 0, out, 0, at);
    System.arraycopy(insert, 0, out, at, insert.length);
    System.arraycopy(b, at + remove, out, at + insert.length, b.length - at - remove);
    return out;
  }
}

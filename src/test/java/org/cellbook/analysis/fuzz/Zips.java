package org.cellbook.analysis.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * The zip-based seeds (xlsx, ndax, brml) taken apart into their parts, so that a mutation can reach
 * the XML or binary inside rather than only break the zip's checksums, and zip bombs built from
 * them: one part swollen to hundreds of MB that deflate to a few hundred kB.
 */
final class Zips {

  /** One part of a zip. */
  record Part(String name, byte[] bytes) {}

  /** Inflated size of a bomb's swollen part: beyond the fuzzing heap of 256 MB. */
  static final long BOMB_BYTES = 320L << 20;

  private static final Map<Seed, List<Part>> PARTS = new ConcurrentHashMap<>();
  private static final Map<String, byte[]> BOMBS = new ConcurrentHashMap<>();

  private Zips() {}

  /** The parts of a zip seed, in order. */
  static List<Part> parts(Seed seed) {
    return PARTS.computeIfAbsent(
        seed,
        s -> {
          List<Part> parts = new ArrayList<>();
          // by the central directory: some writers (fastexcel) store parts with data descriptors
          try (ZipFile zip =
              ZipFile.builder()
                  .setSeekableByteChannel(new SeekableInMemoryByteChannel(s.bytes()))
                  .get()) {
            for (ZipArchiveEntry e : java.util.Collections.list(zip.getEntriesInPhysicalOrder())) {
              try (InputStream in = zip.getInputStream(e)) {
                parts.add(new Part(e.getName(), in.readAllBytes()));
              }
            }
          } catch (IOException e) {
            throw new UncheckedIOException(s.name() + " is not a readable zip", e);
          }
          return List.copyOf(parts);
        });
  }

  /** A zip of the parts, deflated, with correct checksums. */
  static byte[] zip(List<Part> parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.setLevel(Deflater.BEST_SPEED);
      for (Part p : parts) {
        zip.putNextEntry(new ZipEntry(p.name()));
        zip.write(p.bytes());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** How many bombs {@link #bomb} builds from one seed. */
  static final int BOMBS_PER_SEED = 3;

  /**
   * One of three bombs built from a zip seed (each costs about a second, so they are few and
   * cached): its largest part swollen with spaces after a tag (well-formed XML that is mostly
   * blank), the same part swollen with 'A' from its first byte while the zip declares the part's
   * original size (a lie a reader that trusts the directory would believe), and another part
   * swollen with zeros from its middle.
   */
  static byte[] bomb(Seed seed, int variant) {
    return BOMBS.computeIfAbsent(
        seed.name() + '#' + variant,
        k -> {
          List<Part> parts = parts(seed);
          int largest = 0;
          for (int i = 1; i < parts.size(); i++) {
            if (parts.get(i).bytes().length > parts.get(largest).bytes().length) {
              largest = i;
            }
          }
          byte[] main = parts.get(largest).bytes();
          return switch (variant) {
            case 0 -> buildBomb(parts, largest, afterTag(main), (byte) ' ', false);
            case 1 -> buildBomb(parts, largest, 0, (byte) 'A', true);
            default -> {
              int other = (largest + 1) % parts.size();
              yield buildBomb(parts, other, parts.get(other).bytes().length / 2, (byte) 0, false);
            }
          };
        });
  }

  /** The first position after a '>' in the second half of the part, else its middle. */
  private static int afterTag(byte[] part) {
    for (int k = part.length / 2; k < part.length; k++) {
      if (part[k] == '>') {
        return k + 1;
      }
    }
    return part.length / 2;
  }

  /**
   * The zip of the parts with part {@code index} swollen by {@link #BOMB_BYTES} of {@code filler}
   * at {@code at}. Written by hand (local headers, deflated data, central directory) so that the
   * directory can declare the part's original size ({@code lie}) rather than the truth.
   */
  private static byte[] buildBomb(List<Part> parts, int index, int at, byte filler, boolean lie) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<byte[]> central = new ArrayList<>();
    for (int k = 0; k < parts.size(); k++) {
      Part p = parts.get(k);
      byte[] head = Arrays.copyOf(p.bytes(), Math.min(at, p.bytes().length));
      byte[] tail = Arrays.copyOfRange(p.bytes(), head.length, p.bytes().length);
      long size = k == index ? head.length + BOMB_BYTES + tail.length : p.bytes().length;
      CRC32 crc = new CRC32();
      Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
      ByteArrayOutputStream data = new ByteArrayOutputStream();
      byte[] buffer = new byte[1 << 16];
      deflate(deflater, crc, head, data, buffer);
      if (k == index) {
        byte[] block = new byte[1 << 20];
        Arrays.fill(block, filler);
        for (long left = BOMB_BYTES; left > 0; left -= block.length) {
          deflate(deflater, crc, block, data, buffer);
        }
      }
      deflate(deflater, crc, tail, data, buffer);
      deflater.finish();
      while (!deflater.finished()) {
        data.write(buffer, 0, deflater.deflate(buffer));
      }
      deflater.end();
      long declared = k == index && lie ? p.bytes().length : size;
      int offset = out.size();
      byte[] name = p.name().getBytes(java.nio.charset.StandardCharsets.UTF_8);
      out.writeBytes(header(0x04034b50, false, name, crc.getValue(), data.size(), declared, 0));
      out.writeBytes(data.toByteArray());
      central.add(header(0x02014b50, true, name, crc.getValue(), data.size(), declared, offset));
    }
    int start = out.size();
    central.forEach(out::writeBytes);
    int length = out.size() - start;
    java.nio.ByteBuffer end =
        java.nio.ByteBuffer.allocate(22).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0);
    end.putShort((short) parts.size()).putShort((short) parts.size());
    end.putInt(length).putInt(start).putShort((short) 0);
    out.writeBytes(end.array());
    return out.toByteArray();
  }

  private static void deflate(
      Deflater deflater, CRC32 crc, byte[] input, ByteArrayOutputStream data, byte[] buffer) {
    crc.update(input);
    deflater.setInput(input);
    while (!deflater.needsInput()) {
      data.write(buffer, 0, deflater.deflate(buffer));
    }
  }

  /** A local (30 bytes + name) or central (46 bytes + name) header of a deflated part. */
  private static byte[] header(
      int signature, boolean central, byte[] name, long crc, long compressed, long size, int at) {
    java.nio.ByteBuffer b =
        java.nio.ByteBuffer.allocate((central ? 46 : 30) + name.length)
            .order(java.nio.ByteOrder.LITTLE_ENDIAN);
    b.putInt(signature);
    if (central) {
      b.putShort((short) 20); // made by
    }
    b.putShort((short) 20).putShort((short) 0).putShort((short) 8); // version, flags, deflate
    b.putShort((short) 0).putShort((short) 0x21); // time, date (1980-01-01)
    b.putInt((int) crc).putInt((int) compressed).putInt((int) size);
    b.putShort((short) name.length).putShort((short) 0);
    if (central) {
      b.putShort((short) 0).putShort((short) 0).putShort((short) 0); // comment, disk, internal
      b.putInt(0).putInt(at); // external attributes, offset of the local header
    }
    b.put(name);
    return b.array();
  }
}

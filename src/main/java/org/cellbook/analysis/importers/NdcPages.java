package org.cellbook.analysis.importers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;

/**
 * One Neware {@code .ndc} table of an {@code .ndax}, read page by page from its zip entry so that
 * memory does not grow with the entry: a 4096-byte file header (byte 0 the table type, byte 2 the
 * layout version), then 4096-byte pages. A page starts with a 16-bit kind and a 16-bit record
 * count, then a bitmap of the slots that hold a record; the fixed-size slots follow at a
 * layout-given offset, and the last bytes of the page are a trailer. The count must equal the bits
 * set, which catches a damaged or foreign page.
 */
final class NdcPages {

  static final int PAGE_BYTES = 4096;
  private static final int BITMAP_AT = 4;
  private static final int BITMAP_BYTES = 128;

  /** Slots end before the page's last two bytes in every layout seen. */
  private static final int SLOTS_END = PAGE_BYTES - 2;

  /** Table types (byte 0 of the file header). */
  static final int RECORDS = 1;

  static final int AUX = 5;
  static final int STEPS = 7;
  static final int RUN_INFO = 18;

  /** Receives one record: the page and the offset of its slot. */
  interface RecordVisitor {
    void record(ByteBuffer page, int at) throws ImportException;
  }

  /**
   * The bytes all entries of one archive may expand to: beyond it the archive is taken for a zip
   * bomb rather than a test.
   */
  static final class Budget {
    /** Small tables are mostly empty pages and compress 100-fold; allow that much outright. */
    private static final long ALLOWANCE_BYTES = 16L << 20;

    /** Real record tables compress 2 to 5-fold. */
    private static final int MAX_RATIO = 32;

    private long remaining;

    Budget(long archiveBytes) {
      remaining = ALLOWANCE_BYTES + MAX_RATIO * archiveBytes;
    }

    void take(long bytes, Path file, String entry) throws ImportException {
      remaining -= bytes;
      if (remaining < 0) {
        throw new ImportException(
            file,
            entry
                + ": the archive expands to more than "
                + MAX_RATIO
                + " times its size; refused as a possible zip bomb");
      }
    }
  }

  private final InputStream in;
  private final Path file;
  private final String entry;
  private final Budget budget;
  private final byte[] bytes = new byte[PAGE_BYTES];
  private final ByteBuffer page = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
  private final int type;
  private final int version;
  private long pages;

  /** Reads the file header. */
  NdcPages(InputStream in, Path file, String entry, Budget budget) throws ImportException {
    this.in = in;
    this.file = file;
    this.entry = entry;
    this.budget = budget;
    if (readPage() < PAGE_BYTES) {
      throw new ImportException(file, entry + ": the table ends inside its 4096-byte header");
    }
    type = bytes[0] & 0xff;
    version = bytes[2] & 0xff;
  }

  int type() {
    return type;
  }

  int version() {
    return version;
  }

  String entry() {
    return entry;
  }

  /** The page being read, for messages: "data.ndc, page 3 (byte 12288)". */
  String here() {
    return where(pages - 1);
  }

  private String where(long pageNumber) {
    return entry + ", page " + pageNumber + " (byte " + pageNumber * PAGE_BYTES + ")";
  }

  /**
   * Visits every record of the remaining pages in order.
   *
   * @param slotsAt offset of the first slot in a page
   * @param slotBytes size of a slot
   */
  void forEachRecord(int slotsAt, int slotBytes, RecordVisitor visitor) throws ImportException {
    int capacity = (SLOTS_END - slotsAt) / slotBytes;
    while (true) {
      int read = readPage();
      if (read == 0) {
        return;
      }
      if (read < PAGE_BYTES) {
        throw new ImportException(
            file, here() + ": the table ends inside a page (" + read + " of 4096 bytes)");
      }
      int count = page.getShort(2) & 0xffff;
      int set = 0;
      for (int b = 0; b < BITMAP_BYTES; b++) {
        int bits = bytes[BITMAP_AT + b] & 0xff;
        if (bits == 0) {
          continue;
        }
        set += Integer.bitCount(bits);
        for (int k = 0; k < 8; k++) {
          if ((bits & (1 << k)) == 0) {
            continue;
          }
          int slot = b * 8 + k;
          if (slot >= capacity) {
            throw new ImportException(
                file,
                here()
                    + ": slot "
                    + slot
                    + " is marked used, but a page holds "
                    + capacity
                    + " records of this layout");
          }
          visitor.record(page, slotsAt + slot * slotBytes);
        }
      }
      if (set != count) {
        throw new ImportException(
            file, here() + ": the page says " + count + " records, its bitmap marks " + set);
      }
    }
  }

  /** Reads the next page; returns the bytes read (0 at the end of the entry). */
  private int readPage() throws ImportException {
    try {
      int read = in.readNBytes(bytes, 0, PAGE_BYTES);
      if (read > 0) {
        budget.take(read, file, entry);
        pages++;
      }
      return read;
    } catch (IOException e) {
      throw new ImportException(file, where(pages) + ": cannot inflate: " + e.getMessage(), e);
    }
  }
}

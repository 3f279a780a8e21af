package org.cellbook.analysis.importers;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cellbook.analysis.series.CellSeries;
import org.cellbook.analysis.series.SeriesMetadata;
import org.jspecify.annotations.Nullable;

/**
 * Neware BTS {@code .nda} binaries: "NEWARE" and a version byte at offset 14, then fixed-length
 * little-endian records. The format is not published; the layouts below are the ones the
 * open-source NewareNDA reader (BSD-3) decodes, checked here against the shared files' reference
 * values.
 *
 * <ul>
 *   <li>Version 29 (BTS 7/8): a header (the file length at byte 72, the active mass in µg at byte
 *       152), then 86-byte records from the first record marker on: 0x55 data, 0x65 auxiliary
 *       channel, others (step summaries) skipped. Current and capacities are integers scaled by the
 *       record's current range; time is the step time in ms.
 *   <li>Version 130 (BTS 9.x): a section table (the end of the records at byte 18), records from
 *       byte 1024 up to a 0x81 footer. BTS 9.0 writes 88-byte records that all begin with the same
 *       six bytes, float32 values and the step time in µs; BTS 9.1 writes records that begin with
 *       0x55, the test time and one signed capacity in mA·s, and a temperature when 56 bytes long.
 * </ul>
 *
 * <p>A file that ends before its records do (a copy taken while the test ran, a cut download) is
 * refused with the byte offset, never read in part.
 */
public final class NewareNdaImporter implements CyclerImporter {

  private static final byte[] MAGIC = "NEWARE".getBytes(StandardCharsets.US_ASCII);
  private static final int VERSION_AT = 14;
  private static final int V29_RECORD_BYTES = 86;
  private static final int V29_FILE_LENGTH_AT = 72;
  private static final int V29_ACTIVE_MASS_AT = 152;
  private static final int V130_RECORDS_AT = 1024;
  private static final int V130_RECORDS_END_AT = 18;
  private static final int BTS90_RECORD_BYTES = 88;
  private static final int BTS91_MIN_RECORD_BYTES = 52;
  private static final int BTS91_TEMPERATURE_RECORD_BYTES = 56;
  private static final byte DATA = 0x55;
  private static final byte AUX = 0x65;
  private static final byte FOOTER = (byte) 0x81;

  @Override
  public String formatName() {
    return "Neware .nda";
  }

  @Override
  public double detect(FileSample sample) {
    return sample.startsWith(MAGIC) ? 0.99 : 0;
  }

  @Override
  public CellSeries parse(Path file, ImportOptions options) throws ImportException {
    ByteBuffer buf = map(file);
    if (buf.limit() < VERSION_AT + 1 || !startsWithMagic(buf)) {
      throw new ImportException(file, "no NEWARE header: not a Neware .nda file");
    }
    int version = buf.get(VERSION_AT) & 0xff;
    Map<String, String> extra = new LinkedHashMap<>();
    extra.put("nda version", Integer.toString(version));
    serverVersions(buf, extra);
    List<String> warnings = new ArrayList<>();
    // version 29 stores the step time; BTS 9.1 the test time, and for 9.0 it is not known which
    NewareRecords records = new NewareRecords(file, version == 29, buf.limit() / V29_RECORD_BYTES);
    Instant start;
    Double massMilligrams = null;
    switch (version) {
      case 29 -> {
        start = null;
        String clock = readV29(buf, file, records, warnings);
        if (clock != null) {
          extra.put("start time (instrument clock, no time zone)", clock);
        }
        long micrograms = buf.limit() >= V29_ACTIVE_MASS_AT + 4 ? u32(buf, V29_ACTIVE_MASS_AT) : 0;
        massMilligrams = micrograms > 0 ? micrograms / 1000.0 : null;
      }
      case 130 -> start = readV130(buf, file, records, warnings, extra);
      default ->
          throw new ImportException(
              file,
              "byte "
                  + VERSION_AT
                  + ": .nda version "
                  + version
                  + " is not supported (29 and 130 are); export the test from BTSDA as .xlsx or"
                  + " .csv");
    }
    return records.build(
        new SeriesMetadata(
            formatName() + " (version " + version + ")",
            "Neware",
            null,
            start,
            massMilligrams,
            List.of(),
            extra,
            warnings));
  }

  /** The file mapped read-only: no heap copy, whatever its size. */
  private static ByteBuffer map(Path file) throws ImportException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = ch.size();
      if (size > Integer.MAX_VALUE) {
        throw new ImportException(file, "larger than 2 GB (" + size + " bytes): not supported");
      }
      return ch.map(FileChannel.MapMode.READ_ONLY, 0, size).order(ByteOrder.LITTLE_ENDIAN);
    } catch (IOException e) {
      throw new ImportException(file, "cannot read the file: " + e.getMessage(), e);
    }
  }

  private static boolean startsWithMagic(ByteBuffer buf) {
    for (int i = 0; i < MAGIC.length; i++) {
      if (buf.get(i) != MAGIC[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Version 29: records follow four zero bytes and begin with 0x55 0x00; the first one is the first
   * such place whose status is set and whose next record also begins with 0x55.
   *
   * @return the wall-clock time of the first record as written (local time, no zone), or null
   */
  private static String readV29(
      ByteBuffer buf, Path file, NewareRecords records, List<String> warnings)
      throws ImportException {
    int size = buf.limit();
    if (size < V29_FILE_LENGTH_AT + 4) {
      throw new ImportException(file, "the file ends inside its header (" + size + " bytes)");
    }
    long declared = u32(buf, V29_FILE_LENGTH_AT);
    if (declared > size) {
      throw new ImportException(
          file,
          "byte "
              + size
              + ": the file is cut; its header gives "
              + declared
              + " bytes, "
              + size
              + " are present");
    }
    int first = firstV29Record(buf);
    if (first < 0) {
      throw new ImportException(file, "no data record found after the header");
    }
    int body = size - first;
    if (body % V29_RECORD_BYTES != 0) {
      throw new ImportException(
          file,
          "byte "
              + (size - body % V29_RECORD_BYTES)
              + ": the file ends inside a record (records of "
              + V29_RECORD_BYTES
              + " bytes from byte "
              + first
              + ")");
    }
    if (declared != size && declared != 0) {
      warnings.add("header gives " + declared + " bytes, the file has " + size + "; all read");
    }
    String clock = null;
    int skipped = 0;
    for (int p = first; p < size; p += V29_RECORD_BYTES) {
      byte kind = buf.get(p);
      if (kind == DATA && buf.get(p + 1) == 0 && buf.getInt(p + 82) == 0) {
        long index = u32(buf, p + 2);
        int status = buf.get(p + 12) & 0xff;
        if (index == 0 || status == 0) {
          continue; // an empty slot
        }
        double unit = NewareRecords.milliAmpsPerUnit(buf.getInt(p + 78), file, "byte " + p);
        records.add(
            index,
            buf.getShort(p + 10) & 0xffff,
            status,
            buf.getLong(p + 14) / 1000.0,
            buf.getInt(p + 22) / 10000.0,
            buf.getInt(p + 26) * unit,
            buf.getLong(p + 38) * unit / 3600,
            buf.getLong(p + 46) * unit / 3600,
            Double.NaN);
        if (clock == null) {
          clock = NewareRecords.localClock(buf, p + 70);
        }
      } else if (kind == AUX && buf.getInt(p + 82) == 0) {
        records.addAuxTemperature(
            u32(buf, p + 2), buf.get(p + 1) & 0xff, buf.getShort(p + 34) / 10.0);
      } else {
        skipped++;
      }
    }
    if (skipped > 0) {
      warnings.add(skipped + " record(s) other than data and auxiliary readings skipped");
    }
    return clock;
  }

  private static int firstV29Record(ByteBuffer buf) {
    int size = buf.limit();
    for (int p = 4; p + V29_RECORD_BYTES <= size; p++) {
      if (buf.get(p) == DATA
          && buf.get(p + 1) == 0
          && buf.getInt(p - 4) == 0
          && buf.get(p + 12) != 0
          && (p + V29_RECORD_BYTES == size || buf.get(p + V29_RECORD_BYTES) == DATA)) {
        return p;
      }
    }
    return -1;
  }

  /** Version 130; returns the start of the test when the records give it. */
  private static Instant readV130(
      ByteBuffer buf,
      Path file,
      NewareRecords records,
      List<String> warnings,
      Map<String, String> extra)
      throws ImportException {
    int size = buf.limit();
    if (size < V130_RECORDS_AT + 1) {
      throw new ImportException(
          file, "the file ends inside its header (" + size + " of " + V130_RECORDS_AT + " bytes)");
    }
    long end = u32(buf, V130_RECORDS_END_AT);
    if (end > size) {
      throw new ImportException(
          file,
          "byte "
              + size
              + ": the file is cut; its header places the end of the records at byte "
              + end);
    }
    boolean bts91 = buf.get(V130_RECORDS_AT) == DATA;
    extra.put("BTS layout", bts91 ? "9.1" : "9.0");
    int length = bts91 ? bts91RecordLength(buf, file, end) : BTS90_RECORD_BYTES;
    // BTS 9.0 data records all begin with the same six bytes (channel and layout ids).
    int idHead = buf.getInt(V130_RECORDS_AT);
    short idTail = buf.getShort(V130_RECORDS_AT + 4);
    Instant start = null;
    int skipped = 0;
    int p = V130_RECORDS_AT;
    while (p < size && buf.get(p) != FOOTER) {
      if (p + length > size) {
        break;
      }
      if (bts91 && buf.get(p) == DATA) {
        addBts91(buf, p, length, records);
        if (start == null) {
          start = instant(u32(buf, p + 44), u32(buf, p + 48));
        }
      } else if (!bts91 && buf.getInt(p) == idHead && buf.getShort(p + 4) == idTail) {
        addBts90(buf, p, records);
        if (start == null) {
          long micros = buf.getLong(p + 68);
          start = instant(micros / 1_000_000, micros % 1_000_000 * 1000);
        }
      } else if (!bts91 && buf.getInt(p) == 0 && buf.get(p + 4) == AUX) {
        records.addAuxTemperature(
            u32(buf, p + 6), buf.get(p + 5) & 0xff, buf.getShort(p + 38) / 10.0);
      } else {
        skipped++;
      }
      p += length;
    }
    if (p >= size || buf.get(p) != FOOTER) {
      throw new ImportException(
          file,
          "byte "
              + Math.min(p, size)
              + ": the file is cut; it ends after "
              + records.size()
              + " records without the footer that closes them");
    }
    if (end >= V130_RECORDS_AT && p != end) {
      warnings.add("records end at byte " + p + ", the header says " + end);
    }
    if (skipped > 0) {
      warnings.add(skipped + " record(s) of unknown kind skipped");
    }
    return start;
  }

  /**
   * BTS 9.1 records have no stored length: it is the distance to the next record, which begins with
   * the same two bytes, and must divide the records' span given by the header.
   */
  private static int bts91RecordLength(ByteBuffer buf, Path file, long end) throws ImportException {
    byte b0 = buf.get(V130_RECORDS_AT);
    byte b1 = buf.get(V130_RECORDS_AT + 1);
    long span = end - V130_RECORDS_AT;
    for (int length = BTS91_MIN_RECORD_BYTES; length <= 256; length++) {
      int next = V130_RECORDS_AT + length;
      if (next + 1 < buf.limit()
          && buf.get(next) == b0
          && buf.get(next + 1) == b1
          && span > 0
          && span % length == 0) {
        return length;
      }
    }
    throw new ImportException(
        file, "byte " + V130_RECORDS_AT + ": cannot tell the record length of this BTS 9.1 file");
  }

  private static void addBts90(ByteBuffer buf, int p, NewareRecords records)
      throws ImportException {
    records.add(
        u32(buf, p + 16),
        buf.get(p + 9) & 0xff,
        buf.get(p + 10) & 0xff,
        buf.getLong(p + 28) / 1e6,
        buf.getFloat(p + 36),
        buf.getFloat(p + 40),
        buf.getFloat(p + 52) / 3600,
        buf.getFloat(p + 60) / 3600,
        Double.NaN);
  }

  private static void addBts91(ByteBuffer buf, int p, int length, NewareRecords records)
      throws ImportException {
    double capacity = buf.getFloat(p + 28) / 3600; // signed, mA·s → mAh
    records.add(
        u32(buf, p + 8),
        buf.get(p + 2) & 0xff,
        buf.get(p + 3) & 0xff,
        u32(buf, p + 12) + u32(buf, p + 16) * 1e-9,
        buf.getFloat(p + 24),
        buf.getFloat(p + 20),
        Math.max(capacity, 0),
        Math.max(-capacity, 0),
        length >= BTS91_TEMPERATURE_RECORD_BYTES ? buf.getFloat(p + 52) : Double.NaN);
  }

  /** "BTSServer…" and the client version that follows it, when the header names them. */
  private static void serverVersions(ByteBuffer buf, Map<String, String> extra) {
    byte[] tag = "BTSServer".getBytes(StandardCharsets.US_ASCII);
    int limit = Math.min(buf.limit(), 64 * 1024) - 150;
    for (int p = 0; p < limit; p++) {
      if (buf.get(p) == tag[0] && buf.slice(p, tag.length).equals(ByteBuffer.wrap(tag))) {
        extra.put("server version", text(buf, p, 50));
        extra.put("client version", text(buf, p + 100, 50));
        return;
      }
    }
  }

  private static String text(ByteBuffer buf, int at, int length) {
    byte[] bytes = new byte[length];
    buf.get(at, bytes);
    int end = 0;
    while (end < length && bytes[end] != 0) {
      end++;
    }
    return new String(bytes, 0, end, StandardCharsets.ISO_8859_1).strip();
  }

  private static @Nullable Instant instant(long seconds, long nanos) {
    return seconds > 0 ? Instant.ofEpochSecond(seconds, nanos) : null;
  }

  private static long u32(ByteBuffer buf, int at) {
    return buf.getInt(at) & 0xffffffffL;
  }
}

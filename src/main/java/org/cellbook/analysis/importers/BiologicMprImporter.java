package org.cellbook.analysis.importers;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cellbook.analysis.series.CellSeries;
import org.cellbook.analysis.series.SeriesMetadata;
import org.jspecify.annotations.Nullable;

/**
 * BioLogic EC-Lab {@code .mpr} binaries. The file is "BIO-LOGIC MODULAR FILE" followed by modules
 * ({@code VMP Set}, {@code VMP data}, {@code VMP LOG}…), each with a short name, a long name, a
 * length, a version and a date. The data module holds the record count, the column ids and then
 * fixed-width little-endian records; flag columns (mode, ox/red, …) share one byte. The format is
 * not published: the column ids and widths below are the ones the open-source readers agree on
 * (galvani, navani), checked here against the shared files' reference values.
 *
 * <p>Records are exposed under the column names of the EC-Lab text export, so the {@code .mpt}
 * importer's column rules (current sign, (Q−Qo) counter, Ns steps) apply unchanged. An OCV file has
 * no current column: its current is zero by definition.
 */
public final class BiologicMprImporter implements CyclerImporter {

  private static final byte[] MAGIC = "BIO-LOGIC MODULAR FILE".getBytes(StandardCharsets.US_ASCII);
  private static final int FILE_HEADER_BYTES = 52;

  /** A stored column: its EC-Lab name and width in bytes (8 = f8, 4 = f4 or u4, 2 = u2). */
  private record Kind(String name, char type, int bytes) {}

  private static final Map<Integer, Kind> COLUMNS =
      Map.ofEntries(
          Map.entry(4, new Kind("time/s", 'd', 8)),
          Map.entry(5, new Kind("control/V/mA", 'f', 4)),
          Map.entry(6, new Kind("Ewe/V", 'f', 4)),
          Map.entry(7, new Kind("dq/mA.h", 'd', 8)),
          Map.entry(8, new Kind("I/mA", 'f', 4)),
          Map.entry(9, new Kind("Ece/V", 'f', 4)),
          Map.entry(11, new Kind("I/mA", 'd', 8)),
          Map.entry(13, new Kind("(Q-Qo)/mA.h", 'd', 8)),
          Map.entry(19, new Kind("control/V", 'f', 4)),
          Map.entry(20, new Kind("control/mA", 'f', 4)),
          Map.entry(23, new Kind("dQ/mA.h", 'd', 8)),
          Map.entry(24, new Kind("cycle number", 'd', 8)),
          Map.entry(26, new Kind("Rapp/Ohm", 'f', 4)),
          Map.entry(32, new Kind("freq/Hz", 'f', 4)),
          Map.entry(33, new Kind("|Ewe|/V", 'f', 4)),
          Map.entry(34, new Kind("|I|/A", 'f', 4)),
          Map.entry(35, new Kind("Phase(Z)/deg", 'f', 4)),
          Map.entry(36, new Kind("|Z|/Ohm", 'f', 4)),
          Map.entry(37, new Kind("Re(Z)/Ohm", 'f', 4)),
          Map.entry(38, new Kind("-Im(Z)/Ohm", 'f', 4)),
          Map.entry(39, new Kind("I Range", 'u', 2)),
          Map.entry(70, new Kind("P/W", 'f', 4)),
          Map.entry(74, new Kind("Energy/W.h", 'd', 8)),
          Map.entry(76, new Kind("<I>/mA", 'f', 4)),
          Map.entry(77, new Kind("<Ewe>/V", 'f', 4)),
          Map.entry(123, new Kind("Energy charge/W.h", 'd', 8)),
          Map.entry(124, new Kind("Energy discharge/W.h", 'd', 8)),
          Map.entry(125, new Kind("Capacitance charge/µF", 'd', 8)),
          Map.entry(126, new Kind("Capacitance discharge/µF", 'd', 8)),
          Map.entry(131, new Kind("Ns", 'u', 2)),
          Map.entry(169, new Kind("Cs/µF", 'f', 4)),
          Map.entry(172, new Kind("Cp/µF", 'f', 4)),
          Map.entry(434, new Kind("(Q-Qo)/C", 'f', 4)),
          Map.entry(435, new Kind("dQ/C", 'f', 4)),
          Map.entry(438, new Kind("step time/s", 'd', 8)),
          Map.entry(441, new Kind("<Ecv>/V", 'f', 4)),
          Map.entry(462, new Kind("Temperature/°C", 'f', 4)),
          Map.entry(467, new Kind("Q charge/discharge/mA.h", 'd', 8)),
          Map.entry(468, new Kind("half cycle", 'i', 4)),
          Map.entry(469, new Kind("z cycle", 'i', 4)),
          Map.entry(471, new Kind("<Ece>/V", 'f', 4)),
          Map.entry(473, new Kind("THD Ewe/%", 'f', 4)),
          Map.entry(474, new Kind("THD I/%", 'f', 4)),
          Map.entry(476, new Kind("NSD Ewe/%", 'f', 4)),
          Map.entry(477, new Kind("NSD I/%", 'f', 4)),
          Map.entry(479, new Kind("NSR Ewe/%", 'f', 4)),
          Map.entry(480, new Kind("NSR I/%", 'f', 4)));

  /** Flag columns packed into one byte: name and bit mask. */
  private static final Map<Integer, Object[]> FLAGS =
      Map.of(
          1, new Object[] {"mode", 0x03},
          2, new Object[] {"ox/red", 0x04},
          3, new Object[] {"error", 0x08},
          21, new Object[] {"control changes", 0x10},
          31, new Object[] {"Ns changes", 0x20},
          65, new Object[] {"counter inc.", 0x80});

  @Override
  public String formatName() {
    return "BioLogic .mpr";
  }

  @Override
  public double detect(FileSample sample) {
    return sample.startsWith(MAGIC) ? 0.99 : 0;
  }

  /** Where one column of a record lives. */
  private record Field(String name, int offset, char type, int mask) {}

  @Override
  public CellSeries parse(Path file, ImportOptions options) throws ImportException {
    ByteBuffer buf;
    // mapped, not read: a 10⁷-record file costs no heap, and only the pages read are loaded
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      buf = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
      buf.order(ByteOrder.LITTLE_ENDIAN);
    } catch (IOException e) {
      throw new ImportException(file, "cannot read the file: " + e.getMessage());
    }
    int dataStart = -1;
    int dataLength = 0;
    int dataVersion = -1;
    boolean cv = false;
    int pos = FILE_HEADER_BYTES;
    while (pos + 6 <= buf.limit()) {
      if (!ascii(buf, pos, 6).equals("MODULE")) {
        throw new ImportException(
            file, "byte " + pos + ": expected a MODULE header, found '" + ascii(buf, pos, 6) + "'");
      }
      String shortName = ascii(buf, pos + 6, 10).trim();
      // The header is MODULE, a 10-byte short and a 25-byte long name, then either length,
      // version and an 8-byte date (57 bytes), or, from EC-Lab 11.50 on, a maximum length
      // 0xFFFFFFFF, length, version, four more bytes and the date (65 bytes). The marker tells
      // them apart; the date text does not (it is written 10/26/20, 10-26-20 or 10.26.20).
      boolean extended = pos + 45 <= buf.limit() && buf.getInt(pos + 41) == -1;
      int headerBytes = extended ? 65 : 57;
      if (pos + headerBytes > buf.limit()) {
        throw new ImportException(file, "byte " + pos + ": the file ends inside a module header");
      }
      int length = buf.getInt(pos + (extended ? 45 : 41));
      int version = buf.getInt(pos + (extended ? 49 : 45));
      int start = pos + headerBytes;
      if (length < 0 || start + (long) length > buf.limit()) {
        throw new ImportException(
            file,
            "byte "
                + pos
                + ": module '"
                + shortName
                + "' is cut off ("
                + length
                + " bytes announced, "
                + (buf.limit() - start)
                + " present)");
      }
      if (shortName.equals("VMP data")) {
        dataStart = start;
        dataLength = length;
        dataVersion = version;
      } else if (shortName.equals("VMP Set")) {
        cv = ascii(buf, start, Math.min(length, 4096)).contains("Cyclic Voltammetry");
      }
      pos = start + length;
    }
    if (dataStart < 0) {
      throw new ImportException(file, "no 'VMP data' module: the file holds settings only");
    }
    // every record takes at least one byte of the module
    int points =
        ReadLimits.declared(file, "record count", buf.getInt(dataStart) & 0xffffffffL, dataLength);
    // Column ids follow the record count: a one-byte count with one-byte ids (version 0) or
    // two-byte ids (versions 2, 3); newer EC-Lab writes a two-byte count. The records fill the
    // end of the module, which tells which reading is right.
    Layout layout = null;
    for (boolean wideCount : new boolean[] {false, true}) {
      Layout candidate = columns(buf, dataStart, dataLength, dataVersion, wideCount, points);
      if (candidate != null) {
        layout = candidate;
        break;
      }
    }
    if (layout == null) {
      throw new ImportException(
          file,
          "the data module's column list is not one this reader knows (version "
              + dataVersion
              + "); export the file as text (.mpt) from EC-Lab");
    }
    List<Field> fields = new ArrayList<>(layout.fields());
    // Without a stored cycle number, EC-Lab counts cycles by half cycles: cycle = half/2 + 1.
    if (fields.stream().noneMatch(f -> f.name().equals("cycle number"))) {
      fields.stream()
          .filter(f -> f.name().equals("half cycle"))
          .findFirst()
          .ifPresent(h -> fields.add(new Field("cycle number", h.offset(), 'h', 0)));
    }
    boolean hasCurrent =
        fields.stream().anyMatch(f -> f.name().matches("I/mA|<I>/mA|control/V/mA|control/mA"));
    if (!hasCurrent) {
      fields.add(new Field("I/mA", -1, '0', 0));
    }
    String[] names = fields.stream().map(Field::name).toArray(String[]::new);
    Header header = new Header(names);
    TableLayout columns = BiologicMptImporter.layout(header, file, cv);
    SeriesBuilder builder = new SeriesBuilder(points);
    columns.readAll(
        new Records(buf, dataStart + layout.recordsAt(), layout.width(), points, fields),
        builder,
        file,
        false);
    List<String> warnings =
        hasCurrent ? List.of() : List.of("no current column (an OCV record): current taken as 0");
    return builder.build(
        new SeriesMetadata(
            formatName() + (cv ? " (CV)" : ""),
            "BioLogic",
            null,
            null,
            null,
            List.of(),
            Map.of(),
            warnings),
        BiologicMptImporter.counter(header, columns));
  }

  /** The record layout read from a data module header. */
  private record Layout(List<Field> fields, int width, int recordsAt) {}

  /** The layout under one reading of the header, or null when that reading does not fit. */
  private static @Nullable Layout columns(
      ByteBuffer buf, int start, int length, int version, boolean wideCount, int points) {
    int columns = wideCount ? buf.getShort(start + 4) & 0xffff : buf.get(start + 4) & 0xff;
    boolean wideIds = wideCount || version != 0;
    int idsAt = start + (wideCount ? 6 : 5);
    List<Field> fields = new ArrayList<>();
    int width = 0;
    int flagByte = -1;
    for (int c = 0; c < columns; c++) {
      int id = wideIds ? buf.getShort(idsAt + 2 * c) & 0xffff : buf.get(idsAt + c) & 0xff;
      Object[] flag = FLAGS.get(id);
      if (flag != null) {
        if (flagByte < 0) {
          flagByte = width;
          width += 1;
        }
        fields.add(new Field((String) flag[0], flagByte, 'b', (Integer) flag[1]));
        continue;
      }
      Kind kind = COLUMNS.get(id);
      if (kind == null) {
        return null;
      }
      fields.add(new Field(kind.name(), width, kind.type(), 0));
      width += kind.bytes();
    }
    long recordsAt = length - (long) points * width;
    long headerEnd = (idsAt - start) + (long) columns * (wideIds ? 2 : 1);
    return columns == 0 || recordsAt < headerEnd
        ? null
        : new Layout(fields, width, (int) recordsAt);
  }

  private static String ascii(ByteBuffer buf, int at, int length) {
    int n = Math.max(0, Math.min(length, buf.limit() - at));
    byte[] bytes = new byte[n];
    buf.get(at, bytes);
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }

  /** The fixed-width records as a {@link RecordTable}, read straight from the buffer. */
  private static final class Records implements RecordTable {
    private final ByteBuffer buf;
    private final int start;
    private final int width;
    private final int count;
    private final List<Field> fields;
    private int row = -1;

    Records(ByteBuffer buf, int start, int width, int count, List<Field> fields) {
      this.buf = buf;
      this.start = start;
      this.width = width;
      this.count = count;
      this.fields = fields;
    }

    @Override
    public boolean next() {
      return ++row < count;
    }

    @Override
    public int fieldCount() {
      return fields.size();
    }

    @Override
    public boolean isBlank(int column) {
      return column >= fields.size();
    }

    @Override
    public double number(int column) {
      if (column >= fields.size()) {
        return Double.NaN;
      }
      Field f = fields.get(column);
      int at = start + row * width + f.offset();
      return switch (f.type()) {
        case 'd' -> buf.getDouble(at);
        case 'f' -> buf.getFloat(at);
        case 'u' -> buf.getShort(at) & 0xffff;
        case 'i' -> buf.getInt(at) & 0xffffffffL;
        case 'b' -> bits(buf.get(at) & f.mask(), f.mask());
        case 'h' -> Math.floor((buf.getInt(at) & 0xffffffffL) / 2.0) + 1;
        default -> 0;
      };
    }

    /** A flag's value: the masked bits shifted down (mode 1–3, ox/red 0/1, …). */
    private static int bits(int value, int mask) {
      return value >> Integer.numberOfTrailingZeros(mask);
    }

    @Override
    public String text(int column) {
      double v = number(column);
      return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    @Override
    public long rowNumber() {
      return row + 1L;
    }

    @Override
    public void close() {
      // Nothing to release: the buffer is the caller's.
    }
  }
}

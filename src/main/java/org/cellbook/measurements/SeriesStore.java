package org.cellbook.measurements;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cellbook.analysis.series.CellSeries;
import org.cellbook.analysis.series.InstrumentStepType;
import org.cellbook.analysis.series.SeriesMetadata;
import org.cellbook.storage.DurableFiles;
import org.jspecify.annotations.Nullable;

/**
 * Parsed series kept column by column (big-endian doubles and ints, one byte per step type) so
 * plots and re-analysis read them back with one memory-mapped pass instead of re-parsing the raw
 * file. One file per measurement file: {@code <root>/<measurement code>/<position>.cols}, replaced
 * atomically when the measurement is analysed again.
 */
public class SeriesStore {

  private static final int MAGIC = 0x43425331; // "CBS1"

  private final Path root;

  public SeriesStore(Path root) {
    this.root = root;
  }

  public boolean contains(String measurementCode, int position) {
    return Files.exists(path(measurementCode, position));
  }

  public void write(String measurementCode, int position, CellSeries s) throws IOException {
    Path target = path(measurementCode, position);
    Path tmp = DurableFiles.createTempFile(target.getParent(), "series", ".part");
    try {
      try (DataOutputStream out =
          new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
        out.writeInt(MAGIC);
        out.writeInt(s.size());
        writeString(out, s.metadata().format());
        writeString(out, s.metadata().instrument());
        writeString(out, s.metadata().channel());
        out.writeBoolean(s.hasStepCharge());
        out.writeBoolean(s.hasInstrumentCycleIndex());
        out.writeBoolean(s.temperatureCelsius() != null);
        writeDoubles(out, s.timeSeconds());
        writeDoubles(out, s.voltageVolts());
        writeDoubles(out, s.currentMilliAmps());
        if (s.hasStepCharge()) {
          writeDoubles(out, s.stepChargeMilliAmpHours());
        }
        writeInts(out, s.stepIndex());
        for (InstrumentStepType t : s.stepType()) {
          out.writeByte(t.ordinal());
        }
        if (s.hasInstrumentCycleIndex()) {
          writeInts(out, s.instrumentCycleIndex());
        }
        if (s.temperatureCelsius() != null) {
          writeDoubles(out, s.temperatureCelsius());
        }
      }
      // On disk before the analysis that refers to it is committed as done.
      DurableFiles.publish(tmp, target);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  public CellSeries read(String measurementCode, int position) throws IOException {
    Path file = path(measurementCode, position);
    try (FileChannel ch = FileChannel.open(file)) {
      MappedByteBuffer b = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size());
      if (b.getInt() != MAGIC) {
        throw new IOException(file + " is not a stored series");
      }
      int n = b.getInt();
      String format = readString(b);
      String instrument = readString(b);
      String channel = readString(b);
      boolean charge = b.get() != 0;
      boolean cycle = b.get() != 0;
      boolean temperature = b.get() != 0;
      double[] time = doubles(b, n);
      double[] voltage = doubles(b, n);
      double[] current = doubles(b, n);
      double[] stepCharge = charge ? doubles(b, n) : null;
      int[] step = ints(b, n);
      InstrumentStepType[] types = new InstrumentStepType[n];
      InstrumentStepType[] all = InstrumentStepType.values();
      for (int k = 0; k < n; k++) {
        types[k] = all[b.get()];
      }
      int[] cycles = cycle ? ints(b, n) : null;
      double[] temp = temperature ? doubles(b, n) : null;
      SeriesMetadata meta =
          new SeriesMetadata(
              format, instrument, channel, null, null, List.of(), Map.of(), List.of());
      return new CellSeries(meta, time, voltage, current, stepCharge, step, types, cycles, temp);
    }
  }

  /** Removes a measurement's series. */
  public Swept delete(String measurementCode) throws IOException {
    return Swept.folder(folder(measurementCode));
  }

  /** When a measurement's series folder last changed. */
  public Instant lastChanged(String measurementCode) throws IOException {
    return Files.getLastModifiedTime(folder(measurementCode)).toInstant();
  }

  /** The codes of the measurements that have series here. */
  public List<String> codes() throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> dirs = Files.list(root)) {
      return dirs.filter(Files::isDirectory)
          .map(d -> d.getFileName().toString())
          .filter(SeriesStore::isCode)
          .toList();
    }
  }

  /** A measurement's series files, one per measurement file that has one; none before analysis. */
  public List<Path> files(String measurementCode) throws IOException {
    Path folder = folder(measurementCode);
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(folder)) {
      return list.filter(p -> p.getFileName().toString().endsWith(".cols")).sorted().toList();
    }
  }

  /** Removes series files a crash left half-written, if untouched since {@code before}. */
  public Swept removeUnfinished(Instant before) throws IOException {
    Swept out = Swept.NOTHING;
    for (String code : codes()) {
      out = out.plus(Swept.olderThan(folder(code), "series*.part", before));
    }
    return out;
  }

  private Path path(String measurementCode, int position) {
    return folder(measurementCode).resolve(position + ".cols");
  }

  private Path folder(String measurementCode) {
    if (!isCode(measurementCode)) {
      throw new IllegalArgumentException("not a measurement code: " + measurementCode);
    }
    return root.resolve(measurementCode);
  }

  private static boolean isCode(String s) {
    return s.matches("[A-Za-z0-9-]+");
  }

  private static void writeDoubles(DataOutputStream out, double[] values) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(8 * 8192);
    for (int k = 0; k < values.length; k += 8192) {
      buf.clear();
      int m = Math.min(8192, values.length - k);
      buf.asDoubleBuffer().put(values, k, m);
      out.write(buf.array(), 0, 8 * m);
    }
  }

  private static void writeInts(DataOutputStream out, int[] values) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(4 * 8192);
    for (int k = 0; k < values.length; k += 8192) {
      buf.clear();
      int m = Math.min(8192, values.length - k);
      buf.asIntBuffer().put(values, k, m);
      out.write(buf.array(), 0, 4 * m);
    }
  }

  private static double[] doubles(ByteBuffer b, int n) {
    double[] out = new double[n];
    b.asDoubleBuffer().get(out);
    b.position(b.position() + 8 * n);
    return out;
  }

  private static int[] ints(ByteBuffer b, int n) {
    int[] out = new int[n];
    b.asIntBuffer().get(out);
    b.position(b.position() + 4 * n);
    return out;
  }

  private static void writeString(DataOutputStream out, @Nullable String s) throws IOException {
    byte[] bytes = (s == null ? "" : s).getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static @Nullable String readString(ByteBuffer b) {
    byte[] bytes = new byte[b.getInt()];
    b.get(bytes);
    return bytes.length == 0 ? null : new String(bytes, StandardCharsets.UTF_8);
  }
}

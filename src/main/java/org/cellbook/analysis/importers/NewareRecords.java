package org.cellbook.analysis.importers;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cellbook.analysis.series.CellSeries;
import org.cellbook.analysis.series.InstrumentStepType;
import org.cellbook.analysis.series.SeriesMetadata;

/**
 * The records of a Neware {@code .nda} or {@code .ndax} file as the binary readers decode them
 * (record index, plan step, status code, time, voltage, current, charge and discharge counters),
 * and their normalisation to a {@link CellSeries}:
 *
 * <ul>
 *   <li>Records are put in record-index order and repeated indices dropped (the first is kept), as
 *       a file can hold a record twice or out of order (the .nda footer repeats the last one).
 *   <li>Time: most layouts store the step time, which starts again at each step; each step then
 *       continues from the previous record, so the series carries the test time. Where the layout
 *       stores the test time, or it is not known which, only a time that goes back is continued.
 *   <li>Current: Neware's sign already is the series' (charge positive = oxidation of the working
 *       electrode). Step charge = |charge counter| + |discharge counter|, both reset each step (the
 *       discharge counter comes out negative in some files).
 *   <li>Cycle index: Neware's "charge first" cycle statistic, as BTSDA shows it and NewareNDA
 *       regenerates it: a new cycle starts at a CC, CCCV or CP charge that follows a discharge. The
 *       loop counter stored in some layouts counts plan loops, not cycles, and is not used.
 * </ul>
 */
final class NewareRecords {

  /**
   * Beyond this many records a file is refused: 50 million is years of 1 s logging, and bounds the
   * memory a hostile file can claim.
   */
  static final int MAX_RECORDS = 50_000_000;

  /** Neware status (step type) codes, as BTSDA names them. */
  private static final Map<Integer, String> STATUS =
      Map.ofEntries(
          Map.entry(1, "CC_Chg"),
          Map.entry(2, "CC_DChg"),
          Map.entry(3, "CV_Chg"),
          Map.entry(4, "Rest"),
          Map.entry(5, "Cycle"),
          Map.entry(7, "CCCV_Chg"),
          Map.entry(8, "CP_DChg"),
          Map.entry(9, "CP_Chg"),
          Map.entry(10, "CR_DChg"),
          Map.entry(13, "Pause"),
          Map.entry(16, "Pulse"),
          Map.entry(17, "SIM"),
          Map.entry(19, "CV_DChg"),
          Map.entry(20, "CCCV_DChg"),
          Map.entry(21, "Control"),
          Map.entry(22, "OCV"),
          Map.entry(26, "CPCV_DChg"),
          Map.entry(27, "CPCV_Chg"));

  /**
   * Factor from the raw current integer to mA by the record's current range, for the layouts that
   * store integers (.nda version 29, .ndc version 5). Capacities use the same factor per second.
   */
  private static final Map<Integer, Double> RANGE_MILLIAMPS_PER_UNIT =
      Map.ofEntries(
          Map.entry(-100000000, 10.0),
          Map.entry(-200000, 1e-2),
          Map.entry(-100000, 1e-2),
          Map.entry(-60000, 1e-2),
          Map.entry(-50000, 1e-2),
          Map.entry(-40000, 1e-2),
          Map.entry(-30000, 1e-2),
          Map.entry(-20000, 1e-2),
          Map.entry(-12000, 1e-2),
          Map.entry(-10000, 1e-2),
          Map.entry(-6000, 1e-2),
          Map.entry(-5000, 1e-2),
          Map.entry(-3000, 1e-2),
          Map.entry(-2000, 1e-2),
          Map.entry(-1000, 1e-2),
          Map.entry(-500, 1e-3),
          Map.entry(-100, 1e-3),
          Map.entry(-50, 1e-4),
          Map.entry(-25, 1e-4),
          Map.entry(-20, 1e-4),
          Map.entry(-10, 1e-4),
          Map.entry(-5, 1e-5),
          Map.entry(-2, 1e-5),
          Map.entry(-1, 1e-5),
          Map.entry(0, 0.0),
          Map.entry(1, 1e-4),
          Map.entry(2, 1e-4),
          Map.entry(5, 1e-4),
          Map.entry(10, 1e-3),
          Map.entry(20, 1e-3),
          Map.entry(25, 1e-3),
          Map.entry(50, 1e-3),
          Map.entry(100, 1e-2),
          Map.entry(200, 1e-2),
          Map.entry(250, 1e-2),
          Map.entry(500, 1e-2),
          Map.entry(1000, 1e-1),
          Map.entry(6000, 1e-1),
          Map.entry(10000, 1e-1),
          Map.entry(12000, 1e-1),
          Map.entry(20000, 1e-1),
          Map.entry(30000, 1e-1),
          Map.entry(40000, 1e-1),
          Map.entry(50000, 1e-1),
          Map.entry(60000, 1e-1),
          Map.entry(100000, 1e-1),
          Map.entry(200000, 1e-1));

  /** Per status code: its step type, and its part in the charge-first cycle statistic. */
  private static final InstrumentStepType[] TYPE = new InstrumentStepType[256];

  private static final boolean[] OPENS_CYCLE = new boolean[256];
  private static final boolean[] DISCHARGES = new boolean[256];

  static {
    for (int code = 0; code < 256; code++) {
      String name = statusName(code);
      TYPE[code] = TableLayout.commonStepType(name);
      OPENS_CYCLE[code] = name.equals("CC_Chg") || name.equals("CCCV_Chg") || name.equals("CP_Chg");
      DISCHARGES[code] = name.endsWith("_DChg") || name.equals("SIM");
    }
  }

  private final Path file;
  private final boolean stepTime;
  private long[] index;
  private int[] step;
  private byte[] status;
  private double[] time;
  private double[] voltage;
  private double[] current;
  private double[] charge;
  private double[] discharge;
  private double[] temperature;
  private int n;
  private boolean anyTemperature;
  private long[] auxIndex = new long[0];
  private int[] auxChannel = new int[0];
  private double[] auxCelsius = new double[0];
  private int auxCount;

  /**
   * @param stepTime true when the layout stores the step time, false when it stores the test time
   *     or it is not known which
   * @param expected records expected (an upper bound from the file's real size; growth is cheap)
   */
  NewareRecords(Path file, boolean stepTime, int expected) {
    this.file = file;
    this.stepTime = stepTime;
    int c = Math.max(16, Math.min(expected, MAX_RECORDS));
    index = new long[c];
    step = new int[c];
    status = new byte[c];
    time = new double[c];
    voltage = new double[c];
    current = new double[c];
    charge = new double[c];
    discharge = new double[c];
    temperature = new double[c];
  }

  /** The status code's BTSDA name, or "status N" for a code this reader does not know. */
  static String statusName(int code) {
    return STATUS.getOrDefault(code, "status " + code);
  }

  /**
   * mA per raw current unit for a current range code.
   *
   * @throws ImportException naming the record's byte offset when the range is not known, rather
   *     than scaling currents by a guess
   */
  static double milliAmpsPerUnit(int range, Path file, String where) throws ImportException {
    Double f = RANGE_MILLIAMPS_PER_UNIT.get(range);
    if (f == null) {
      throw new ImportException(
          file, where + ": current range code " + range + " is not known; cannot scale currents");
    }
    return f;
  }

  /**
   * A wall-clock time as the instrument wrote it: year (u16), month, day, hour, minute, second. The
   * files store no time zone, so it stays text rather than becoming an instant.
   */
  static String localClock(ByteBuffer buf, int at) {
    return String.format(
        Locale.ROOT,
        "%04d-%02d-%02d %02d:%02d:%02d",
        buf.getShort(at) & 0xffff,
        buf.get(at + 2),
        buf.get(at + 3),
        buf.get(at + 4),
        buf.get(at + 5),
        buf.get(at + 6));
  }

  int size() {
    return n;
  }

  /**
   * Adds one record.
   *
   * @param recordIndex the instrument's record number (sort key)
   * @param planStep step of the plan, or any number that changes at each step
   * @param statusCode Neware status code (1 = CC_Chg, 2 = CC_DChg, 4 = Rest, ...)
   * @param timeSeconds step time or test time as stored
   */
  void add(
      long recordIndex,
      int planStep,
      int statusCode,
      double timeSeconds,
      double volts,
      double milliAmps,
      double chargeMilliAmpHours,
      double dischargeMilliAmpHours,
      double temperatureCelsius)
      throws ImportException {
    ReadLimits.stopIfInterrupted(n);
    if (n == index.length) {
      if (n >= MAX_RECORDS) {
        throw new ImportException(
            file, "more than " + MAX_RECORDS + " records: refused to bound memory");
      }
      int c = (int) Math.min(MAX_RECORDS, n + (long) (n >> 1));
      index = Arrays.copyOf(index, c);
      step = Arrays.copyOf(step, c);
      status = Arrays.copyOf(status, c);
      time = Arrays.copyOf(time, c);
      voltage = Arrays.copyOf(voltage, c);
      current = Arrays.copyOf(current, c);
      charge = Arrays.copyOf(charge, c);
      discharge = Arrays.copyOf(discharge, c);
      temperature = Arrays.copyOf(temperature, c);
    }
    index[n] = recordIndex;
    step[n] = planStep;
    status[n] = (byte) statusCode;
    time[n] = timeSeconds;
    voltage[n] = volts;
    current[n] = milliAmps;
    charge[n] = chargeMilliAmpHours;
    discharge[n] = dischargeMilliAmpHours;
    temperature[n] = temperatureCelsius;
    anyTemperature |= !Double.isNaN(temperatureCelsius);
    n++;
  }

  /**
   * Records a reading of an auxiliary temperature channel, which the layouts store apart from the
   * records and tie to them by record index. The lowest channel number is joined to the records.
   */
  void addAuxTemperature(long recordIndex, int channel, double celsius) throws ImportException {
    if (auxCount == auxIndex.length) {
      if (auxCount >= MAX_RECORDS) {
        throw new ImportException(
            file, "more than " + MAX_RECORDS + " auxiliary readings: refused to bound memory");
      }
      int c = Math.max(16, auxCount + (auxCount >> 1));
      auxIndex = Arrays.copyOf(auxIndex, c);
      auxChannel = Arrays.copyOf(auxChannel, c);
      auxCelsius = Arrays.copyOf(auxCelsius, c);
    }
    auxIndex[auxCount] = recordIndex;
    auxChannel[auxCount] = channel;
    auxCelsius[auxCount] = celsius;
    auxCount++;
  }

  /** Joins the lowest auxiliary channel's readings to the records; returns that channel or -1. */
  private int joinAuxTemperature() {
    if (auxCount == 0) {
      return -1;
    }
    int channel = Integer.MAX_VALUE;
    for (int a = 0; a < auxCount; a++) {
      channel = Math.min(channel, auxChannel[a]);
    }
    long[] keys = new long[auxCount];
    double[] values = new double[auxCount];
    int m = 0;
    for (int a = 0; a < auxCount; a++) {
      if (auxChannel[a] == channel) {
        keys[m] = auxIndex[a];
        values[m++] = auxCelsius[a];
      }
    }
    int[] byKey = order(keys, m);
    long[] sortedKeys = new long[m];
    for (int a = 0; a < m; a++) {
      sortedKeys[a] = keys[byKey[a]];
    }
    for (int i = 0; i < n; i++) {
      int at = Arrays.binarySearch(sortedKeys, index[i]);
      if (at >= 0) {
        temperature[i] = values[byKey[at]];
        anyTemperature = true;
      }
    }
    return channel;
  }

  /** The normalised series; {@code md}'s warnings are kept and this step's added. */
  CellSeries build(SeriesMetadata md) throws ImportException {
    if (n == 0) {
      throw new ImportException(file, "the file holds no data records");
    }
    List<String> warnings = new ArrayList<>(md.warnings());
    int auxChannelUsed = joinAuxTemperature();
    if (auxChannelUsed >= 0) {
      warnings.add("temperature from auxiliary channel " + auxChannelUsed);
    }
    int[] order = null;
    if (!isSorted(index, n)) {
      order = order(index, n);
      warnings.add("records were out of order and have been sorted by record index");
    }
    SeriesBuilder builder = new SeriesBuilder(n);
    long previousIndex = Long.MIN_VALUE;
    int dropped = 0;
    int previousStatus = -1;
    int previousStep = Integer.MIN_VALUE;
    double previousRawTime = 0;
    double previousTime = 0;
    double offset = 0;
    int stepNumber = 0;
    int cycle = 1;
    boolean dischargedInCycle = false;
    Set<Integer> unknownStatus = new TreeSet<>();
    for (int k = 0; k < n; k++) {
      int i = order == null ? k : order[k];
      if (index[i] == previousIndex) {
        dropped++;
        continue;
      }
      previousIndex = index[i];
      int code = status[i] & 0xff;
      if (TYPE[code] == InstrumentStepType.OTHER && !STATUS.containsKey(code)) {
        unknownStatus.add(code);
      }
      double raw = time[i];
      boolean timeWentBack = raw < previousRawTime;
      boolean newStep =
          stepNumber == 0 || step[i] != previousStep || code != previousStatus || timeWentBack;
      if (newStep) {
        stepNumber++;
        if (stepNumber > 1 && (stepTime || timeWentBack)) {
          offset = previousTime;
        }
      }
      if (OPENS_CYCLE[code] && !OPENS_CYCLE[previousStatus & 0xff] && dischargedInCycle) {
        cycle++;
        dischargedInCycle = false;
      }
      dischargedInCycle |= DISCHARGES[code];
      previousStep = step[i];
      previousStatus = code;
      previousRawTime = raw;
      previousTime = offset + raw;
      builder.add(
          previousTime,
          voltage[i],
          current[i],
          Math.abs(charge[i]) + Math.abs(discharge[i]),
          cycle,
          stepNumber,
          TYPE[code],
          anyTemperature ? temperature[i] : Double.NaN);
    }
    if (dropped > 0) {
      warnings.add(dropped + " repeated record(s) dropped (same record index)");
    }
    if (!unknownStatus.isEmpty()) {
      warnings.add(
          "unknown Neware status code(s) "
              + unknownStatus
              + ": their steps are typed by the sign of the current");
    }
    return builder.build(
        new SeriesMetadata(
            md.format(),
            md.instrument(),
            md.channel(),
            md.startTime(),
            md.activeMassMilligrams(),
            md.comments(),
            md.extra(),
            warnings),
        SeriesBuilder.Counter.RESTARTS_OR_CARRIES_ON);
  }

  private static boolean isSorted(long[] keys, int count) {
    for (int i = 1; i < count; i++) {
      if (keys[i] < keys[i - 1]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Positions in ascending key order, stable. Keys are 32-bit record numbers and positions below
   * 2³¹, so both fit one long and a primitive sort does it.
   */
  private static int[] order(long[] keys, int count) {
    long[] packed = new long[count];
    for (int i = 0; i < count; i++) {
      packed[i] = ((keys[i] & 0xffffffffL) << 31) | i;
    }
    Arrays.sort(packed);
    int[] out = new int[count];
    for (int i = 0; i < count; i++) {
      out[i] = (int) (packed[i] & 0x7fffffffL);
    }
    return out;
  }
}

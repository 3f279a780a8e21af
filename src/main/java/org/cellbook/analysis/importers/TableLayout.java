package org.cellbook.analysis.importers;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;
import org.cellbook.analysis.series.InstrumentStepType;

/**
 * Which column of a record table holds which quantity, the factor to the series' unit and how to
 * read it. Filled in by each importer from the file's header, then used by {@link #readAll}.
 */
final class TableLayout {

  /** How the time column is written. */
  enum TimeFormat {
    /** A number times {@link #timeFactor}. */
    NUMBER,
    /** Text such as {@code 1 02:03:04.000}, {@code 0d 00:00:05}, {@code 12:00:00}. */
    DURATION,
    /** Maccor: a duration, or a bare number of MINUTES (SIMBA layout). */
    DURATION_OR_MINUTES,
    /**
     * A date and time (a spreadsheet serial day number, or text), read as seconds since the first
     * record: Neware BTS 7 records carry only the step's own time besides it.
     */
    DATE_TIME
  }

  final Header header;
  int time = -1;
  double timeFactor = 1;
  TimeFormat timeFormat = TimeFormat.NUMBER;
  int voltage = -1;
  double voltageFactor = 1;
  int current = -1;
  double currentFactor = 1;
  int counter = -1;
  double counterFactor = 1;
  int dischargeCounter = -1;
  double dischargeCounterFactor = 1;
  int cycle = -1;
  int step = -1;
  int state = -1;
  int temperature = -1;

  /**
   * Optional programmed-current column: a record in {@link #setCurrentState} (galvanostatic) whose
   * programmed current is 0 is rest, whatever noise its measured current carries.
   */
  int setCurrent = -1;

  String setCurrentState;

  /** Optional specific-capacity column (mAh/g), used only to infer the active mass. */
  int specificCapacity = -1;

  /** Active mass (mg) inferred from capacity / specific capacity, NaN until seen. */
  double inferredMassMilligrams = Double.NaN;

  boolean currentSignFromState;

  /** Set when a DURATION_OR_MINUTES time was a bare number (read as minutes). */
  boolean bareMinutesSeen;

  /** The first record's DATE_TIME in seconds, NaN until read. */
  private double firstDateTimeSeconds = Double.NaN;

  Function<String, InstrumentStepType> stateMapping = TableLayout::commonStepType;

  TableLayout(Header header) {
    this.header = header;
  }

  String name(int column) {
    return column < header.size() ? header.raw(column) : "#" + (column + 1);
  }

  /**
   * Step-type words of LAND (R, CCD, CCC, RateD, Chinese), Neware (CC_DChg, CCCV Chg, Rest), Maccor
   * (C, D, R) and the synthetic files.
   */
  static InstrumentStepType commonStepType(String text) {
    String s = text.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
    return switch (s) {
      case "r", "rest", "搁置", "静置", "ocv", "pause" -> InstrumentStepType.REST;
      case "ccd", "cc dchg", "cc dischg", "dchg", "d", "rated", "恒流放电", "cc discharge" ->
          InstrumentStepType.CC_DISCHARGE;
      case "ccc", "cc chg", "chg", "c", "ratec", "恒流充电", "cc charge" ->
          InstrumentStepType.CC_CHARGE;
      case "cccv chg", "cccvc", "cccv charge", "恒流恒压充电" -> InstrumentStepType.CCCV_CHARGE;
      case "cccv dchg", "cccvd", "cccv discharge", "恒流恒压放电" -> InstrumentStepType.CCCV_DISCHARGE;
      case "cv chg", "cvc", "恒压充电" -> InstrumentStepType.CV_CHARGE;
      case "cv dchg", "cvd", "恒压放电" -> InstrumentStepType.CV_DISCHARGE;
      case "pulse" -> InstrumentStepType.PULSE;
      case "" -> null;
      default -> InstrumentStepType.OTHER;
    };
  }

  /** Reads every remaining row of the table into the builder. */
  void readAll(RecordTable table, SeriesBuilder builder, Path file, boolean decimalComma)
      throws ImportException {
    int needed = Math.max(time, Math.max(voltage, current)) + 1;
    String lastStateText = null;
    byte[] lastStateBytes = null;
    InstrumentStepType lastState = null;
    try {
      while (table.next()) {
        if (table.fieldCount() < needed) {
          long line = table.rowNumber();
          int found = table.fieldCount();
          if (!table.next()) {
            // an export cut off in the middle of its last record: keep what is complete
            builder.warnings.add(
                "last row (line " + line + ") is incomplete and was skipped; file truncated?");
            break;
          }
          throw new ImportException(
              file,
              line,
              null,
              "row has "
                  + found
                  + " fields, the header has "
                  + header.size()
                  + " (file truncated or wrong delimiter?)");
        }
        double t = readTime(table, file, decimalComma);
        double v = required(table, voltage, file) * voltageFactor;
        double i = current < 0 ? 0 : required(table, current, file) * currentFactor;
        double q = Double.NaN;
        if (counter >= 0) {
          q = table.number(counter) * counterFactor;
          if (dischargeCounter >= 0) {
            double d = table.number(dischargeCounter) * dischargeCounterFactor;
            q = (Double.isNaN(q) ? 0 : Math.abs(q)) + (Double.isNaN(d) ? 0 : Math.abs(d));
          }
        }
        int cyc = SeriesBuilder.NO_CYCLE;
        if (cycle >= 0 && !table.isBlank(cycle)) {
          double c = table.number(cycle);
          if (Double.isNaN(c)) {
            throw notNumber(table, cycle, file);
          }
          cyc = (int) Math.round(c);
        }
        int stp = -1;
        if (step >= 0 && !table.isBlank(step)) {
          double s = table.number(step);
          stp = Double.isNaN(s) ? table.text(step).hashCode() : (int) Math.round(s);
        }
        InstrumentStepType type = null;
        if (state >= 0) {
          if (lastStateBytes == null
              || !(table instanceof TextTable tt && tt.fieldEquals(state, lastStateBytes))) {
            String st = table.text(state);
            if (!st.equals(lastStateText)) {
              lastStateText = st;
              lastState = stateMapping.apply(st);
            }
            lastStateBytes = table instanceof TextTable tt ? tt.fieldBytes(state) : null;
          }
          type = lastState;
          if (type == null
              && setCurrent >= 0
              && lastStateText.strip().equals(setCurrentState)
              && table.number(setCurrent) == 0) {
            type = InstrumentStepType.REST;
          }
          if (currentSignFromState && type != null) {
            i =
                switch (type) {
                  case CC_CHARGE, CCCV_CHARGE, CV_CHARGE -> Math.abs(i);
                  case CC_DISCHARGE, CCCV_DISCHARGE, CV_DISCHARGE -> -Math.abs(i);
                  default -> i;
                };
          }
        }
        if (specificCapacity >= 0 && Double.isNaN(inferredMassMilligrams) && q > 0) {
          double spec = table.number(specificCapacity);
          if (spec > 0) {
            inferredMassMilligrams = q / spec * 1000;
          }
        }
        double temp = temperature >= 0 ? table.number(temperature) : Double.NaN;
        builder.add(t, v, i, q, cyc, stp, type, temp);
      }
    } catch (java.io.IOException e) {
      throw new ImportException(file, -1, null, "cannot read the file: " + e.getMessage(), e);
    }
    if (builder.size() == 0) {
      throw new ImportException(file, -1, null, "no data rows after the header");
    }
  }

  private double readTime(RecordTable table, Path file, boolean decimalComma)
      throws ImportException {
    double t =
        switch (timeFormat) {
          case NUMBER -> {
            double x = table.number(time);
            yield Double.isNaN(x)
                ? Units.parseDuration(table.text(time), timeFactor, decimalComma)
                : x * timeFactor;
          }
          case DURATION -> Units.parseDuration(table.text(time), timeFactor, decimalComma);
          case DURATION_OR_MINUTES -> {
            String text = table.text(time);
            if (text.indexOf(':') < 0) {
              bareMinutesSeen = true;
            }
            yield Units.parseDuration(text, 60, decimalComma);
          }
          case DATE_TIME -> {
            double days = table.number(time);
            double seconds =
                Double.isNaN(days) ? Units.parseDateTimeSeconds(table.text(time)) : days * 86400;
            if (Double.isNaN(firstDateTimeSeconds)) {
              firstDateTimeSeconds = seconds;
            }
            // serial days hold about a microsecond of noise: the instruments log whole ms
            yield Math.rint((seconds - firstDateTimeSeconds) * 1000) / 1000;
          }
        };
    if (Double.isNaN(t)) {
      throw new ImportException(
          file, table.rowNumber(), name(time), "cannot read '" + table.text(time) + "' as a time");
    }
    return t;
  }

  private double required(RecordTable table, int column, Path file) throws ImportException {
    double x = table.number(column);
    if (Double.isNaN(x)) {
      throw notNumber(table, column, file);
    }
    return x;
  }

  private ImportException notNumber(RecordTable table, int column, Path file) {
    String text = table.text(column);
    return new ImportException(
        file,
        table.rowNumber(),
        name(column),
        text.isBlank() ? "value is missing" : "cannot read '" + text + "' as a number");
  }
}

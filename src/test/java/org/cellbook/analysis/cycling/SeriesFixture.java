package org.cellbook.analysis.cycling;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cellbook.analysis.series.CellSeries;
import org.cellbook.analysis.series.InstrumentStepType;
import org.cellbook.analysis.series.SeriesMetadata;

/** Builds small series record by record for hand-computed tests. */
final class SeriesFixture {

  private final List<double[]> rows = new ArrayList<>();
  private final List<InstrumentStepType> types = new ArrayList<>();
  private boolean withCharge = true;
  private boolean withCycles = true;
  private Double massMg;

  static SeriesFixture create() {
    return new SeriesFixture();
  }

  SeriesFixture withoutChargeColumn() {
    withCharge = false;
    return this;
  }

  SeriesFixture withoutCycleIndex() {
    withCycles = false;
    return this;
  }

  SeriesFixture massInFile(double mg) {
    massMg = mg;
    return this;
  }

  /** Adds a record: time s, V, I mA, step charge mAh, step, cycle. */
  SeriesFixture add(
      double t, double v, double i, double q, int step, int cycle, InstrumentStepType type) {
    rows.add(new double[] {t, v, i, q, step, cycle});
    types.add(type);
    return this;
  }

  /**
   * Adds a constant-current step of {@code n} records, 1 h apart, charge growing by |I|·1 h
   * (counter reset at the step start), voltage linear from v0 to v1.
   */
  SeriesFixture ccStep(
      double t0, int n, double v0, double v1, double iMilliAmps, int step, int cycle) {
    InstrumentStepType type =
        iMilliAmps > 0 ? InstrumentStepType.CC_CHARGE : InstrumentStepType.CC_DISCHARGE;
    for (int k = 0; k < n; k++) {
      double f = n == 1 ? 1 : (double) k / (n - 1);
      add(
          t0 + 3600.0 * k,
          v0 + f * (v1 - v0),
          iMilliAmps,
          Math.abs(iMilliAmps) * k,
          step,
          cycle,
          type);
    }
    return this;
  }

  SeriesFixture rest(double t, double v, int step, int cycle) {
    return add(t, v, 0, 0, step, cycle, InstrumentStepType.REST);
  }

  CellSeries build() {
    int n = rows.size();
    double[] t = new double[n];
    double[] v = new double[n];
    double[] i = new double[n];
    double[] q = new double[n];
    int[] step = new int[n];
    int[] cycle = new int[n];
    for (int k = 0; k < n; k++) {
      double[] r = rows.get(k);
      t[k] = r[0];
      v[k] = r[1];
      i[k] = r[2];
      q[k] = r[3];
      step[k] = (int) r[4];
      cycle[k] = (int) r[5];
    }
    SeriesMetadata md =
        new SeriesMetadata("test", null, null, null, massMg, List.of(), Map.of(), List.of());
    return new CellSeries(
        md,
        t,
        v,
        i,
        withCharge ? q : null,
        step,
        types.toArray(InstrumentStepType[]::new),
        withCycles ? cycle : null,
        null);
  }
}

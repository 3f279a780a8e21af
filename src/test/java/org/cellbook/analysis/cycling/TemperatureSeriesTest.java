package org.cellbook.analysis.cycling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cellbook.analysis.series.CellSeries;
import org.cellbook.analysis.series.InstrumentStepType;
import org.cellbook.analysis.series.SeriesMetadata;
import org.junit.jupiter.api.Test;

class TemperatureSeriesTest {

  /**
   * Two cycles each at −20, 0 and 25 °C: sodiation 1 mA for 3600 s then desodiation for the
   * capacity of that temperature (0.87, 0.95, 1.00 mAh at 1 mA), so Q_rev/Q_rev(25 °C) = 87, 95,
   * 100 % — the shape of the study's temperature test.
   */
  @Test
  void retentionIsRelativeToTheCyclesNearestTwentyFiveDegrees() {
    double[][] plan = {{-20, 0.87}, {-20, 0.87}, {0, 0.95}, {0, 0.95}, {25, 1.0}, {25, 1.0}};
    List<double[]> rows = new ArrayList<>(); // t, V, I, T
    double time = 0;
    for (double[] step : plan) {
      for (int k = 0; k <= 10; k++) {
        rows.add(new double[] {time + k * 360, 1.0 - k * 0.09, -1, step[0]});
      }
      time += 3600 + 1;
      double seconds = step[1] * 3600;
      for (int k = 0; k <= 10; k++) {
        rows.add(new double[] {time + k * seconds / 10, 0.1 + k * 0.09, 1, step[0]});
      }
      time += seconds + 1;
    }
    int n = rows.size();
    double[] t = new double[n];
    double[] v = new double[n];
    double[] i = new double[n];
    double[] temp = new double[n];
    int[] stepIndex = new int[n];
    InstrumentStepType[] types = new InstrumentStepType[n];
    for (int k = 0; k < n; k++) {
      t[k] = rows.get(k)[0];
      v[k] = rows.get(k)[1];
      i[k] = rows.get(k)[2];
      temp[k] = rows.get(k)[3];
      stepIndex[k] = k / 11;
      types[k] = i[k] < 0 ? InstrumentStepType.CC_DISCHARGE : InstrumentStepType.CC_CHARGE;
    }
    CellSeries s =
        new CellSeries(
            new SeriesMetadata("test", "test", null, null, null, List.of(), Map.of(), List.of()),
            t,
            v,
            i,
            null,
            stepIndex,
            types,
            null,
            temp);

    TemperatureSeries series =
        TemperatureSeries.of(s, CyclingAnalysis.analyze(s, CyclingOptions.defaults()));

    assertThat(series.referenceCelsius()).isEqualTo(25.0);
    assertThat(series.groups())
        .extracting(TemperatureSeries.Group::temperatureCelsius)
        .containsExactly(-20.0, 0.0, 25.0);
    assertThat(series.groups())
        .extracting(TemperatureSeries.Group::retentionVsReference)
        .usingElementComparator((a, b) -> Math.abs(a - b) < 1e-3 ? 0 : Double.compare(a, b))
        .containsExactly(0.87, 0.95, 1.0);
    assertThat(series.groups().getFirst().meanReversibleMilliAmpHours())
        .isCloseTo(0.87, within(1e-3));
  }
}

package org.cellbook.analysis.gitt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.cellbook.analysis.importers.CyclerImporters;
import org.cellbook.analysis.importers.ImportOptions;
import org.cellbook.analysis.series.CellSeries;
import org.cellbook.analysis.series.InstrumentStepType;
import org.cellbook.analysis.series.SeriesMetadata;
import org.cellbook.analysis.testdata.SharedData;
import org.junit.jupiter.api.Test;

class GittProtocolTest {

  @Test
  void theSyntheticGittIsOne() throws Exception {
    CellSeries s =
        CyclerImporters.importFile(
            SharedData.file("gitt/synthetic_GITT_NaHC.mpt"), ImportOptions.defaults());

    GittProtocol p = GittProtocol.of(s).orElseThrow();

    // GITT.md: 100 + 98 pulses of 0.0240 mA for 600 s, 3600 s rests
    assertThat(p.pulses()).isEqualTo(198);
    assertThat(p.pulseMilliAmps()).isCloseTo(0.024, within(1e-6));
    assertThat(p.pulseSeconds()).isCloseTo(600, within(1e-6));
    assertThat(p.restSeconds()).isGreaterThanOrEqualTo(3600);
  }

  /**
   * The hybrid pulse-power characterisation of BEEP's Maccor diagnostic cycles (PreDiag procedure):
   * per state of charge a 30 s discharge pulse at 4.84 A, 40 s rest, a 10 s charge pulse at 3.64 A,
   * an 18 min discharge at 1.62 A to the next state of charge and a 1 h rest, logged every second
   * with a few mA of noise. Many pulses and mostly rest, as a GITT, but of three currents and
   * durations.
   */
  @Test
  void pulsePowerCharacterisationIsNotAGitt() {
    Series s = new Series(new Random(13));
    for (int soc = 0; soc < 9; soc++) {
      s.step(-4845, 30);
      s.step(0, 40);
      s.step(3636, 10);
      s.step(-1617, 1080);
      s.step(0, 3600);
    }
    assertThat(GittProtocol.of(s.build())).isEmpty();
  }

  @Test
  void sameProtocolWithOnePulseCurrentIsAGitt() {
    Series s = new Series(new Random(17));
    s.step(0, 3600);
    for (int pulse = 0; pulse < 12; pulse++) {
      s.step(-0.5, 600);
      s.step(0, 2400);
    }
    // the last pulse of the branch stopped early at the voltage limit
    s.step(-0.5, 240);
    s.step(0, 2400);

    GittProtocol p = GittProtocol.of(s.build()).orElseThrow();

    assertThat(p.pulses()).isEqualTo(13);
    assertThat(p.pulseSeconds()).isCloseTo(599, within(1.0));
  }

  @Test
  void cyclingWithRestsBetweenHalfCyclesIsNotAGitt() {
    Series s = new Series(new Random(19));
    for (int cycle = 0; cycle < 8; cycle++) {
      s.step(-1, 36_000);
      s.step(0, 1800);
      s.step(1, 34_000);
      s.step(0, 1800);
    }
    assertThat(GittProtocol.of(s.build())).isEmpty();
  }

  @Test
  void openCircuitWithNoiseBlipsIsNotAGitt() {
    Series s = new Series(new Random(23));
    for (int blip = 0; blip < 8; blip++) {
      s.step(0, 1800);
      s.step(-0.001, 1);
    }
    s.step(0, 1800);
    assertThat(GittProtocol.of(s.build())).isEmpty();
  }

  /** Records logged every second, current with ±0.1 % noise on the set value (none at rest). */
  private static final class Series {
    private final Random random;
    private final List<double[]> records = new ArrayList<>();
    private double time;
    private int step;

    Series(Random random) {
      this.random = random;
    }

    void step(double milliAmps, int seconds) {
      step++;
      for (int k = 0; k < seconds; k++) {
        double noise = milliAmps * 1e-3 * random.nextGaussian();
        records.add(new double[] {time++, 3.7, milliAmps + noise, step});
      }
    }

    CellSeries build() {
      int n = records.size();
      double[] t = new double[n];
      double[] v = new double[n];
      double[] i = new double[n];
      int[] steps = new int[n];
      InstrumentStepType[] types = new InstrumentStepType[n];
      for (int k = 0; k < n; k++) {
        double[] r = records.get(k);
        t[k] = r[0];
        v[k] = r[1];
        i[k] = r[2];
        steps[k] = (int) r[3];
        types[k] = i[k] == 0 ? InstrumentStepType.REST : InstrumentStepType.OTHER;
      }
      SeriesMetadata md =
          new SeriesMetadata("test", "test", null, null, null, List.of(), Map.of(), List.of());
      return new CellSeries(md, t, v, i, null, steps, types, null, null);
    }
  }
}

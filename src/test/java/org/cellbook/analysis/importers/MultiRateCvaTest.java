package org.cellbook.analysis.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.cellbook.analysis.run.Analyzer;
import org.cellbook.analysis.testdata.SharedData;
import org.cellbook.analysis.voltammetry.Voltammogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An EC-Lab Cyclic Voltammetry Advanced file whose three sequences sweep at 20, 200 and 50 mV/s.
 * Built here in the layout of a CVA export (sequence table in the header, Ns, control/V, Ewe/V,
 * &lt;I&gt;/mA, cycle number): each sequence holds its initial potential for 10 s (a record a
 * second, the measured potential jittering by 0.2 mV), sweeps 3.0 → 0.001 → 3.0 V twice, then
 * sweeps to its final potential and holds it 5 s; the next sequence starts there. Currents follow
 * the shared set's CV model, i = k₁(V)·v + k₂(V)·v^½ (cv/CV.md).
 */
class MultiRateCvaTest {

  private static final double[] RATES_MV_S = {20, 200, 50};
  private static final double[] FINAL_V = {1.5, 3.0, 3.0};

  @Test
  void eachSequenceIsAVoltammogramAtItsOwnRate(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("cva_3_rates_C01.mpt");
    Files.write(file, cvaFile(new Random(29)), StandardCharsets.ISO_8859_1);

    JsonNode json =
        new JsonMapper()
            .readTree(Analyzer.analyze(List.of(file), Analyzer.Settings.defaults(), true).output());

    // the first sequence's last sweep runs down to its final 1.5 V at 20 mV/s; the next sequence
    // sweeps on down from there at 200 mV/s: two sweeps, cut where Ns and the rate change
    List<Voltammogram> cvs =
        Voltammogram.byScanRate(CyclerImporters.importFile(file, ImportOptions.defaults()));
    assertThat(cvs).extracting(cv -> cv.sweeps().size()).containsExactly(5, 4, 4);
    assertThat(cvs.getFirst().sweeps().getLast().minPotential()).isCloseTo(1.5, within(0.001));
    assertThat(cvs.get(1).sweeps().getFirst().maxPotential()).isCloseTo(1.5, within(0.001));

    assertThat(json.get("technique").asString()).isEqualTo("cv");
    JsonNode rates = json.get("scan_rates_mv_s");
    assertThat(rates).hasSize(3);
    for (int k = 0; k < 3; k++) {
      assertThat(rates.get(k).asDouble()).isCloseTo(RATES_MV_S[k], within(0.01 * RATES_MV_S[k]));
    }
    // b at 0.5 V from the model's own currents at the three rates
    JsonNode model = SharedData.json("cv/synthetic_CV_NaHC_set1_model.expected.json");
    for (JsonNode b : json.at("/kpis/b_values")) {
      if (b.get("potential_v").asDouble() == 0.5) {
        JsonNode p = model.at("/params/" + b.get("branch").asString());
        assertThat(b.get("b").asDouble()).isCloseTo(modelB(p, 0.5), within(0.01));
      }
    }
  }

  /** Least-squares slope of log₁₀|i| over log₁₀ v of the model at one potential. */
  private static double modelB(JsonNode p, double volts) {
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double sxy = 0;
    for (double v : RATES_MV_S) {
      double x = Math.log10(v);
      double y = Math.log10(current(p, volts, v));
      sx += x;
      sy += y;
      sxx += x * x;
      sxy += x * y;
    }
    int n = RATES_MV_S.length;
    return (n * sxy - sx * sy) / (n * sxx - sx * sx);
  }

  /** |i| (mA) of the model at a potential and scan rate (mV/s). */
  private static double current(JsonNode p, double volts, double rate) {
    double k1 =
        p.get("c0").asDouble()
            + p.get("c1").asDouble()
                * Math.exp(-sq((volts - p.get("mu1").asDouble()) / p.get("s1").asDouble()));
    double k2 =
        p.get("A").asDouble()
                * Math.exp(-sq((volts - p.get("mu2").asDouble()) / p.get("s2").asDouble()))
            + p.get("t0").asDouble() * Math.exp(-volts / p.get("lt").asDouble());
    return k1 * rate + k2 * Math.sqrt(rate);
  }

  private static double sq(double x) {
    return x * x;
  }

  private static List<String> cvaFile(Random random) {
    JsonNode params =
        SharedData.json("cv/synthetic_CV_NaHC_set1_model.expected.json").get("params");
    List<String> records = new ArrayList<>();
    double time = 0;
    double start = 3.0;
    for (int ns = 0; ns < RATES_MV_S.length; ns++) {
      double rate = RATES_MV_S[ns];
      int cycle = 1;
      // ti = 10 s at Ei, a record each second
      for (int k = 0; k < 10; k++) {
        records.add(record(random, ns, time, start, 0, cycle));
        time += 1;
      }
      double[] vertices = {0.001, 3.0, 0.001, 3.0, FINAL_V[ns]};
      double from = start;
      for (double to : vertices) {
        boolean anodic = to > from;
        JsonNode p = params.get(anodic ? "anodic" : "cathodic");
        int steps = (int) Math.round(Math.abs(to - from) / 0.005);
        for (int k = 1; k <= steps; k++) {
          double e = from + (to - from) * k / steps;
          time += Math.abs(to - from) / steps / (rate / 1000);
          double i = (anodic ? 1 : -1) * current(p, e, rate);
          records.add(record(random, ns, time, e, i, cycle));
        }
        if (anodic) {
          cycle++;
        }
        from = to;
      }
      // tf = 5 s at Ef
      for (int k = 0; k < 5; k++) {
        time += 1;
        records.add(record(random, ns, time, from, 0, cycle));
      }
      start = from;
    }
    List<String> header =
        List.of(
            "EC-Lab ASCII FILE",
            "Nb header lines : 28",
            "",
            "Cyclic Voltammetry Advanced",
            "",
            "Run on channel : 1 (SN 0421)",
            "User : ",
            "CE vs. WE compliance from -10 V to 10 V",
            "Electrode connection : standard",
            "Potential control : Ewe",
            "Ewe ctrl range : min = -10.00 V, max = 10.00 V",
            "Comments : scan-rate series in one CVA",
            "Mass of active material : 1.200 mg",
            "Cycle Definition : Charge/Discharge alternance",
            "",
            "Ns                  0                   1                   2                   ",
            "Ei (V)              3.000               1.500               3.000               ",
            "ti (h:m:s)          0:00:10.0000        0:00:10.0000        0:00:10.0000        ",
            "dE/dt               20.000              200.000             50.000              ",
            "dE/dt unit          mV/s                mV/s                mV/s                ",
            "E1 (V)              0.001               0.001               0.001               ",
            "E2 (V)              3.000               3.000               3.000               ",
            "nc cycles           1                   1                   1                   ",
            "Ef (V)              1.500               3.000               3.000               ",
            "tf (h:m:s)          0:00:5.0000         0:00:5.0000         0:00:5.0000         ",
            "",
            "",
            "mode\tox/red\terror\tcontrol changes\tNs changes\tcounter inc.\tNs\ttime/s\tcontrol/V"
                + "\tEwe/V\t<I>/mA\tcycle number\t(Q-Qo)/C\tI Range");
    List<String> lines = new ArrayList<>(header);
    lines.addAll(records);
    return lines;
  }

  private static String record(
      Random random, int ns, double time, double control, double milliAmps, int cycle) {
    double ewe = control + 2e-4 * random.nextGaussian();
    return String.format(
        Locale.ROOT,
        "2\t%d\t0\t0\t0\t0\t%d\t%.4f\t%.4f\t%.7f\t%.7e\t%d\t0.000000E+000\t41",
        milliAmps > 0 ? 1 : 0,
        ns,
        time,
        control,
        ewe,
        milliAmps + 1e-6 * random.nextGaussian(),
        cycle);
  }
}

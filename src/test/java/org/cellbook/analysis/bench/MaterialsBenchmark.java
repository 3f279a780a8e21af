package org.cellbook.analysis.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.cellbook.analysis.sorption.BetAnalysis;
import org.cellbook.analysis.sorption.DubininRadushkevich;
import org.cellbook.analysis.sorption.Isotherm;
import org.cellbook.analysis.sorption.IsothermImporters;
import org.cellbook.analysis.sorption.TPlot;
import org.cellbook.analysis.testdata.MaterialsData;
import org.cellbook.analysis.xrd.CarbonXrdFit;
import org.cellbook.analysis.xrd.DiffractionPattern;

/**
 * The materials analyses' targets, each &lt; 50 ms after warm-up: BET (automatic Rouquerol range) +
 * t-plot + DR on one isotherm, and the two-component (002) + (100) XRD fit on a 5,000-point pattern
 * (the shared synthetic pattern resampled on 5,000 points). Run (README, "Contributing"):
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat target/cp.txt)
 *     org.cellbook.analysis.bench.MaterialsBenchmark 200</pre>
 */
public final class MaterialsBenchmark {

  private MaterialsBenchmark() {}

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    Isotherm n2 =
        IsothermImporters.read(MaterialsData.file("isotherms/betsi_UiO-66_N2_77K.csv"))
            .adsorption();
    Isotherm co2 =
        IsothermImporters.read(MaterialsData.file("synthetic/synthetic_CO2_273K_DR.csv"))
            .adsorption();
    DiffractionPattern pattern =
        resample(
            DiffractionPattern.read(
                MaterialsData.file("synthetic/synthetic_hardcarbon_XRD_CuKa.xy")),
            5000);

    report(
        "BET (Rouquerol, automatic) + t-plot + DR, UiO-66 (%d points) and CO2 (%d points)"
            .formatted(n2.size(), co2.size()),
        runs,
        () -> {
          BetAnalysis.auto(n2, BetAnalysis.NITROGEN_CROSS_SECTION_NM2);
          TPlot.fit(n2, 0.35, 0.50);
          DubininRadushkevich.fit(co2, 0, 1, 273.15, 44.0095, 1.023, 0.35);
        });
    report(
        "XRD two-component (002) + (100) fit, 5,000-point pattern",
        runs,
        () -> CarbonXrdFit.fit(pattern));
  }

  private static void report(String what, int runs, Runnable work) {
    for (int i = 0; i < Math.max(20, runs / 5); i++) {
      work.run();
    }
    List<Double> ms = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      work.run();
      ms.add((System.nanoTime() - t) / 1e6);
    }
    Collections.sort(ms);
    System.out.printf(
        Locale.ROOT,
        "%-80s median %6.2f ms, p95 %6.2f ms (target < 50 ms, n=%d)%n",
        what,
        ms.get(ms.size() / 2),
        ms.get((int) (ms.size() * 0.95)),
        runs);
  }

  /** The pattern linearly interpolated onto n evenly spaced angles over its own range. */
  private static DiffractionPattern resample(DiffractionPattern p, int n) {
    double[] x = p.twoThetaDegrees();
    double[] y = p.counts();
    double[] xi = new double[n];
    double[] yi = new double[n];
    int j = 0;
    for (int k = 0; k < n; k++) {
      xi[k] = x[0] + (x[x.length - 1] - x[0]) * k / (n - 1);
      while (j < x.length - 2 && x[j + 1] < xi[k]) {
        j++;
      }
      double f = (xi[k] - x[j]) / (x[j + 1] - x[j]);
      yi[k] = y[j] + (y[j + 1] - y[j]) * f;
    }
    return new DiffractionPattern(xi, yi, p.wavelengthAngstrom());
  }
}

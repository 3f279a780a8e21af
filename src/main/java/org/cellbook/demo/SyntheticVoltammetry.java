package org.cellbook.demo;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * A scan-rate series in one Autolab NOVA export for the demo, with the model of the synthetic CV
 * reference files the tests analyse (their parameter set 1): i = k₁(V)·v + k₂(V)·v^½ with k₁ = c₀ +
 * c₁ exp(−((V−μ₁)/s₁)²) (capacitive) and k₂ = A exp(−((V−μ₂)/s₂)²) + t₀ exp(−V/λ) (diffusive),
 * scaled to the electrode's active mass. Two cycles at each of 0.1, 0.2, 0.5 and 1 mV s⁻¹ between
 * 3.0 and 0.001 V on a 5 mV grid.
 */
final class SyntheticVoltammetry {

  static final List<Double> RATES_MV_S = List.of(0.1, 0.2, 0.5, 1.0);

  /** c₀, c₁, μ₁, s₁, A, μ₂, s₂, t₀, λ for the anodic and the cathodic branch (1.2 mg). */
  private static final double[] ANODIC = {0.03, 0.435, 0.55, 0.35, 3.7, 0.1, 0.045, 0.0135, 0.6};

  private static final double[] CATHODIC = {0.03, 0.42, 0.5, 0.35, 4.2, 0.03, 0.035, 0.0135, 0.6};
  private static final double REFERENCE_MASS_MG = 1.2;

  private SyntheticVoltammetry() {}

  static byte[] nova(double activeMassMilligrams) {
    double scale = activeMassMilligrams / REFERENCE_MASS_MG;
    StringBuilder b = new StringBuilder(1 << 20);
    b.append(
        "Potential applied (V);Time (s);WE(1).Current (A);WE(1).Potential (V);Scan;Index;Q+;Q-\n");
    double time = 0;
    double qPlus = 0;
    double qMinus = 0;
    int scan = 0;
    for (double rate : RATES_MV_S) {
      for (int cycle = 0; cycle < 2; cycle++) {
        scan++;
        int index = 0;
        // 3.0 V → 0.001 V → 3.0 V in 5 mV steps; the vertex is written once
        for (int k = 0; k <= 1200; k++) {
          boolean down = k <= 600;
          double v = Math.max(0.001, down ? 3.0 - 0.005 * k : 0.005 * (k - 600));
          double[] p = down ? CATHODIC : ANODIC;
          double k1 = p[0] + p[1] * Math.exp(-Math.pow((v - p[2]) / p[3], 2));
          double k2 = p[4] * Math.exp(-Math.pow((v - p[5]) / p[6], 2)) + p[7] * Math.exp(-v / p[8]);
          double milliAmps = (down ? -1 : 1) * scale * (k1 * rate + k2 * Math.sqrt(rate));
          if (k > 0) {
            time += 5 / rate;
            double coulombs = milliAmps / 1000 * 5 / rate;
            if (coulombs > 0) {
              qPlus += coulombs;
            } else {
              qMinus += coulombs;
            }
          }
          b.append(
              String.format(
                  Locale.ROOT,
                  "%.8f;%.6f;%.6E;%.8f;%d;%d;%.6E;%.6E%n",
                  v,
                  time,
                  milliAmps / 1000,
                  v,
                  scan,
                  ++index,
                  qPlus,
                  qMinus));
        }
      }
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }
}

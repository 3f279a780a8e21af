package org.cellbook.demo;

/**
 * A GITT run of a hard-carbon half cell for the demo, following the model of the synthetic GITT
 * reference file the tests analyse: 600 s pulses at 20 mA g⁻¹ with 1 h rests, sodiation then
 * desodiation; an ohmic jump I·R (R = 400 Ω), a transient E = E_s ± (IR + ΔE_t √(t/τ)) and an
 * exponential relaxation onto the next equilibrium voltage. ΔE_t is set so that Weppner–Huggins
 * returns D(E) = 10^(−10 − 2 exp(−((E − 0.05)/0.08)²)) cm² s⁻¹: small on the plateau, as in hard
 * carbons.
 *
 * @param activeMassMilligrams electrode active mass
 * @param areaCm2 electrode area
 */
record SyntheticGitt(double activeMassMilligrams, double areaCm2) {

  /** Carbon: the molar mass and molar volume (ρ = 1.6 g cm⁻³) the analysis is given. */
  static final double MOLAR_MASS_G_MOL = 12.011;

  static final double MOLAR_VOLUME_CM3_MOL = 12.011 / 1.6;

  private static final double PULSE_S = 600;
  private static final double REST_S = 3600;
  private static final double OHMS = 400;
  private static final double CURRENT_MA_PER_G = 20;
  private static final int PULSES = 75;
  private static final double CAPACITY_MAH_PER_G = 300;

  /** Pulses logged at 0, 1, 2, 5, 10, 20, 30, 60 … 600 s; rests at 0, 1, 2, 5 … 3600 s. */
  private static final double[] PULSE_TIMES = {
    0, 1, 2, 5, 10, 20, 30, 60, 90, 120, 180, 240, 300, 360, 420, 480, 540, 600
  };

  private static final double[] REST_TIMES = {
    0, 1, 2, 5, 10, 20, 30, 60, 120, 180, 300, 420, 600, 900, 1200, 1800, 2400, 3000, 3600
  };

  byte[] csv() {
    SyntheticCsv w = new SyntheticCsv(activeMassMilligrams);
    double milliAmps = CURRENT_MA_PER_G * activeMassMilligrams / 1000;
    // L = m V_M / (M S), the diffusion length of Weppner–Huggins
    double length =
        activeMassMilligrams / 1000 * MOLAR_VOLUME_CM3_MOL / (MOLAR_MASS_G_MOL * areaCm2);
    double perPulse = CURRENT_MA_PER_G * PULSE_S / 3600 / CAPACITY_MAH_PER_G; // fraction
    double x = 0;
    double es = equilibrium(x);
    w.rest(1, es, 3600);
    int cycle = 1;
    for (int branch = 0; branch < 2; branch++) {
      double sign = branch == 0 ? -1 : 1;
      for (int k = 0; k < PULSES; k++) {
        double next = x - sign * perPulse;
        double esAfter = equilibrium(next);
        double dEs = Math.abs(esAfter - es);
        double d = diffusion((es + esAfter) / 2);
        // D = 4/(πτ) (L ΔEs/ΔEt)²  ⇒  ΔEt = 2 L ΔEs / √(π τ D)
        double dEt = 2 * length * dEs / Math.sqrt(Math.PI * PULSE_S * d);
        double ir = milliAmps / 1000 * OHMS;
        double before = es;
        double end =
            w.step(
                cycle,
                branch == 0 ? "CC_DChg" : "CC_Chg",
                sign * milliAmps,
                PULSE_TIMES,
                t -> before + sign * (ir + dEt * Math.sqrt(t / PULSE_S)));
        double target = esAfter;
        double from = end;
        w.step(
            cycle,
            "Rest",
            0,
            REST_TIMES,
            t ->
                target
                    + (from - target)
                        * (Math.exp(-t / 400) - Math.exp(-REST_S / 400) * t / REST_S));
        x = next;
        es = esAfter;
      }
      cycle++;
    }
    return w.bytes();
  }

  /** Equilibrium voltage at sodiated fraction x: sloping above 0.1 V, then the low plateau. */
  private static double equilibrium(double x) {
    return x < 0.6
        ? 0.1 + 1.6 * Math.pow(1 - x / 0.6, 2.2)
        : 0.1 - 0.07 * Math.pow((x - 0.6) / 0.4, 0.7);
  }

  private static double diffusion(double volts) {
    return Math.pow(10, -10 - 2 * Math.exp(-Math.pow((volts - 0.05) / 0.08, 2)));
  }
}

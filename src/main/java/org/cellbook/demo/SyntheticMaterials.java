package org.cellbook.demo;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;

/**
 * Synthetic characterization files of a hard carbon for the demo notebook, following the models of
 * the synthetic reference files the tests analyse: an N₂ isotherm from the n-layer BET equation, a
 * Cu Kα pattern with two (002) components and a (100) band on an exponential background, and a 532
 * nm Raman spectrum with Lorentzian D and G bands. Seeded, so the demo is the same every time;
 * labelled synthetic in each header.
 */
final class SyntheticMaterials {

  /** Avogadro × N₂ cross-section 0.162 nm²: m² per mol of monolayer. */
  private static final double M2_PER_MOL = 6.02214076e23 * 0.162e-18;

  private SyntheticMaterials() {}

  /**
   * N₂ at 77 K, adsorption then desorption, n-layer BET (Brunauer, Deming, Deming &amp; Teller
   * 1940): n = n_m C x [1 − (N+1)x^N + N x^(N+1)] / ((1 − x)[1 + (C − 1)x − C x^(N+1)]).
   */
  static byte[] isotherm(double betAreaSquareMetresPerGram, double c, int layers, long seed) {
    double nm = betAreaSquareMetresPerGram / M2_PER_MOL * 1000; // mmol/g
    Random noise = new Random(seed);
    StringBuilder b = new StringBuilder();
    b.append("# synthetic: true (Cellbook demo notebook; not measured data)\n");
    b.append("# adsorbate: N2, temperature: 77.35 K\n");
    b.append("relative pressure p/p0,amount adsorbed cm3(STP)/g\n");
    double[] up = new double[48];
    for (int k = 0; k < 24; k++) {
      up[k] = Math.pow(10, -5 + 4.0 * k / 24); // 1e-5 … 0.07
    }
    for (int k = 24; k < 48; k++) {
      up[k] = 0.08 + (0.99 - 0.08) * (k - 24) / 23.0;
    }
    for (double x : up) {
      append(b, x, nLayerBet(x, nm, c, layers) * (1 + 0.002 * noise.nextGaussian()));
    }
    for (int k = 46; k >= 24; k -= 2) {
      append(b, up[k], nLayerBet(up[k], nm, c, layers) * (1 + 0.002 * noise.nextGaussian()));
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static double nLayerBet(double x, double nm, double c, int n) {
    double top = nm * c * x * (1 - (n + 1) * Math.pow(x, n) + n * Math.pow(x, n + 1));
    double bottom = (1 - x) * (1 + (c - 1) * x - c * Math.pow(x, n + 1));
    return top / bottom;
  }

  private static void append(StringBuilder b, double x, double mmolPerGram) {
    b.append(String.format(Locale.ROOT, "%.6g,%.5f%n", x, mmolPerGram * 22.414));
  }

  /**
   * 10–80° 2θ in 0.02° steps, Cu Kα₁: background B0 + B1 exp(−2θ/τ), pseudo-Voigt (002) components
   * at 25.2° (graphitic-like, height {@code graphitic}) and 21.2° (disordered, height {@code
   * disordered}) and a (100) band at 43.3°, with Poisson-like noise.
   */
  static byte[] xrd(double graphitic, double disordered, double fwhm002, long seed) {
    Random noise = new Random(seed);
    StringBuilder b = new StringBuilder();
    b.append("# synthetic: true (Cellbook demo notebook; not measured data)\n");
    b.append("# XRD, Cu K-alpha1, lambda = 1.5406 A\n");
    b.append("# 2theta_deg counts\n");
    for (int k = 0; k <= 3500; k++) {
      double x = 10 + 0.02 * k;
      double y =
          150
              + 1500 * Math.exp(-x / 6.0)
              + pseudoVoigt(x, graphitic, 25.2, fwhm002, 0.3)
              + pseudoVoigt(x, disordered, 21.2, 8.0, 0.2)
              + pseudoVoigt(x, 300, 43.3, 5.0, 0.4);
      y += Math.sqrt(y) * noise.nextGaussian();
      b.append(String.format(Locale.ROOT, "%.2f %.1f%n", x, Math.max(0, y)));
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static double pseudoVoigt(
      double x, double height, double centre, double fwhm, double eta) {
    double u = (x - centre) / (fwhm / 2);
    double lorentz = 1 / (1 + u * u);
    double gauss = Math.exp(-Math.log(2) * u * u);
    return height * (eta * lorentz + (1 - eta) * gauss);
  }

  /**
   * 800–2000 cm⁻¹ at 532 nm: linear background, Lorentzian D (1345 cm⁻¹) and G (1590 cm⁻¹) bands
   * with the given height ratio and D width, Gaussian noise.
   */
  static byte[] raman(double heightRatioDtoG, double dWidth, long seed) {
    Random noise = new Random(seed);
    StringBuilder b = new StringBuilder();
    b.append("#synthetic: true (Cellbook demo notebook; not measured data), laser 532 nm\n");
    b.append("#Wave\t#Intensity\n");
    for (int k = 0; k <= 1200; k++) {
      double x = 800 + k;
      double y =
          200
              + 0.15 * (x - 800)
              + lorentz(x, 1000 * heightRatioDtoG, 1345, dWidth)
              + lorentz(x, 1000, 1590, 75)
              + 8 * noise.nextGaussian();
      b.append(String.format(Locale.ROOT, "%.1f\t%.2f%n", x, y));
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static double lorentz(double x, double height, double centre, double fwhm) {
    double u = (x - centre) / (fwhm / 2);
    return height / (1 + u * u);
  }
}

package org.cellbook.analysis.raman;

import org.cellbook.analysis.kpi.PlausibleRange;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresBuilder;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresOptimizer;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LevenbergMarquardtOptimizer;
import org.hipparchus.util.Pair;
import org.jspecify.annotations.Nullable;

/**
 * D and G bands of a carbon Raman spectrum (METHODS.md §3): two Lorentzians, D near 1340 cm⁻¹ and G
 * near 1580 cm⁻¹, on a linear background, fitted by Levenberg–Marquardt over 1000–1800 cm⁻¹.
 * Lorentzian: H / (1 + 4(x−x₀)²/w²), area π/2 · H · w. The model name is part of the result because
 * other models (BWF G band, D1–D4) give other ratios (Sadezky et al., Carbon 43, 1731 (2005)).
 *
 * @param idIgHeight H_D / H_G
 * @param idIgArea A_D / A_G
 * @param rSquared 1 − SS_res / SS_tot over the window
 * @param backgroundIntercept a of the background a + b·x (counts)
 * @param backgroundSlope b of the background (counts per cm⁻¹)
 * @param bwfQ the Breit–Wigner–Fano coupling q of the G band, NaN for a Lorentzian G
 * @param standardErrors standard errors of the fitted parameters in fit order (H_D, x_D, w_D, then
 *     the G band's H or I₀, x₀, w [, q], then a, b), from the covariance scaled by the reduced χ²
 * @param idIgHeightSe standard error of I_D/I_G by height (first-order propagation with the
 *     heights' covariance)
 */
public record CarbonRaman(
    String model,
    double dCentre,
    double dHeight,
    double dWidth,
    double gCentre,
    double gHeight,
    double gWidth,
    double idIgHeight,
    double idIgArea,
    double rmsResidual,
    double rSquared,
    int iterations,
    double backgroundIntercept,
    double backgroundSlope,
    double bwfQ,
    double[] standardErrors,
    double idIgHeightSe) {

  public static final String MODEL =
      "Lorentzian D + Lorentzian G + linear background, 1000–1800 cm⁻¹";

  /**
   * The D band of carbons lies near 1350 cm⁻¹ and moves by about 50 cm⁻¹ per eV of the laser
   * (Ferrari &amp; Robertson 2000): 1300–1400 cm⁻¹ from near-infrared to near-ultraviolet lasers. A
   * fitted D outside it is no D band.
   */
  public static final PlausibleRange D_POSITION =
      PlausibleRange.of(
          1300, 1400, "cm⁻¹", "the spectrum shows no carbon D band there (not a carbon?)");

  /**
   * The G band lies at 1550–1620 cm⁻¹: 1580 in graphite, up to 1600 in nanocrystalline carbon with
   * the unresolved D2 shoulder, down to 1550 in amorphous carbon (Ferrari &amp; Robertson 2000).
   */
  public static final PlausibleRange G_POSITION =
      PlausibleRange.of(
          1550, 1620, "cm⁻¹", "the spectrum shows no carbon G band there (not a carbon?)");

  /**
   * I_D/I_G by height runs from 0 (graphite) to about 3.5 in the most defective nanocrystalline
   * carbons (Tuinstra &amp; Koenig 1970; Ferrari &amp; Robertson 2000); 5 leaves room for the
   * multi-band ratios, which run higher.
   */
  public static final PlausibleRange ID_IG_HEIGHT =
      PlausibleRange.of(
          0,
          5,
          null,
          "the D/G fit does not describe this spectrum: check that it is a carbon's first-order"
              + " spectrum and that both bands stand above the background");

  /**
   * I_D/I_G by area is the height ratio times the width ratio w_D/w_G, and D is at most about three
   * times as broad as G in carbons: 0–15.
   */
  public static final PlausibleRange ID_IG_AREA =
      PlausibleRange.of(0, 15, null, ID_IG_HEIGHT.cause());

  public static CarbonRaman fit(double[] shiftPerCm, double[] intensity) {
    double[][] window = window(shiftPerCm, intensity);
    double[] x = window[0];
    double[] y = window[1];
    int n = x.length;
    // Start: background through the window's ends, bands at their usual places with the data's
    // heights.
    double b = (y[n - 1] - y[0]) / (x[n - 1] - x[0]);
    double a = y[0] - b * x[0];
    double hD = at(x, y, 1340) - (a + b * 1340);
    double hG = at(x, y, 1585) - (a + b * 1585);
    double[] start = {hD, 1340, 150, hG, 1585, 80, a, b};
    LeastSquaresOptimizer.Optimum optimum =
        new LevenbergMarquardtOptimizer()
            .optimize(
                new LeastSquaresBuilder()
                    .start(start)
                    .model(p -> model(p, x))
                    .target(y)
                    .maxEvaluations(10_000)
                    .maxIterations(10_000)
                    .build());
    double[] p = optimum.getPoint().toArray();
    double areaD = Math.PI / 2 * p[0] * Math.abs(p[2]);
    double areaG = Math.PI / 2 * p[3] * Math.abs(p[5]);
    return new CarbonRaman(
        MODEL,
        p[1],
        p[0],
        Math.abs(p[2]),
        p[4],
        p[3],
        Math.abs(p[5]),
        p[0] / p[3],
        areaD / areaG,
        optimum.getRMS(),
        rSquared(y, optimum.getRMS()),
        optimum.getIterations(),
        p[6],
        p[7],
        Double.NaN,
        Uncertainty.of(optimum, y.length).standardErrors(),
        Uncertainty.of(optimum, y.length).ratioSe(0, 3, p[0], p[3], 1));
  }

  public static final String BWF_MODEL =
      "Lorentzian D + Breit–Wigner–Fano G + linear background, 1000–1800 cm⁻¹";

  /**
   * The same window with a Breit–Wigner–Fano G band, I₀(1 + 2(x−x₀)/(q w))² / (1 + 4(x−x₀)²/w²)
   * (Ferrari &amp; Robertson, Phys. Rev. B 61, 14095 (2000)), started from the Lorentzian fit.
   * I_D/I_G by height uses the BWF maximum I₀(1 + 1/q²) at x₀ + w/(2q); its area diverges, so no
   * area ratio is given (NaN). G centre and height are those of the maximum.
   */
  public static CarbonRaman fitBreitWignerFano(double[] shiftPerCm, double[] intensity) {
    return fitBreitWignerFano(shiftPerCm, intensity, fit(shiftPerCm, intensity));
  }

  /** The BWF fit started from a Lorentzian fit the caller already has. */
  public static CarbonRaman fitBreitWignerFano(
      double[] shiftPerCm, double[] intensity, CarbonRaman lorentz) {
    double[][] window = window(shiftPerCm, intensity);
    double[] x = window[0];
    double[] y = window[1];
    double[] start = {
      lorentz.dHeight(),
      lorentz.dCentre(),
      lorentz.dWidth(),
      lorentz.gHeight(),
      lorentz.gCentre(),
      lorentz.gWidth(),
      -1 / 0.2, // q: a weak asymmetry to begin with
      lorentz.backgroundIntercept(),
      lorentz.backgroundSlope()
    };
    LeastSquaresOptimizer.Optimum optimum =
        new LevenbergMarquardtOptimizer()
            .optimize(
                new LeastSquaresBuilder()
                    .start(start)
                    .model(p -> NumericJacobian.of(p.toArray(), x, CarbonRaman::bwfModel))
                    .target(y)
                    .maxEvaluations(10_000)
                    .maxIterations(10_000)
                    .build());
    double[] p = optimum.getPoint().toArray();
    double q = p[6];
    double w = Math.abs(p[5]);
    double gMax = p[3] * (1 + 1 / (q * q));
    return new CarbonRaman(
        BWF_MODEL,
        p[1],
        p[0],
        Math.abs(p[2]),
        p[4] + w / (2 * q),
        gMax,
        w,
        p[0] / gMax,
        Double.NaN,
        optimum.getRMS(),
        rSquared(y, optimum.getRMS()),
        optimum.getIterations(),
        p[7],
        p[8],
        q,
        Uncertainty.of(optimum, y.length).standardErrors(),
        // H_G = I₀(1 + 1/q²): its error from I₀ only (q's share is second order near |q| ≫ 1)
        Uncertainty.of(optimum, y.length).ratioSe(0, 3, p[0], p[3], 1 + 1 / (q * q)));
  }

  /** Covariance of a least-squares optimum scaled by the reduced χ² (unit weights). */
  record Uncertainty(@Nullable RealMatrix covariance) {

    static Uncertainty of(LeastSquaresOptimizer.Optimum optimum, int points) {
      int params = optimum.getPoint().getDimension();
      double chi2 = optimum.getCost() * optimum.getCost() / Math.max(1, points - params);
      try {
        return new Uncertainty(optimum.getCovariances(1e-14).scalarMultiply(chi2));
      } catch (org.hipparchus.exception.MathIllegalArgumentException
          | org.hipparchus.exception.MathIllegalStateException e) {
        return new Uncertainty(null); // singular: errors unknown, reported as NaN
      }
    }

    double[] standardErrors() {
      if (covariance == null) {
        return new double[0];
      }
      double[] se = new double[covariance.getRowDimension()];
      for (int k = 0; k < se.length; k++) {
        se[k] = Math.sqrt(Math.max(0, covariance.getEntry(k, k)));
      }
      return se;
    }

    /**
     * SE of (p_i / (g·p_j)) by first-order propagation: (r)² [var_i/p_i² + var_j/p_j² − 2
     * cov_ij/(p_i p_j)].
     */
    double ratioSe(int i, int j, double pi, double pj, double g) {
      if (covariance == null) {
        return Double.NaN;
      }
      double r = pi / (g * pj);
      double v =
          covariance.getEntry(i, i) / (pi * pi)
              + covariance.getEntry(j, j) / (pj * pj)
              - 2 * covariance.getEntry(i, j) / (pi * pj);
      return Math.abs(r) * Math.sqrt(Math.max(0, v));
    }
  }

  private static double bwf(double x, double i0, double x0, double w, double q) {
    double u = 2 * (x - x0) / w;
    double a = 1 + u / q;
    return i0 * a * a / (1 + u * u);
  }

  /** Lorentzian D + BWF G + linear background (parameters hD, xD, wD, I₀, x₀, w, q, a, b). */
  private static double[] bwfModel(double[] p, double[] x) {
    double[] v = new double[x.length];
    for (int k = 0; k < x.length; k++) {
      v[k] =
          lorentz(x[k], p[0], p[1], p[2]) + bwf(x[k], p[3], p[4], p[5], p[6]) + p[7] + p[8] * x[k];
    }
    return v;
  }

  /** The fitted background at a Raman shift (cm⁻¹). */
  public double background(double shiftPerCm) {
    return backgroundIntercept + backgroundSlope * shiftPerCm;
  }

  /** The fitted D band alone (above the background) at a Raman shift. */
  public double dBand(double shiftPerCm) {
    return lorentz(shiftPerCm, dHeight, dCentre, dWidth);
  }

  /** The fitted G band alone (above the background) at a Raman shift. */
  public double gBand(double shiftPerCm) {
    if (Double.isNaN(bwfQ)) {
      return lorentz(shiftPerCm, gHeight, gCentre, gWidth);
    }
    // gCentre/gHeight are the maximum's; recover x₀ and I₀ of the BWF line
    double x0 = gCentre - gWidth / (2 * bwfQ);
    double i0 = gHeight / (1 + 1 / (bwfQ * bwfQ));
    return bwf(shiftPerCm, i0, x0, gWidth, bwfQ);
  }

  /** 1 − SS_res / SS_tot, with SS_res = n · rms² (the optimum's RMS of the residuals). */
  static double rSquared(double[] y, double rms) {
    double mean = java.util.Arrays.stream(y).average().orElse(0);
    double ssTot = 0;
    for (double v : y) {
      ssTot += (v - mean) * (v - mean);
    }
    return 1 - y.length * rms * rms / ssTot;
  }

  private static final double FROM = 1000;
  private static final double TO = 1800;

  /** Whether a Raman shift (cm⁻¹) lies in the window the D and G bands are fitted over. */
  public static boolean inWindow(double shiftPerCm) {
    return shiftPerCm >= FROM && shiftPerCm <= TO;
  }

  /** The points between 1000 and 1800 cm⁻¹; at least 20 of them. */
  static double[][] window(double[] shiftPerCm, double[] intensity) {
    return window(shiftPerCm, intensity, FROM, TO);
  }

  /** The points between two Raman shifts (cm⁻¹); at least 20 of them. */
  static double[][] window(double[] shiftPerCm, double[] intensity, double from, double to) {
    int n = 0;
    for (double x : shiftPerCm) {
      if (x >= from && x <= to) {
        n++;
      }
    }
    if (n < 20) {
      throw new IllegalArgumentException(
          "the spectrum has fewer than 20 points between %.0f and %.0f cm⁻¹".formatted(from, to));
    }
    double[] x = new double[n];
    double[] y = new double[n];
    int k = 0;
    for (int i = 0; i < shiftPerCm.length; i++) {
      if (shiftPerCm[i] >= from && shiftPerCm[i] <= to) {
        x[k] = shiftPerCm[i];
        y[k++] = intensity[i];
      }
    }
    return new double[][] {x, y};
  }

  private static double at(double[] x, double[] y, double where) {
    int best = 0;
    for (int k = 1; k < x.length; k++) {
      if (Math.abs(x[k] - where) < Math.abs(x[best] - where)) {
        best = k;
      }
    }
    return y[best];
  }

  private static double lorentz(double x, double h, double x0, double w) {
    double u = 2 * (x - x0) / w;
    return h / (1 + u * u);
  }

  /** Values and Jacobian of the model at the parameters (hD, xD, wD, hG, xG, wG, a, b). */
  private static Pair<RealVector, RealMatrix> model(RealVector params, double[] x) {
    double[] p = params.toArray();
    double[] value = new double[x.length];
    double[][] jacobian = new double[x.length][8];
    for (int k = 0; k < x.length; k++) {
      value[k] =
          lorentz(x[k], p[0], p[1], p[2]) + lorentz(x[k], p[3], p[4], p[5]) + p[6] + p[7] * x[k];
      for (int band = 0; band < 2; band++) {
        double h = p[3 * band];
        double x0 = p[3 * band + 1];
        double w = p[3 * band + 2];
        double u = 2 * (x[k] - x0) / w;
        double q = 1 + u * u;
        jacobian[k][3 * band] = 1 / q;
        jacobian[k][3 * band + 1] = h * 2 * u * (2 / w) / (q * q);
        jacobian[k][3 * band + 2] = h * 2 * u * u / w / (q * q);
      }
      jacobian[k][6] = 1;
      jacobian[k][7] = x[k];
    }
    return new Pair<>(new ArrayRealVector(value, false), new Array2DRowRealMatrix(jacobian, false));
  }
}

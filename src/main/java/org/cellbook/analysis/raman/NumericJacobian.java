package org.cellbook.analysis.raman;

import java.util.function.BiFunction;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.hipparchus.util.Pair;

/**
 * A model's values and its Jacobian by central differences, for fits whose derivatives are messy.
 */
final class NumericJacobian {

  private NumericJacobian() {}

  /**
   * @param model values of the model at parameters p for abscissae x
   */
  static Pair<RealVector, RealMatrix> of(
      double[] p, double[] x, BiFunction<double[], double[], double[]> model) {
    double[][] jacobian = new double[x.length][p.length];
    for (int j = 0; j < p.length; j++) {
      double h = 1e-6 * Math.max(1, Math.abs(p[j]));
      double[] up = p.clone();
      double[] down = p.clone();
      up[j] += h;
      down[j] -= h;
      double[] vu = model.apply(up, x);
      double[] vd = model.apply(down, x);
      for (int k = 0; k < x.length; k++) {
        jacobian[k][j] = (vu[k] - vd[k]) / (2 * h);
      }
    }
    return new Pair<>(
        new ArrayRealVector(model.apply(p, x), false), new Array2DRowRealMatrix(jacobian, false));
  }
}

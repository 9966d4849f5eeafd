package io.dossier.learn;

import java.util.List;

/**
 * L2-regularised logistic regression solved by Newton's method on standardised features: with
 * a few dozen features it converges in a handful of steps to the same weights every time (no
 * random start, no sampling order), so training is deterministic.
 */
public final class LogisticRegression {
  /** L2 penalty per labelled row; small, only there to keep the Hessian well conditioned. */
  static final double L2 = 1e-2;
  /** Newton steps at most; a problem of this size converges in well under ten. */
  static final int MAX_STEPS = 50;
  /** Stop when no weight moves by more than this. */
  static final double TOLERANCE = 1e-10;

  private LogisticRegression() {
  }

  /** The fitted standardisation and weights, and what the fit saw. */
  public record Fit(double[] mean, double[] sd, double[] weights, double bias, int rows, int positives, int steps) {
  }

  /** Fits logistic regression to raw feature rows and 0/1 labels. */
  public static Fit fit(List<double[]> xs, List<Integer> ys) {
    int n = xs.size();
    int d = xs.get(0).length;
    double[] mean = new double[d];
    double[] sd = new double[d];
    for (double[] x : xs) {
      for (int j = 0; j < d; j++) {
        mean[j] += x[j] / n;
      }
    }
    for (double[] x : xs) {
      for (int j = 0; j < d; j++) {
        sd[j] += (x[j] - mean[j]) * (x[j] - mean[j]) / n;
      }
    }
    for (int j = 0; j < d; j++) {
      sd[j] = sd[j] > 0 ? Math.sqrt(sd[j]) : 1; // a constant feature stays unscaled (and gets no weight)
    }
    double[][] z = new double[n][d + 1];
    int positives = 0;
    for (int i = 0; i < n; i++) {
      z[i][0] = 1;
      for (int j = 0; j < d; j++) {
        z[i][j + 1] = (xs.get(i)[j] - mean[j]) / sd[j];
      }
      positives += ys.get(i);
    }
    double[] w = new double[d + 1];
    int steps = 0;
    double lambda = L2 * n;
    for (; steps < MAX_STEPS; steps++) {
      double[] grad = new double[d + 1];
      double[][] hess = new double[d + 1][d + 1];
      for (int i = 0; i < n; i++) {
        double p = sigmoid(dot(w, z[i]));
        double r = p - ys.get(i);
        double s = p * (1 - p);
        for (int a = 0; a <= d; a++) {
          grad[a] += r * z[i][a];
          for (int b = 0; b <= d; b++) {
            hess[a][b] += s * z[i][a] * z[i][b];
          }
        }
      }
      for (int a = 1; a <= d; a++) { // the bias is not penalised
        grad[a] += lambda * w[a];
        hess[a][a] += lambda;
      }
      double[] step = solve(hess, grad);
      double moved = 0;
      for (int a = 0; a <= d; a++) {
        w[a] -= step[a];
        moved = Math.max(moved, Math.abs(step[a]));
      }
      if (moved < TOLERANCE) {
        steps++;
        break;
      }
    }
    double[] weights = java.util.Arrays.copyOfRange(w, 1, d + 1);
    return new Fit(mean, sd, weights, w[0], n, positives, steps);
  }

  private static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  /** Gaussian elimination with partial pivoting; the Hessian is small and positive definite. */
  public static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][n + 1];
    for (int i = 0; i < n; i++) {
      System.arraycopy(a[i], 0, m[i], 0, n);
      m[i][n] = b[i];
    }
    for (int c = 0; c < n; c++) {
      int pivot = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) {
          pivot = r;
        }
      }
      double[] t = m[c];
      m[c] = m[pivot];
      m[pivot] = t;
      if (Math.abs(m[c][c]) < 1e-300) {
        throw new ArithmeticException("singular system");
      }
      for (int r = c + 1; r < n; r++) {
        double f = m[r][c] / m[c][c];
        for (int k = c; k <= n; k++) {
          m[r][k] -= f * m[c][k];
        }
      }
    }
    double[] x = new double[n];
    for (int i = n - 1; i >= 0; i--) {
      double s = m[i][n];
      for (int k = i + 1; k < n; k++) {
        s -= m[i][k] * x[k];
      }
      x[i] = s / m[i][i];
    }
    return x;
  }
}

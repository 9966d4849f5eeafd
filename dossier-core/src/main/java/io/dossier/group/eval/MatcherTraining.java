package io.dossier.group.eval;

import io.dossier.embed.Embedder;
import io.dossier.group.Matcher;
import io.dossier.text.Words;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Learns the {@link Matcher} from a labelled ArgKP split and scores a split the way Track 1
 * wants it: every argument against every key point of its motion and stance.
 *
 * <p>The fit is L2-regularised logistic regression solved by Newton's method on standardised
 * features: with four features it converges in a handful of steps to the same weights every
 * time (no random start, no sampling order), so training is deterministic; with six features too.
 */
public final class MatcherTraining {
  /** L2 penalty per labelled pair; small, only there to keep the Hessian well conditioned. */
  static final double L2 = 1e-2;
  /** Newton steps at most; a six-feature problem converges in well under ten. */
  static final int MAX_STEPS = 50;
  /** Stop when no weight moves by more than this. */
  static final double TOLERANCE = 1e-10;

  private MatcherTraining() {
  }

  /** The fitted weights and what the fit saw. */
  public record Fit(Matcher matcher, double[] mean, double[] sd, double[] weights, double bias, int pairs,
      int positives, int steps) {
  }

  /** The two sides of every text of a split, embedded once: arguments and key points by id. */
  public record Sides(Map<String, Matcher.Side> arguments, Map<String, Matcher.Side> keyPoints) {
  }

  /** Embeds a split's arguments (plain vectors) and key points (plain and query vectors). */
  public static Sides sides(ArgKp data, Embedder embedder) {
    List<ArgKp.Text> args = new ArrayList<>(data.arguments().values());
    List<ArgKp.Text> kps = new ArrayList<>(data.keyPoints().values());
    float[][] av = embedder.embed(args.stream().map(ArgKp.Text::text).toList());
    float[][] kv = embedder.embed(kps.stream().map(ArgKp.Text::text).toList());
    float[][] kq = embedder.embedQueries(kps.stream().map(ArgKp.Text::text).toList());
    Map<String, Matcher.Side> a = new LinkedHashMap<>();
    for (int i = 0; i < args.size(); i++) {
      a.put(args.get(i).id(), new Matcher.Side(av[i], null, Words.contentStemSet(args.get(i).text())));
    }
    Map<String, Matcher.Side> k = new LinkedHashMap<>();
    for (int i = 0; i < kps.size(); i++) {
      k.put(kps.get(i).id(), new Matcher.Side(kv[i], kq[i], Words.contentStemSet(kps.get(i).text())));
    }
    return new Sides(a, k);
  }

  /**
   * Fits the matcher to every labelled pair of the split. Features are computed per (motion,
   * stance) group, every argument of the group against every key point of it, as Track 1 and a
   * brief score them.
   */
  public static Fit fit(ArgKp data, Sides sides) {
    Map<String, double[]> features = new HashMap<>();
    for (Group g : groups(data).values()) {
      double[][][] x = Matcher.features(g.arguments().stream().map(a -> sides.arguments().get(a.id())).toList(),
          g.keyPoints().stream().map(k -> sides.keyPoints().get(k.id())).toList());
      for (int i = 0; i < g.arguments().size(); i++) {
        for (int k = 0; k < g.keyPoints().size(); k++) {
          features.put(g.arguments().get(i).id() + "\u0000" + g.keyPoints().get(k).id(), x[i][k]);
        }
      }
    }
    List<double[]> xs = new ArrayList<>();
    List<Integer> ys = new ArrayList<>();
    for (ArgKp.Label l : data.labels()) {
      double[] x = features.get(l.argId() + "\u0000" + l.keyPointId());
      if (x != null) {
        xs.add(x);
        ys.add(l.label());
      }
    }
    if (xs.isEmpty()) {
      throw new IllegalArgumentException("no labelled pair of split " + data.split() + " has both texts");
    }
    return fit(xs, ys);
  }

  /** A (motion, stance) group's arguments and key points, in file order. */
  record Group(List<ArgKp.Text> arguments, List<ArgKp.Text> keyPoints) {
  }

  static Map<String, Group> groups(ArgKp data) {
    Map<String, Group> out = new LinkedHashMap<>();
    for (ArgKp.Text a : data.arguments().values()) {
      out.computeIfAbsent(a.group(), g -> new Group(new ArrayList<>(), new ArrayList<>())).arguments().add(a);
    }
    for (ArgKp.Text k : data.keyPoints().values()) {
      out.computeIfAbsent(k.group(), g -> new Group(new ArrayList<>(), new ArrayList<>())).keyPoints().add(k);
    }
    return out;
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
    Matcher m = new Matcher(mean, sd, weights, w[0]);
    return new Fit(m, mean, sd, weights, w[0], n, positives, steps);
  }

  /** Track 1 predictions: per argument, the matcher's score for each key point of its group. */
  public static Map<String, Map<String, Double>> predictions(ArgKp data, Sides sides, Matcher matcher) {
    Map<String, Map<String, Double>> byArg = new HashMap<>();
    for (Group g : groups(data).values()) {
      double[][] s = matcher.scores(g.arguments().stream().map(a -> sides.arguments().get(a.id())).toList(),
          g.keyPoints().stream().map(k -> sides.keyPoints().get(k.id())).toList());
      for (int i = 0; i < g.arguments().size(); i++) {
        Map<String, Double> scores = new LinkedHashMap<>();
        for (int k = 0; k < g.keyPoints().size(); k++) {
          scores.put(g.keyPoints().get(k).id(), s[i][k]);
        }
        byArg.put(g.arguments().get(i).id(), scores);
      }
    }
    Map<String, Map<String, Double>> out = new LinkedHashMap<>();
    for (ArgKp.Text a : data.arguments().values()) {
      out.put(a.id(), byArg.getOrDefault(a.id(), Map.of()));
    }
    return out;
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
  static double[] solve(double[][] a, double[] b) {
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

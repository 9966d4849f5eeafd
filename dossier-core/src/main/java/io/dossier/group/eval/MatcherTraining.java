package io.dossier.group.eval;

import io.dossier.embed.Embedder;
import io.dossier.group.Matcher;
import io.dossier.learn.LogisticRegression;
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
 * <p>The fit is {@link LogisticRegression}: deterministic, the same weights every time.
 */
public final class MatcherTraining {
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

  /** Fits the matcher's logistic regression to raw feature rows and 0/1 labels. */
  public static Fit fit(List<double[]> xs, List<Integer> ys) {
    LogisticRegression.Fit f = LogisticRegression.fit(xs, ys);
    return new Fit(new Matcher(f.mean(), f.sd(), f.weights(), f.bias()), f.mean(), f.sd(), f.weights(), f.bias(),
        f.rows(), f.positives(), f.steps());
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

  static double[] solve(double[][] a, double[] b) {
    return LogisticRegression.solve(a, b);
  }
}

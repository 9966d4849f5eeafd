package io.dossier.group;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dossier.embed.Vectors;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/**
 * The probability that a statement makes the same point as a key point: logistic regression
 * over the sentence embeddings' cosines and the stems they share, learned from IBM's ArgKP-2021
 * train split (about 20,000 labelled argument / key point pairs) by {@code dossier
 * train-matcher}, whose output is the resource {@value #RESOURCE} (weights, feature scaling,
 * the hash of the data it read, and the figures it measured on dev).
 *
 * <p>A statement is always scored against a set of key points, and a key point against a set
 * of statements: how far a pair stands out from the others is what tells a match from a pair
 * that merely shares the topic (on ArgKP dev this lifted Track 1 strict mAP from 0.75 to 0.84).
 * Features, in order: the cosine of the two sentence vectors; the cosine of the statement's
 * vector and the key point's query vector (the embedding model's retrieval instruction in
 * front: "find the statement that this key point sums up"); the share of the key point's
 * content stems that the statement holds; the Jaccard overlap of their stems; the query
 * cosine as a z-score among all the statements scored against that key point; the query
 * cosine less the statement's mean query cosine over all the key points it is scored against.
 *
 * <p>Immutable and thread-safe; the default instance is read once per JVM.
 */
public final class Matcher {
  static final String RESOURCE = "/io/dossier/group/matcher.json";
  /** The features the weights are for, in order; a weights file for others is refused. */
  public static final List<String> FEATURES = List.of("cosine", "queryCosine", "containment", "jaccard",
      "queryCosineZ", "queryCosineLift");
  /** A spread below this is no spread: the z-score of a pair among identical others is 0. */
  static final double MIN_SPREAD = 1e-6;

  private static volatile Matcher standard;

  private final double[] mean;
  private final double[] sd;
  private final double[] weights;
  private final double bias;

  /** One side of a pair: a sentence's vector, its query vector (may be null), its content stems. */
  public record Side(float[] vector, float[] queryVector, Set<String> stems) {
  }

  public Matcher(double[] mean, double[] sd, double[] weights, double bias) {
    int n = FEATURES.size();
    if (mean.length != n || sd.length != n || weights.length != n) {
      throw new IllegalArgumentException("a matcher needs " + n + " means, deviations and weights");
    }
    for (double s : sd) {
      if (!(s > 0)) {
        throw new IllegalArgumentException("feature deviations must be positive");
      }
    }
    this.mean = mean.clone();
    this.sd = sd.clone();
    this.weights = weights.clone();
    this.bias = bias;
  }

  /** The matcher trained into the jar. */
  public static Matcher standard() {
    Matcher m = standard;
    if (m == null) {
      synchronized (Matcher.class) {
        if (standard == null) {
          standard = load();
        }
        m = standard;
      }
    }
    return m;
  }

  private static Matcher load() {
    try (InputStream in = Matcher.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath; run 'dossier train-matcher'");
      }
      return fromJson(new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Reads the {@code features}, {@code mean}, {@code sd}, {@code weights} and {@code bias} of a weights file. */
  public static Matcher fromJson(JsonNode root) {
    List<String> features = new java.util.ArrayList<>();
    root.path("features").forEach(f -> features.add(f.asText()));
    if (!features.equals(FEATURES)) {
      throw new IllegalStateException("the matcher's weights are for features " + features + ", not " + FEATURES
          + "; run 'dossier train-matcher' again");
    }
    return new Matcher(doubles(root.path("mean")), doubles(root.path("sd")), doubles(root.path("weights")),
        root.path("bias").asDouble());
  }

  private static double[] doubles(JsonNode a) {
    double[] out = new double[a.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = a.get(i).asDouble();
    }
    return out;
  }

  /** The features of a pair that need no others: cosine, query cosine, containment, Jaccard. */
  static double[] pairFeatures(Side statement, Side keyPoint) {
    double cos = Vectors.dot(statement.vector(), keyPoint.vector());
    double qcos = keyPoint.queryVector() == null ? cos : Vectors.dot(statement.vector(), keyPoint.queryVector());
    int shared = 0;
    Set<String> small = statement.stems().size() <= keyPoint.stems().size() ? statement.stems() : keyPoint.stems();
    Set<String> large = small == statement.stems() ? keyPoint.stems() : statement.stems();
    for (String s : small) {
      if (large.contains(s)) {
        shared++;
      }
    }
    double containment = keyPoint.stems().isEmpty() ? 0 : shared / (double) keyPoint.stems().size();
    int union = statement.stems().size() + keyPoint.stems().size() - shared;
    double jaccard = union == 0 ? 0 : shared / (double) union;
    return new double[] {cos, qcos, containment, jaccard};
  }

  /**
   * The raw features of every statement against every key point, in the order of
   * {@link #FEATURES}: {@code [statement][keyPoint][feature]}.
   */
  public static double[][][] features(List<Side> statements, List<Side> keyPoints) {
    int n = statements.size();
    int m = keyPoints.size();
    double[][][] x = new double[n][m][];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < m; k++) {
        x[i][k] = java.util.Arrays.copyOf(pairFeatures(statements.get(i), keyPoints.get(k)), FEATURES.size());
      }
    }
    for (int k = 0; k < m; k++) { // the key point's view: this statement among all statements
      double mean = 0;
      for (int i = 0; i < n; i++) {
        mean += x[i][k][1] / n;
      }
      double var = 0;
      for (int i = 0; i < n; i++) {
        var += (x[i][k][1] - mean) * (x[i][k][1] - mean) / n;
      }
      double sd = Math.sqrt(var);
      for (int i = 0; i < n; i++) {
        x[i][k][4] = sd < MIN_SPREAD ? 0 : (x[i][k][1] - mean) / sd;
      }
    }
    for (int i = 0; i < n; i++) { // the statement's view: this key point among all key points
      double mean = 0;
      for (int k = 0; k < m; k++) {
        mean += x[i][k][1] / m;
      }
      for (int k = 0; k < m; k++) {
        x[i][k][5] = x[i][k][1] - mean;
      }
    }
    return x;
  }

  /** The probability that each statement makes each key point's point: {@code [statement][keyPoint]}. */
  public double[][] scores(List<Side> statements, List<Side> keyPoints) {
    double[][][] x = features(statements, keyPoints);
    double[][] out = new double[x.length][];
    for (int i = 0; i < x.length; i++) {
      out[i] = new double[keyPoints.size()];
      for (int k = 0; k < out[i].length; k++) {
        out[i][k] = probability(x[i][k]);
      }
    }
    return out;
  }

  /** The probability for given raw features. */
  public double probability(double[] x) {
    double z = bias;
    for (int i = 0; i < x.length; i++) {
      z += weights[i] * (x[i] - mean[i]) / sd[i];
    }
    return 1 / (1 + Math.exp(-z));
  }
}

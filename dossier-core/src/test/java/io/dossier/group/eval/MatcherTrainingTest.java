package io.dossier.group.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dossier.group.Matcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MatcherTrainingTest {
  /** Pairs whose label follows the second feature (with noise); the others are noise. */
  private static MatcherTraining.Fit fitSynthetic(long seed) {
    Random r = new Random(seed);
    List<double[]> xs = new ArrayList<>();
    List<Integer> ys = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      double signal = r.nextGaussian();
      xs.add(new double[] {r.nextGaussian(), signal, r.nextDouble(), r.nextDouble(), r.nextGaussian(), r.nextDouble()});
      ys.add(signal + 0.5 * r.nextGaussian() > 0.3 ? 1 : 0);
    }
    return MatcherTraining.fit(xs, ys);
  }

  @Test
  void learnsTheInformativeFeature() {
    MatcherTraining.Fit f = fitSynthetic(7);
    assertTrue(f.weights()[1] > 1.5, "weight of the signal: " + f.weights()[1]);
    for (int j : new int[] {0, 2, 3, 4, 5}) {
      assertTrue(Math.abs(f.weights()[j]) < 0.3, "weight of noise feature " + j + ": " + f.weights()[j]);
    }
    assertTrue(f.matcher().probability(new double[] {0, 2, 0.5, 0.5, 0, 0.5})
        > f.matcher().probability(new double[] {0, -2, 0.5, 0.5, 0, 0.5}));
  }

  @Test
  void isDeterministic() {
    MatcherTraining.Fit a = fitSynthetic(11);
    MatcherTraining.Fit b = fitSynthetic(11);
    assertArrayEquals(a.weights(), b.weights(), 0);
    assertEquals(a.bias(), b.bias(), 0);
  }

  @Test
  void solvesALinearSystem() {
    double[][] a = {{4, 1, 0}, {1, 3, 1}, {0, 1, 2}};
    double[] x = MatcherTraining.solve(a, new double[] {5, 5, 3});
    assertArrayEquals(new double[] {1, 1, 1}, x, 1e-12);
  }

  @Test
  void theShippedMatcherLoadsAndPrefersTheCloserPair() {
    Matcher m = Matcher.standard();
    float[] kp = unit(1, 0, 0);
    Matcher.Side keyPoint = new Matcher.Side(kp, kp, java.util.Set.of("school", "uniform"));
    Matcher.Side near = new Matcher.Side(unit(0.9f, 0.1f, 0), null, java.util.Set.of("school", "uniform", "cost"));
    Matcher.Side far = new Matcher.Side(unit(0.2f, 0.9f, 0.3f), null, java.util.Set.of("tax"));
    double[][] s = m.scores(List.of(near, far), List.of(keyPoint));
    assertTrue(s[0][0] > s[1][0]);
    assertTrue(s[0][0] > 0 && s[0][0] < 1);
  }

  @Test
  void eachPairIsSeenAmongTheOthers() {
    float[] a = unit(1, 0, 0);
    float[] b = unit(0, 1, 0);
    Matcher.Side kpA = new Matcher.Side(a, a, java.util.Set.of("a"));
    Matcher.Side kpB = new Matcher.Side(b, b, java.util.Set.of("b"));
    List<Matcher.Side> statements = List.of(new Matcher.Side(unit(1, 0.1f, 0), null, java.util.Set.of("a")),
        new Matcher.Side(unit(0.1f, 1, 0), null, java.util.Set.of("b")),
        new Matcher.Side(unit(1, 1, 0), null, java.util.Set.of("a", "b")));
    double[][][] x = Matcher.features(statements, List.of(kpA, kpB));
    for (int k = 0; k < 2; k++) { // z-scores among statements: mean 0
      double z = 0;
      for (double[][] row : x) {
        z += row[k][4];
      }
      assertEquals(0, z, 1e-9);
    }
    for (double[][] row : x) { // lift over key points: mean 0
      assertEquals(0, row[0][5] + row[1][5], 1e-9);
    }
    assertTrue(x[0][0][4] > x[2][0][4], "the statement about a alone stands out for key point a");
    assertTrue(x[0][0][5] > x[2][0][5], "and a stands out among its key points more than for the mixed one");
    double[][][] one = Matcher.features(List.of(statements.get(0)), List.of(kpA));
    assertEquals(0, one[0][0][4], 0, "one statement has no spread: z is 0");
    assertEquals(0, one[0][0][5], 0, "one key point: no lift");
  }

  private static float[] unit(float... v) {
    double n = 0;
    for (float x : v) {
      n += x * x;
    }
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = (float) (v[i] / Math.sqrt(n));
    }
    return out;
  }
}

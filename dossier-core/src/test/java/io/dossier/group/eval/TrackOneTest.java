package io.dossier.group.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrackOneTest {
  private static ArgKp.Text arg(String id) {
    return new ArgKp.Text(id, "text " + id, "motion", 1);
  }

  private static ArgKp data(List<ArgKp.Label> labels) {
    Map<String, ArgKp.Text> args = new java.util.LinkedHashMap<>();
    for (String id : List.of("a1", "a2", "a3", "a4")) {
      args.put(id, arg(id));
    }
    Map<String, ArgKp.Text> kps = Map.of("k1", new ArgKp.Text("k1", "kp one", "motion", 1),
        "k2", new ArgKp.Text("k2", "kp two", "motion", 1));
    return new ArgKp("dev", args, kps, labels);
  }

  @Test
  void keepsTheTopHalfAndScoresTheirBestKeyPoint() {
    ArgKp d = data(List.of(new ArgKp.Label("a1", "k1", 0), new ArgKp.Label("a1", "k2", 1),
        new ArgKp.Label("a2", "k1", 1), new ArgKp.Label("a3", "k1", 1), new ArgKp.Label("a4", "k1", 1)));
    // a1's best is k1 (a miss) at 0.9; a2's best is k1 (a hit) at 0.8; a3 and a4 fall in the bottom half.
    Map<String, Map<String, Double>> p = Map.of(
        "a1", Map.of("k1", 0.9, "k2", 0.2),
        "a2", Map.of("k1", 0.8),
        "a3", Map.of("k1", 0.3),
        "a4", Map.of("k1", 0.1));
    TrackOne.Result r = TrackOne.score(d, p);
    assertEquals(1, r.groups());
    assertEquals(0.5, r.strict(), 1e-12); // the hit comes second: precision 1/2 at full recall
    assertEquals(0.5, r.relaxed(), 1e-12);
  }

  @Test
  void anUnlabelledPairIsAMissWhenStrictAndAHitWhenRelaxed() {
    ArgKp d = data(List.of(new ArgKp.Label("a2", "k1", 1)));
    Map<String, Map<String, Double>> p = Map.of(
        "a1", Map.of("k2", 0.9), // not labelled: ambiguous
        "a2", Map.of("k1", 0.8),
        "a3", Map.of("k1", 0.3),
        "a4", Map.of("k1", 0.1));
    TrackOne.Result r = TrackOne.score(d, p);
    assertEquals(0.5, r.strict(), 1e-12);
    assertEquals(1.0, r.relaxed(), 1e-12);
  }

  @Test
  void tiedScoresAreOneThreshold() {
    // Two rows at one score, one hit and one miss: sklearn's AP is recall 1 x precision 1/2.
    List<double[]> rows = List.of(new double[] {0.5, 0, 0}, new double[] {0.5, 1, 1});
    assertEquals(0.5, TrackOne.averagePrecision(rows, 1), 1e-12);
    List<double[]> apart = List.of(new double[] {0.6, 1, 1}, new double[] {0.5, 0, 0});
    assertEquals(1.0, TrackOne.averagePrecision(apart, 1), 1e-12);
  }
}

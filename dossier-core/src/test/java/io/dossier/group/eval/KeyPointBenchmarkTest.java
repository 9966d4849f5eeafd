package io.dossier.group.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.dossier.group.eval.KeyPointBenchmark.Argument;
import io.dossier.group.eval.KeyPointBenchmark.Pile;
import io.dossier.group.eval.KeyPointBenchmark.Score;
import io.dossier.model.Point;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class KeyPointBenchmarkTest {
  private static Point point(String... docs) {
    return new Point("p", List.of(docs), List.of());
  }

  private static final Pile PILE = new Pile("We should do it", 1, List.of(
      new Argument("a1", "x", "k1"), new Argument("a2", "x", "k1"), new Argument("a3", "x", "k1"),
      new Argument("b1", "x", "k2"), new Argument("b2", "x", "k2"), new Argument("n1", "x", null)),
      Map.of("k1", "one", "k2", "two"));

  @Test
  void pointsThatMatchTheKeyPointsScoreOne() {
    Score s = KeyPointBenchmark.score(PILE, List.of(point("a1", "a2", "a3"), point("b1", "b2", "n1")));
    assertThat(s.coverage()).isEqualTo(1.0);
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isEqualTo(1.0);
    assertThat(s.purity()).isEqualTo(1.0);
  }

  @Test
  void splitPointsKeepPrecisionAndLoseRecall() {
    Score s = KeyPointBenchmark.score(PILE, List.of(point("a1", "a2"), point("a3"), point("b1"), point("b2")));
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isCloseTo(1 / 4.0, within(1e-9)); // of a1a2 a1a3 a2a3 b1b2 only a1a2
  }

  @Test
  void aMixedPointLosesPrecisionAndPurityAndAnArgumentCountsOnce() {
    Score s = KeyPointBenchmark.score(PILE, List.of(point("a1", "b1"), point("a1", "a2")));
    assertThat(s.covered()).isEqualTo(3);
    assertThat(s.precision()).isZero(); // a1 counts in its first point: {a1, b1}, {a2}
    assertThat(s.purity()).isCloseTo(2 / 3.0, within(1e-9));
  }

  @Test
  void theAdjustedRandIndexIsOneForTheAnnotatorsGroupingAndZeroForOnePoint() {
    assertThat(KeyPointBenchmark.score(PILE, List.of(point("a1", "a2", "a3"), point("b1", "b2"))).ari())
        .isCloseTo(1.0, within(1e-9));
    Score whole = KeyPointBenchmark.onePoint(PILE);
    assertThat(whole.coverage()).isEqualTo(1.0);
    assertThat(whole.recall()).isEqualTo(1.0);
    assertThat(whole.precision()).isCloseTo(4 / 10.0, within(1e-9)); // a1a2 a1a3 a2a3 b1b2 of 10 pairs
    assertThat(whole.ari()).isCloseTo(0.0, within(1e-9));
    // citing nothing is no grouping either: every argument alone
    assertThat(KeyPointBenchmark.score(PILE, List.of()).ari()).isCloseTo(0.0, within(1e-9));
  }

  @Test
  void anArgumentLeftOutCostsTheIndexButNotPairwisePrecision() {
    Score s = KeyPointBenchmark.score(PILE, List.of(point("a1", "a2"), point("b1", "b2")));
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.ari()).isGreaterThan(0.0).isLessThan(1.0);
    Score all = s.plus(KeyPointBenchmark.score(PILE, List.of(point("a1", "a2", "a3"), point("b1", "b2"))));
    assertThat(all.ari()).isCloseTo((s.ari() + 1.0) / 2, within(1e-9));
  }

  @Test
  void anArgumentWithoutAFinalStopIsAStatementNotAHeading() {
    Pile pile = new Pile("We should do it", 1, List.of(
        new Argument("a1", "it is a good way to instill discipline in young people", "k1")), Map.of("k1", "one"));
    List<io.dossier.model.Passages> docs = new KeyPointBenchmark().documents(pile);
    assertThat(docs).hasSize(1);
    assertThat(docs.get(0).sentences()).isNotEmpty().noneMatch(io.dossier.model.Sentence::heading);
    assertThat(io.dossier.group.Claims.of(docs.get(0))).hasSize(1);
  }

  @Test
  void csvFieldsMayHoldCommasQuotesAndLineBreaks() {
    assertThat(Csv.parse("id,text\n1,\"a, \"\"b\"\"\nc\"\n2,d\n"))
        .containsExactly(List.of("id", "text"), List.of("1", "a, \"b\"\nc"), List.of("2", "d"));
  }

  @Test
  void theSharedDevSplitLoadsAsPilesOfArgumentsWithKeyPoints() throws Exception {
    String shared = System.getProperty("dossier.shared");
    Path dir = shared == null ? null : Path.of(shared, "bench", "kpa2021");
    Assumptions.assumeTrue(dir != null && Files.isDirectory(dir.resolve("kpm_data")),
        "shared ArgKP data (dossier.shared/bench/kpa2021) absent; skipping");
    List<Pile> piles = KeyPointBenchmark.load(dir, "dev");
    assertThat(piles).hasSize(8);
    for (Pile p : piles) {
      assertThat(p.keyPoints()).isNotEmpty();
      assertThat(p.arguments()).isNotEmpty().anyMatch(a -> a.keyPoint() != null);
      assertThat(p.arguments()).filteredOn(a -> a.keyPoint() != null)
          .allMatch(a -> p.keyPoints().containsKey(a.keyPoint()));
    }
  }
}

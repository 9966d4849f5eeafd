package io.dossier.clean.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShingleMetricTest {
  @Test
  void identicalTextsScoreOneWhateverTheWhiteSpaceAndPunctuation() {
    ShingleMetric.Score s = ShingleMetric.score("One two three four five.", "One,  two\nthree four five");
    assertThat(s.precision()).isEqualTo(1);
    assertThat(s.recall()).isEqualTo(1);
  }

  @Test
  void extraTextLowersPrecisionAndMissingTextLowersRecall() {
    String truth = "a b c d e f g h";
    ShingleMetric.Score more = ShingleMetric.score(truth, truth + " x y z w");
    assertThat(more.recall()).isEqualTo(1);
    assertThat(more.precision()).isCloseTo(5.0 / 9, within(1e-9));
    ShingleMetric.Score less = ShingleMetric.score(truth, "a b c d e");
    assertThat(less.precision()).isEqualTo(1);
    assertThat(less.recall()).isCloseTo(2.0 / 5, within(1e-9));
  }

  @Test
  void tokensAreUnicodeWordsAndCaseCounts() {
    assertThat(ShingleMetric.shingles("Привет мир, это тест")).hasSize(1);
    assertThat(ShingleMetric.score("Hello big wide world", "hello big wide world").precision()).isZero();
  }

  @Test
  void repeatedShinglesAreCountedAsAMultiset() {
    ShingleMetric.Score s = ShingleMetric.score("a b c d", "a b c d a b c d");
    assertThat(s.recall()).isEqualTo(1);
    assertThat(s.precision()).isLessThan(1);
  }

  @Test
  void anEmptyPredictionScoresZeroAndF1ComesFromTheAverages() {
    ShingleMetric.Score zero = ShingleMetric.score("a b c d e", "");
    assertThat(zero.precision()).isZero();
    ShingleMetric.Summary sum = ShingleMetric.summarise(List.of(new ShingleMetric.Score(1, 0.5), new ShingleMetric.Score(0.5, 1)));
    assertThat(sum.precision()).isEqualTo(0.75);
    assertThat(sum.recall()).isEqualTo(0.75);
    assertThat(sum.f1()).isEqualTo(0.75);
  }
}

package io.dossier.group;

import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.embed.Embedder;
import io.dossier.model.Passages;
import io.dossier.testing.Texts;
import io.dossier.text.SentenceSegmenter;
import io.dossier.text.Words;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyPointSelectorTest {
  /** Same point when the cosine is 0.8 or more: probability 0.5 at cosine 0.8. */
  static final Matcher COSINE = new Matcher(new double[6], new double[] {1, 1, 1, 1, 1, 1}, new double[] {20, 0, 0, 0, 0, 0}, -16);

  /** Texts about engines point one way, about storms another, the rest a third; each with a small tilt of its own. */
  static final class TopicEmbedder implements Embedder {
    @Override
    public float[][] embed(List<String> texts) {
      float[][] out = new float[texts.size()][];
      for (int i = 0; i < out.length; i++) {
        String t = texts.get(i).toLowerCase(java.util.Locale.ROOT);
        int axis = t.contains("engine") ? 0 : t.contains("storm") ? 1 : 2;
        float[] v = new float[8];
        v[axis] = 1;
        v[3 + Math.floorMod(t.hashCode(), 5)] = 0.3f;
        double n = 0;
        for (float x : v) {
          n += x * x;
        }
        for (int k = 0; k < v.length; k++) {
          v[k] /= (float) Math.sqrt(n);
        }
        out[i] = v;
      }
      return out;
    }

    @Override
    public float[] embedQuery(String query) {
      return embed(List.of(query))[0];
    }

    @Override
    public String name() {
      return "topics";
    }
  }

  private static List<Candidate> claims(String[][] docs) {
    TopicEmbedder e = new TopicEmbedder();
    List<Candidate> out = new ArrayList<>();
    double relevance = 1.0;
    for (int d = 0; d < docs.length; d++) {
      Passages p = new SentenceSegmenter().split(Texts.pageOfLines("doc" + d, String.join("\n", docs[d])));
      for (Claims.Claim c : Claims.of(p)) {
        relevance -= 0.01;
        out.add(new Candidate(c, 0, 0, relevance, e.embed(List.of(c.text()))[0], Words.contentStemSet(c.text()), false));
      }
    }
    return out;
  }

  private static final String[][] PILE = {
      {"The old ferry engines cost far too much to repair every year.", "The town hall opened a new cafe for its staff last week."},
      {"Repairs to the worn ferry engines would cost almost as much as a bridge.", "Winter storms stop the harbour ferry for weeks at a time."},
      {"The council says the ferry engines are too old to keep running safely.", "Storms in the strait cancel the crossing every single winter."},
  };

  @Test
  void choosesThePointsThatCoverTheMostSourcesAndRanksThem() {
    List<KeyPointSelector.KeyPoint> kps = new KeyPointSelector(new TopicEmbedder(), COSINE, 0.5).select(claims(PILE), 10, false);
    assertThat(kps).hasSizeGreaterThanOrEqualTo(2);
    assertThat(kps.get(0).label()).contains("engines");
    assertThat(kps.get(0).sources()).containsExactlyInAnyOrder("doc0", "doc1", "doc2");
    assertThat(kps.get(1).label()).containsIgnoringCase("storm");
    assertThat(kps.get(1).sources()).containsExactlyInAnyOrder("doc1", "doc2");
  }

  @Test
  void aWireSentenceTwoSourcesRanWordForWordCountsOnceInTheRanking() {
    String wire = "Winter storms stop the harbour ferry for weeks at a time.";
    String[][] pile = {
        {"The old ferry engines cost far too much to repair every year."},
        {"Repairs to the worn ferry engines would cost almost as much as a bridge.", wire},
        {"The council says the ferry engines are too old to keep running safely.", wire},
        {wire},
        {"The town hall opened a new cafe for its staff last week.", wire}};
    List<KeyPointSelector.KeyPoint> kps = new KeyPointSelector(new TopicEmbedder(), COSINE, 0.5).select(claims(pile), 10, false);
    KeyPointSelector.KeyPoint storms = kps.stream().filter(k -> k.label().toLowerCase().contains("storm")).findFirst().orElseThrow();
    assertThat(storms.sources()).hasSize(4); // more sources than the engines point ...
    assertThat(storms.independentSources()).isEqualTo(1); // ... but all of them one wire story
    KeyPointSelector.KeyPoint engines = kps.stream().filter(k -> k.label().toLowerCase().contains("engine")).findFirst().orElseThrow();
    assertThat(engines.sources()).hasSize(3);
    assertThat(engines.independentSources()).isEqualTo(3);
    assertThat(kps.indexOf(engines)).isLessThan(kps.indexOf(storms));
  }

  @Test
  void aClaimThatMatchesNoPointStaysUnmatched() {
    List<KeyPointSelector.KeyPoint> kps = new KeyPointSelector(new TopicEmbedder(), COSINE, 0.5).select(claims(PILE), 2, false);
    assertThat(kps).hasSize(2);
    assertThat(kps).flatExtracting(KeyPointSelector.KeyPoint::matches)
        .extracting(m -> m.claim().text()).noneMatch(t -> t.contains("cafe"));
  }

  @Test
  void theKeyPointsOwnClaimIsItsFirstEvidenceAndTheLabelIsAPieceOfIt() {
    for (KeyPointSelector.KeyPoint kp : new KeyPointSelector(new TopicEmbedder(), COSINE, 0.5).select(claims(PILE), 10, false)) {
      assertThat(kp.matches().get(0).claim()).isEqualTo(kp.claim());
      assertThat(kp.claim().text()).contains(kp.label());
    }
  }

  @Test
  void noPointRepeatsAnother() {
    List<KeyPointSelector.KeyPoint> kps = new KeyPointSelector(new TopicEmbedder(), COSINE, 0.5).select(claims(PILE), 10, false);
    assertThat(kps.stream().filter(k -> k.label().contains("engines")).count()).isEqualTo(1);
  }
}

package io.dossier.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.dossier.model.Passages;
import io.dossier.model.Point;
import io.dossier.model.Span;
import io.dossier.testing.FakeEmbedder;
import io.dossier.testing.Texts;
import io.dossier.text.SentenceSegmenter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Point finding with the hash-based fake embedder: the logic around the model, not the model. */
class PointFinderTest {
  private static final FakeEmbedder EMBEDDER = new FakeEmbedder();
  private static final String QUESTION = "Why is the council replacing the harbour ferry with a bridge?";

  private static Passages doc(String id, String... lines) {
    return new SentenceSegmenter().split(Texts.pageOfLines(id, String.join("\n", lines)));
  }

  private static List<Passages> pile() {
    return List.of(
        doc("a", "The council is replacing the harbour ferry because repairs to its old engines cost too much money.",
            "Engineers warned the council that the harbour ferry engines would fail within two winters.",
            "Residents fear the bridge tolls will be higher than the ferry fares they pay today.",
            "The mayor denies that the bridge is a threat to the island and insists it poses no danger to anyone."),
        doc("b", "Repairs to the ferry engines would cost almost as much as the new bridge, the council said.",
            "Storms cancel the harbour ferry for weeks every winter, which is why the council wants a bridge.",
            "Island families worry that tolls on the bridge will cost them more than the ferry does."),
        doc("c", "Because winter storms stop the harbour ferry so often, the council decided a bridge was needed.",
            "The cost of repairing the old ferry engines was the main reason given by the council.",
            "However, critics insist that the ferry has no real safety problem and reject the claim that it is unsafe."));
  }

  @Test
  void pointsCiteSentencesOfTheDocumentsWithDistinctSourcesAndOneSentencePerSource() {
    Analysis a = new PointFinder(EMBEDDER, PointSettings.DEFAULT).find(QUESTION, pile(), n -> { });
    assertThat(a.keyPoints()).isNotEmpty();
    for (Point p : a.keyPoints()) {
      assertThat(p.sources()).doesNotHaveDuplicates();
      assertThat(p.evidence()).extracting(Span::doc).containsExactlyElementsOf(p.sources());
    }
    assertThat(a.summary()).isNotEmpty().hasSizeLessThanOrEqualTo(PointSettings.DEFAULT.summarySentences());
  }

  @Test
  void keyPointsAreRankedByTheirNumberOfSources() {
    Analysis a = new PointFinder(EMBEDDER, PointSettings.DEFAULT).find(QUESTION, pile(), n -> { });
    List<Integer> counts = new ArrayList<>();
    for (Point p : a.keyPoints()) {
      counts.add(p.sources().size());
    }
    assertThat(counts).isSortedAccordingTo((x, y) -> Integer.compare(y, x));
  }

  @Test
  void sentencesThatPushBackGoToCounterpointsNotKeyPoints() {
    Analysis a = new PointFinder(EMBEDDER, PointSettings.DEFAULT).find(QUESTION, pile(), n -> { });
    List<String> key = a.keyPoints().stream().flatMap(p -> p.evidence().stream()).map(Span::text).toList();
    List<String> counter = a.counterPoints().stream().flatMap(p -> p.evidence().stream()).map(Span::text).toList();
    assertThat(key).noneMatch(t -> t.contains("insist"));
    assertThat(counter).anyMatch(t -> t.contains("insist"));
  }

  @Test
  void theMaximumNumberOfPointsIsRespected() {
    PointSettings one = new PointSettings(1, 0, 1, 0.99, 3000, 500, 1);
    Analysis a = new PointFinder(EMBEDDER, one).find(QUESTION, pile(), n -> { });
    assertThat(a.keyPoints()).hasSize(1);
    assertThat(a.keyPoints().get(0).evidence()).hasSize(1);
    assertThat(a.counterPoints()).isEmpty();
    assertThat(a.summary()).hasSize(1);
  }

  @Test
  void noDocumentsGiveAnEmptyAnalysis() {
    Analysis a = new PointFinder(EMBEDDER, PointSettings.DEFAULT).find(QUESTION, List.of(), n -> { });
    assertThat(a.keyPoints()).isEmpty();
    assertThat(a.summary()).isEmpty();
  }

  @Test
  void headingsAndQuestionsAreNeverEvidence() {
    List<Passages> docs = new ArrayList<>(pile());
    docs.add(doc("d", "Why the council wants a bridge over the harbour",
        "Is the harbour ferry really too expensive to repair for the council?",
        "The council says the harbour ferry engines are too old and too costly to repair."));
    Analysis a = new PointFinder(EMBEDDER, PointSettings.DEFAULT).find(QUESTION, docs, n -> { });
    List<String> all = new ArrayList<>();
    a.keyPoints().forEach(p -> p.evidence().forEach(s -> all.add(s.text())));
    a.counterPoints().forEach(p -> p.evidence().forEach(s -> all.add(s.text())));
    a.summary().forEach(s -> all.add(s.text()));
    assertThat(all).noneMatch(t -> t.endsWith("?") || t.equals("Why the council wants a bridge over the harbour"));
  }

  @Test
  void theResultIsDeterministic() {
    Analysis a = new PointFinder(EMBEDDER, PointSettings.DEFAULT).find(QUESTION, pile(), n -> { });
    Analysis b = new PointFinder(EMBEDDER, PointSettings.DEFAULT).find(QUESTION, pile(), n -> { });
    assertThat(b.keyPoints()).isEqualTo(a.keyPoints());
    assertThat(b.counterPoints()).isEqualTo(a.counterPoints());
    assertThat(b.summary()).isEqualTo(a.summary());
  }

  /** The fake embedder's vectors, each moved by noise of 1e-4 per component (seeded by the text) and renormalised. */
  static final class NoisyEmbedder implements io.dossier.embed.Embedder {
    @Override
    public float[][] embed(List<String> texts) {
      float[][] out = EMBEDDER.embed(texts);
      for (int i = 0; i < out.length; i++) {
        out[i] = noisy(out[i], texts.get(i).hashCode());
      }
      return out;
    }

    @Override
    public float[] embedQuery(String query) {
      return noisy(EMBEDDER.embedQuery(query), ~query.hashCode());
    }

    @Override
    public String name() {
      return "noisy";
    }

    private static float[] noisy(float[] v, long seed) {
      java.util.Random r = new java.util.Random(seed);
      float[] out = new float[v.length];
      double n = 0;
      for (int k = 0; k < v.length; k++) {
        out[k] = v[k] + (float) ((r.nextDouble() * 2 - 1) * 1e-4);
        n += out[k] * out[k];
      }
      for (int k = 0; k < v.length; k++) {
        out[k] /= (float) Math.sqrt(n);
      }
      return out;
    }
  }

  @Test
  void floatNoiseOnTheVectorsLeavesThePointsUnchanged() {
    // a matcher the fake vectors can satisfy: the same point from cosine 0.45 up
    Matcher cosine = new Matcher(new double[6], new double[] {1, 1, 1, 1, 1, 1}, new double[] {20, 0, 0, 0, 0, 0}, -9);
    PointSettings loose = new PointSettings(10, 6, 4, 0.5, 3000, 500, 50);
    Analysis clean = new PointFinder(EMBEDDER, loose, cosine).find(QUESTION, pile(), n -> { });
    Analysis noisy = new PointFinder(new NoisyEmbedder(), loose, cosine).find(QUESTION, pile(), n -> { });
    assertThat(clean.keyPoints()).isNotEmpty();
    assertThat(clean.keyPoints().stream().anyMatch(p -> p.sources().size() > 1)).isTrue();
    assertThat(noisy.keyPoints()).isEqualTo(clean.keyPoints());
    assertThat(noisy.counterPoints()).isEqualTo(clean.counterPoints());
    assertThat(noisy.summary()).isEqualTo(clean.summary());
  }

  @Test
  void aQuestionWhoseWordsNoSentenceUsesDoesNotCrashOnABigPile() {
    PointSettings small = new PointSettings(10, 6, 4, 0.5, 10, 500, 8);
    List<Passages> docs = new ArrayList<>(pile());
    docs.add(doc("d", "The ferry company said it would sell the old boat to a museum on the mainland.",
        "A new timetable for the last months of the ferry service will be published in spring."));
    assertThatCode(() -> new PointFinder(EMBEDDER, small).find("Why is the sky purple?", docs, n -> { }))
        .doesNotThrowAnyException();
  }
}

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

  @Test
  void aQuestionWhoseWordsNoSentenceUsesDoesNotCrashOnABigPile() {
    PointSettings small = new PointSettings(10, 6, 4, 0.25, 10, 500, 8);
    List<Passages> docs = new ArrayList<>(pile());
    docs.add(doc("d", "The ferry company said it would sell the old boat to a museum on the mainland.",
        "A new timetable for the last months of the ferry service will be published in spring."));
    assertThatCode(() -> new PointFinder(EMBEDDER, small).find("Why is the sky purple?", docs, n -> { }))
        .doesNotThrowAnyException();
  }
}

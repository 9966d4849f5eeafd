package io.dossier.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.actors.DocumentMentions;
import io.dossier.embed.Embedder;
import io.dossier.group.Analysis;
import io.dossier.group.PointSettings;
import io.dossier.ingest.Limits;
import io.dossier.model.Actor;
import io.dossier.model.Brief;
import io.dossier.model.Dispute;
import io.dossier.model.Event;
import io.dossier.model.Passages;
import io.dossier.model.Problem;
import io.dossier.model.Quote;
import io.dossier.render.BriefJson;
import io.dossier.testing.BriefInvariants;
import io.dossier.testing.FakeEmbedder;
import io.dossier.time.TimelineBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ObjLongConsumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one error boundary: a stage that throws on one document (or on the pile) becomes a
 * {@link Problem} naming that document and stage, the other documents keep what that stage
 * finds in them, and every other section is as without the failure.
 */
class ErrorBoundaryTest {
  private static final String Q = "Why is the council replacing the harbour ferry?";
  private static final String A = String.join("\n",
      "The Harbour Ferry Will Be Replaced",
      "The council voted on 3 March 2024 to replace the harbour ferry with a bridge, because the old ferry has "
          + "become too expensive to repair.",
      "\"We cannot keep paying for a boat that breaks down every winter,\" said Mayor Ann Lee.",
      "The ferry company denied that its boats were unsafe, and said the engines had passed every inspection.",
      "Residents of the island worry that bridge tolls will be higher than ferry fares.");
  private static final String B = String.join("\n",
      "Council Backs A Bridge",
      "Councillors backed the new bridge on 3 March 2024 because repairs to the ageing harbour ferry would cost "
          + "almost as much as building it.",
      "\"The bridge will be open in every storm,\" said Tom Hale, the council's chief engineer.",
      "Opponents said tolls on the bridge would hurt families on the island, and the union disputed that the "
          + "ferry could not be repaired.",
      "Storms cancelled the harbour ferry on forty days in 2023, leaving the island without its hospital link.");

  @TempDir
  Path dir;
  private List<String> inputs;

  @BeforeEach
  void write() throws IOException {
    Files.writeString(dir.resolve("a.txt"), A);
    Files.writeString(dir.resolve("b.txt"), B);
    inputs = List.of(dir.resolve("a.txt").toString(), dir.resolve("b.txt").toString());
  }

  private Brief brief(Stages stages) {
    BriefConfig config = new BriefConfig(Q, Limits.DEFAULT, PointSettings.DEFAULT, 2, 0.5);
    return new BriefPipeline(config, new FakeEmbedder(), stages).run(inputs, Progress.NONE);
  }

  private static boolean isA(Passages doc) {
    return doc.page().source().endsWith("a.txt");
  }

  private static String idOf(Brief b, String file) {
    return b.documents().stream().filter(d -> d.source().endsWith(file)).findFirst().orElseThrow().id();
  }

  private static IllegalStateException boom() {
    return new IllegalStateException("boom");
  }

  /**
   * The stages with one of them failing: {@code method} (a {@link Stages} method name) throws
   * {@code error} on the documents {@code on} picks (a stage over the pile throws whenever called).
   */
  private static class Failing extends Stages {
    private final String method;
    private final Predicate<Passages> on;
    private final Supplier<Throwable> error;

    Failing(String method, Predicate<Passages> on, Supplier<Throwable> error) {
      this.method = method;
      this.on = on;
      this.error = error;
    }

    private void maybeFail(String name, Passages doc) {
      if (name.equals(method) && (doc == null || on.test(doc))) {
        Throwable t = error.get();
        if (t instanceof Error e) {
          throw e;
        }
        throw (RuntimeException) t;
      }
    }

    @Override
    Analysis points(Embedder embedder, PointSettings settings, String question, List<Passages> docs,
        IntConsumer advance, ObjLongConsumer<String> stages) {
      maybeFail("points", null);
      return super.points(embedder, settings, question, docs, advance, stages);
    }

    @Override
    List<Quote> quotes(Passages doc) {
      maybeFail("quotes", doc);
      return super.quotes(doc);
    }

    @Override
    List<TimelineBuilder.Candidate> datedClauses(Passages doc) {
      maybeFail("datedClauses", doc);
      return super.datedClauses(doc);
    }

    @Override
    List<Event> timeline(List<Passages> docs, List<List<TimelineBuilder.Candidate>> perDoc) {
      maybeFail("timeline", null);
      return super.timeline(docs, perDoc);
    }

    @Override
    DocumentMentions mentions(Passages doc, List<Quote> quotes) {
      maybeFail("mentions", doc);
      return super.mentions(doc, quotes);
    }

    @Override
    List<Actor> actors(String question, List<Passages> docs, List<Quote> quotes, List<DocumentMentions> perDoc) {
      maybeFail("actors", null);
      return super.actors(question, docs, quotes, perDoc);
    }

    @Override
    List<Dispute> claimedDisputes(Passages doc) {
      maybeFail("claimedDisputes", doc);
      return super.claimedDisputes(doc);
    }

    @Override
    List<Dispute> contradictions(List<Passages> docs) {
      maybeFail("contradictions", null);
      return super.contradictions(docs);
    }
  }

  /** The brief without the failing stage, for comparison. */
  private Brief healthy;

  @BeforeEach
  void healthyBrief() {
    healthy = brief(new Stages());
  }

  @Test
  void aHealthyBriefHasNoProblemsAndItsJsonSaysNothingOfThem() {
    assertThat(healthy.problems()).isEmpty();
    assertThat(BriefJson.mapper().valueToTree(healthy).has("problems")).isFalse();
    // the sections the failures below take away are there to take
    assertThat(healthy.quotes()).extracting(Quote::doc).contains(idOf(healthy, "a.txt"), idOf(healthy, "b.txt"));
    assertThat(healthy.timeline()).isNotEmpty();
    assertThat(healthy.actors()).isNotEmpty();
    assertThat(healthy.disputes()).isNotEmpty();
  }

  @Test
  void quotesThatFailOnOneDocumentAreAProblemOfThatDocumentAndTheOtherKeepsItsQuotes() {
    Brief b = brief(new Failing("quotes", ErrorBoundaryTest::isA, ErrorBoundaryTest::boom));
    String a = idOf(b, "a.txt");
    assertThat(b.problems()).containsExactly(new Problem(a, "quotes", b.problems().get(0).message()));
    assertThat(b.problems().get(0).message()).startsWith("IllegalStateException: boom (ErrorBoundaryTest.java:");
    assertThat(b.quotes()).isNotEmpty().extracting(Quote::doc).doesNotContain(a);
    assertThat(b.quotes()).containsExactlyElementsOf(
        healthy.quotes().stream().filter(q -> !q.doc().equals(a)).toList());
    assertThat(b.keyPoints()).isEqualTo(healthy.keyPoints());
    assertThat(b.timeline()).isEqualTo(healthy.timeline());
    BriefInvariants.check(b);
  }

  @Test
  void datesThatFailOnOneDocumentAreAProblemOfThatDocument() {
    Brief b = brief(new Failing("datedClauses", ErrorBoundaryTest::isA, ErrorBoundaryTest::boom));
    String a = idOf(b, "a.txt");
    assertThat(b.problems()).extracting(Problem::doc, Problem::stage).containsExactly(
        org.assertj.core.groups.Tuple.tuple(a, "timeline"));
    assertThat(b.timeline()).isNotEmpty();
    assertThat(b.timeline()).allSatisfy(e -> assertThat(e.sources()).doesNotContain(a));
    assertThat(b.quotes()).isEqualTo(healthy.quotes());
  }

  @Test
  void mentionsThatFailOnOneDocumentAreAProblemOfThatDocument() {
    Brief b = brief(new Failing("mentions", ErrorBoundaryTest::isA, ErrorBoundaryTest::boom));
    String a = idOf(b, "a.txt");
    assertThat(b.problems()).extracting(Problem::doc, Problem::stage).containsExactly(
        org.assertj.core.groups.Tuple.tuple(a, "actors"));
    assertThat(b.actors()).allSatisfy(x -> assertThat(x.evidence()).noneMatch(s -> s.doc().equals(a)));
    assertThat(b.disputes()).isEqualTo(healthy.disputes());
  }

  @Test
  void claimedDisputesThatFailOnOneDocumentAreAProblemOfThatDocument() {
    Brief b = brief(new Failing("claimedDisputes", ErrorBoundaryTest::isA, ErrorBoundaryTest::boom));
    String a = idOf(b, "a.txt");
    assertThat(b.problems()).extracting(Problem::doc, Problem::stage).containsExactly(
        org.assertj.core.groups.Tuple.tuple(a, "disputes"));
    assertThat(b.disputes()).isNotEmpty().allSatisfy(d -> assertThat(d.evidence()).noneMatch(s -> s.doc().equals(a)));
  }

  @Test
  void aStageOverThePileThatFailsIsAProblemOfNoDocumentAndTheRestOfTheBriefStands() {
    List<String> failing = List.of("points", "timeline", "actors", "disputes");
    for (String stage : failing) {
      // the pile's disputes stage is the contradictions; it fails as a deep regex would
      Brief b = brief(stage.equals("disputes") ? new Failing("contradictions", d -> true, StackOverflowError::new)
          : new Failing(stage, d -> true, ErrorBoundaryTest::boom));
      assertThat(b.problems()).as(stage).extracting(Problem::doc, Problem::stage).containsExactly(
          org.assertj.core.groups.Tuple.tuple(null, stage));
      assertThat(b.quotes()).as(stage).isEqualTo(healthy.quotes());
      switch (stage) {
        case "points" -> assertThat(b.keyPoints().isEmpty() && b.summary().isEmpty()).as(stage).isTrue();
        case "timeline" -> assertThat(b.timeline()).as(stage).isEmpty();
        case "actors" -> assertThat(b.actors()).as(stage).isEmpty();
        default -> assertThat(b.disputes()).as(stage).isSubsetOf(healthy.disputes());
      }
      if (!stage.equals("timeline")) {
        assertThat(b.timeline()).as(stage).isEqualTo(healthy.timeline());
      }
      BriefInvariants.check(b);
    }
  }

  @Test
  void problemsAreInStageOrderThenByDocumentWhateverThreadFinishedFirst() {
    Brief b = brief(new Failing("quotes", d -> true, ErrorBoundaryTest::boom) {
      @Override
      List<TimelineBuilder.Candidate> datedClauses(Passages doc) {
        throw new IllegalArgumentException("x".repeat(1000));
      }
    });
    String a = idOf(b, "a.txt");
    String bId = idOf(b, "b.txt");
    assertThat(b.problems()).extracting(Problem::doc, Problem::stage).containsExactly(
        org.assertj.core.groups.Tuple.tuple(a.compareTo(bId) < 0 ? a : bId, "quotes"),
        org.assertj.core.groups.Tuple.tuple(a.compareTo(bId) < 0 ? bId : a, "quotes"),
        org.assertj.core.groups.Tuple.tuple(a.compareTo(bId) < 0 ? a : bId, "timeline"),
        org.assertj.core.groups.Tuple.tuple(a.compareTo(bId) < 0 ? bId : a, "timeline"));
    // a message quoting a whole page is cut to a line
    assertThat(b.problems().get(2).message()).hasSizeLessThan(400).contains("...");
    assertThat(b.quotes()).isEmpty();
    assertThat(b.timeline()).isEmpty();
  }
}

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
    Brief b = brief(new Stages() {
      @Override
      List<Quote> quotes(Passages doc) {
        if (isA(doc)) {
          throw boom();
        }
        return super.quotes(doc);
      }
    });
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
    Brief b = brief(new Stages() {
      @Override
      List<TimelineBuilder.Candidate> datedClauses(Passages doc) {
        if (isA(doc)) {
          throw boom();
        }
        return super.datedClauses(doc);
      }
    });
    String a = idOf(b, "a.txt");
    assertThat(b.problems()).extracting(Problem::doc, Problem::stage).containsExactly(
        org.assertj.core.groups.Tuple.tuple(a, "timeline"));
    assertThat(b.timeline()).isNotEmpty();
    assertThat(b.timeline()).allSatisfy(e -> assertThat(e.sources()).doesNotContain(a));
    assertThat(b.quotes()).isEqualTo(healthy.quotes());
  }

  @Test
  void mentionsThatFailOnOneDocumentAreAProblemOfThatDocument() {
    Brief b = brief(new Stages() {
      @Override
      DocumentMentions mentions(Passages doc, List<Quote> quotes) {
        if (isA(doc)) {
          throw boom();
        }
        return super.mentions(doc, quotes);
      }
    });
    String a = idOf(b, "a.txt");
    assertThat(b.problems()).extracting(Problem::doc, Problem::stage).containsExactly(
        org.assertj.core.groups.Tuple.tuple(a, "actors"));
    assertThat(b.actors()).allSatisfy(x -> assertThat(x.evidence()).noneMatch(s -> s.doc().equals(a)));
    assertThat(b.disputes()).isEqualTo(healthy.disputes());
  }

  @Test
  void claimedDisputesThatFailOnOneDocumentAreAProblemOfThatDocument() {
    Brief b = brief(new Stages() {
      @Override
      List<Dispute> claimedDisputes(Passages doc) {
        if (isA(doc)) {
          throw boom();
        }
        return super.claimedDisputes(doc);
      }
    });
    String a = idOf(b, "a.txt");
    assertThat(b.problems()).extracting(Problem::doc, Problem::stage).containsExactly(
        org.assertj.core.groups.Tuple.tuple(a, "disputes"));
    assertThat(b.disputes()).isNotEmpty().allSatisfy(d -> assertThat(d.evidence()).noneMatch(s -> s.doc().equals(a)));
  }

  @Test
  void aStageOverThePileThatFailsIsAProblemOfNoDocumentAndTheRestOfTheBriefStands() {
    List<String> failing = List.of("points", "timeline", "actors", "disputes");
    for (String stage : failing) {
      Brief b = brief(new Stages() {
        @Override
        Analysis points(Embedder embedder, PointSettings settings, String question, List<Passages> docs,
            IntConsumer advance, ObjLongConsumer<String> stages) {
          if (stage.equals("points")) {
            throw boom();
          }
          return super.points(embedder, settings, question, docs, advance, stages);
        }

        @Override
        List<Event> timeline(List<Passages> docs, List<List<TimelineBuilder.Candidate>> perDoc) {
          if (stage.equals("timeline")) {
            throw boom();
          }
          return super.timeline(docs, perDoc);
        }

        @Override
        List<Actor> actors(String question, List<Passages> docs, List<Quote> quotes, List<DocumentMentions> perDoc) {
          if (stage.equals("actors")) {
            throw boom();
          }
          return super.actors(question, docs, quotes, perDoc);
        }

        @Override
        List<Dispute> contradictions(List<Passages> docs) {
          if (stage.equals("disputes")) {
            throw new StackOverflowError();
          }
          return super.contradictions(docs);
        }
      });
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
    Brief b = brief(new Stages() {
      @Override
      List<Quote> quotes(Passages doc) {
        throw boom();
      }

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

package io.dossier.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dossier.group.PointSettings;
import io.dossier.ingest.Limits;
import io.dossier.model.Brief;
import io.dossier.model.Page;
import io.dossier.model.Point;
import io.dossier.testing.BriefInvariants;
import io.dossier.testing.FakeEmbedder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pipeline end to end with the fake embedder: what it decides across documents. */
class BriefPipelineTest {
  private static final String Q = "Why is the council replacing the harbour ferry?";
  private static final String A = String.join("\n",
      "Why The Harbour Ferry Is Being Replaced",
      "The council voted on Tuesday to replace the harbour ferry with a bridge, because the old ferry has become "
          + "too expensive to repair and too slow for the growing number of commuters.",
      "Engineers told the council that the ferry's engines would need a full overhaul within two years, and that "
          + "the cost of that overhaul would come close to the price of a new bridge.",
      "Residents of the island worry that bridge tolls will be higher than ferry fares, and some fear that the "
          + "bridge will bring heavy traffic through their quiet streets.");
  private static final String B = String.join("\n",
      "Council Backs Bridge Over Ferry",
      "Councillors backed the new bridge because repairs to the ageing harbour ferry would cost almost as much as "
          + "building it, according to a report by the council's engineers.",
      "The report found that winter storms cancelled the harbour ferry on more than forty days last year, leaving "
          + "the island without a link to the mainland hospital.",
      "Opponents said tolls on the bridge would hurt families on the island, and that the council had not studied "
          + "cheaper ways to keep the ferry running.");
  private static final String SPANISH = String.join("\n",
      "Por qu\u00E9 el ayuntamiento sustituye el transbordador",
      "El ayuntamiento vot\u00F3 el martes sustituir el transbordador del puerto por un puente, porque el viejo "
          + "transbordador se ha vuelto demasiado caro de reparar y demasiado lento para los viajeros.",
      "Los vecinos de la isla temen que el peaje del puente sea m\u00E1s caro que el billete del transbordador y "
          + "que el puente traiga mucho tr\u00E1fico a sus calles tranquilas.");

  @TempDir
  Path dir;

  private static Brief run(String question, Path... inputs) {
    List<String> in = new ArrayList<>();
    for (Path p : inputs) {
      in.add(p.toString());
    }
    BriefConfig config = new BriefConfig(question, Limits.DEFAULT, PointSettings.DEFAULT, 2, 0.5);
    return new BriefPipeline(config, new FakeEmbedder()).run(in, Progress.NONE);
  }

  private static Page doc(Brief b, String id) {
    return b.documents().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
  }

  private static List<String> allSources(Brief b) {
    List<String> out = new ArrayList<>();
    for (Point p : b.keyPoints()) {
      out.addAll(p.sources());
    }
    for (Point p : b.counterPoints()) {
      out.addAll(p.sources());
    }
    return out;
  }

  @Test
  void theBriefIsTheSameWhateverOrderTheDocumentsAreGivenIn() {
    Path ex = Path.of(System.getProperty("user.dir")).resolve("../examples/car-free-centres").normalize();
    org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(ex), "examples/ missing");
    Path[] files = {ex.resolve("01_citydesk.txt"), ex.resolve("02_greenwire.txt"), ex.resolve("03_metro.html"),
        ex.resolve("04_citydesk_syndicated.txt")};
    Path[] reversed = {files[3], files[2], files[1], files[0]};
    Brief a = run(null, files);
    Brief b = run(null, reversed);
    assertThat(b.documents()).extracting(Page::id).containsExactly("04_citydesk_syndicated", "03_metro",
        "02_greenwire", "01_citydesk");
    assertThat(b.documents()).containsExactlyInAnyOrderElementsOf(a.documents());
    assertThat(b.question()).isEqualTo(a.question());
    assertThat(b.summary()).isEqualTo(a.summary());
    assertThat(b.keyPoints()).isEqualTo(a.keyPoints());
    assertThat(b.counterPoints()).isEqualTo(a.counterPoints());
    assertThat(b.quotes()).isEqualTo(a.quotes());
    assertThat(b.timeline()).isEqualTo(a.timeline());
    assertThat(b.actors()).isEqualTo(a.actors());
    assertThat(b.disputes()).isEqualTo(a.disputes());
  }

  @Test
  void aNearCopyIsFlaggedAsADuplicateAndIsNeverCountedAsASource() throws IOException {
    Path a = Files.writeString(dir.resolve("a.txt"), A);
    Path b = Files.writeString(dir.resolve("b.txt"), B);
    Path copy = Files.writeString(dir.resolve("copy.txt"), A.replace("Tuesday", "Wednesday"));
    Brief brief = run(Q, a, b, copy);
    assertThat(doc(brief, "copy").flags()).contains("duplicate-of:a");
    assertThat(allSources(brief)).contains("a", "b").doesNotContain("copy");
    // nothing from the copy twice: no quote, event or evidence
    assertThat(BriefInvariants.allSpans(brief)).noneMatch(s -> s.doc().equals("copy"));
    assertThat(brief.quotes()).noneMatch(q -> q.doc().equals("copy"));
    BriefInvariants.check(brief);
  }

  @Test
  void aNonEnglishDocumentIsFlaggedAndNeverCited() throws IOException {
    Path a = Files.writeString(dir.resolve("a.txt"), A);
    Path es = Files.writeString(dir.resolve("es.txt"), SPANISH);
    Brief brief = run(Q, a, es);
    assertThat(doc(brief, "es").flags()).contains("not-english");
    assertThat(BriefInvariants.allSpans(brief)).noneMatch(s -> s.doc().equals("es"));
    assertThat(allSources(brief)).doesNotContain("es");
  }

  @Test
  void aDocumentThatCannotBeReadIsListedWithItsErrorAndTheRunGoesOn() throws IOException {
    Path a = Files.writeString(dir.resolve("a.txt"), A);
    Path b = Files.writeString(dir.resolve("b.txt"), B);
    Brief brief = run(Q, a, dir.resolve("missing.txt"), b);
    assertThat(brief.documents()).extracting(Page::id).containsExactly("a", "missing", "b");
    assertThat(doc(brief, "missing").error()).isNotBlank();
    assertThat(brief.keyPoints()).isNotEmpty();
  }

  @Test
  void withoutAQuestionOneIsInferredFromTheTitlesAndSaidToBe() throws IOException {
    Path a = Files.writeString(dir.resolve("a.txt"), A);
    Path b = Files.writeString(dir.resolve("b.txt"), B);
    Brief brief = run(null, a, b);
    assertThat(brief.questionInferred()).isTrue();
    assertThat(brief.question()).endsWith("?").containsIgnoringCase("ferry");
  }

  @Test
  void aDateInThePathIsThePublicationDateWhenThePageHasNone() throws IOException {
    Path day = Files.createDirectories(dir.resolve("2024-03-05"));
    Path a = Files.writeString(day.resolve("a.txt"), A);
    assertThat(doc(run(Q, a), "a").published()).isEqualTo(LocalDate.of(2024, 3, 5));
    assertThat(DocumentReader.dateFromPath("/news/2024-13-45/a.txt")).isNull();
    assertThat(DocumentReader.dateFromPath("/x/2019-01-02/y/2020-02-03-a.txt")).isEqualTo(LocalDate.of(2020, 2, 3));
    assertThat(DocumentReader.dateFromPath("/x/12024-01-02.txt")).isNull();
  }

  @Test
  void progressIsToldEachStageInOrderWithThePlanAndTrueCounts() throws IOException {
    Path a = Files.writeString(dir.resolve("a.txt"), A);
    Path b = Files.writeString(dir.resolve("b.txt"), B);
    List<String> stages = new CopyOnWriteArrayList<>();
    java.util.Map<String, Long> totals = new java.util.concurrent.ConcurrentHashMap<>();
    java.util.Map<String, Long> done = new java.util.concurrent.ConcurrentHashMap<>();
    int[] planned = {0};
    BriefConfig config = new BriefConfig(Q, Limits.DEFAULT, PointSettings.DEFAULT, 2, 0.5);
    Brief brief = new BriefPipeline(config, new FakeEmbedder()).run(List.of(a.toString(), b.toString()), new Progress() {
      String current;

      @Override
      public void plan(int n) {
        planned[0] = n;
      }

      @Override
      public void stage(String name, long total) {
        stages.add(name);
        current = name;
        totals.put(name, total);
      }

      @Override
      public void total(long total) {
        totals.put(current, total);
      }

      @Override
      public void advance(long n) {
        done.merge(current, n, Math::max);
      }
    });
    assertThat(stages).containsExactly("read", "clean", "question", "embed", "group", "quotes", "timeline", "actors");
    assertThat(planned[0]).isEqualTo(stages.size());
    assertThat(totals.get("read")).isEqualTo(2);
    assertThat(done.get("question")).isEqualTo(2);
    assertThat(totals.get("embed")).isPositive();
    assertThat(done.get("embed")).isEqualTo(totals.get("embed"));
    assertThat(done.get("group")).isEqualTo(totals.get("group")).isPositive();
    // dates and mentions are found per document: those stages count the independent documents
    assertThat(totals.get("timeline")).isEqualTo(2);
    assertThat(done.get("timeline")).isEqualTo(2);
    assertThat(totals.get("actors")).isEqualTo(2);
    assertThat(done.get("actors")).isEqualTo(2);
  }

  @Test
  void configurationIsCheckedOnce() {
    assertThatThrownBy(() -> new BriefConfig("  ", Limits.DEFAULT, PointSettings.DEFAULT, 1, 0.5))
        .hasMessageContaining("question is empty");
    assertThatThrownBy(() -> new BriefConfig(null, Limits.DEFAULT, PointSettings.DEFAULT, 0, 0.5))
        .hasMessageContaining("threads");
    assertThatThrownBy(() -> new BriefConfig(null, Limits.DEFAULT, PointSettings.DEFAULT, 1, 0))
        .hasMessageContaining("duplicateThreshold");
    assertThatThrownBy(() -> new PointSettings(0, 0, 1, 0.5, 10, 10, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PointSettings(1, 0, 1, 1.5, 10, 10, 1)).hasMessageContaining("matchThreshold");
    assertThatThrownBy(() -> new Limits(0, 1, 1)).hasMessageContaining("positive");
    assertThat(BriefConfig.defaults("Why?").threads()).isPositive();
  }
}

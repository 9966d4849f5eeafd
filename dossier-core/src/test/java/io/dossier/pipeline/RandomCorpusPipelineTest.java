package io.dossier.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.group.PointSettings;
import io.dossier.ingest.Limits;
import io.dossier.model.Brief;
import io.dossier.model.Page;
import io.dossier.render.BriefJson;
import io.dossier.render.HtmlRenderer;
import io.dossier.render.MarkdownRenderer;
import io.dossier.testing.BriefInvariants;
import io.dossier.testing.FakeEmbedder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pipeline-level invariants on random small corpora (seeded, so a failure names its seed):
 * every span in the brief is its document's text, inside kept text and clear of removed
 * text, and two runs give the same brief. Uses the hash-based {@link FakeEmbedder}, no model.
 */
class RandomCorpusPipelineTest {
  private static final String[] TOPIC = {"harbour", "ferry", "bridge", "council", "tolls", "fishermen", "storm",
      "budget", "engineers", "residents", "traffic", "repairs", "safety", "island", "mayor", "contract"};
  private static final String[] REASONS = {"because the old bridge is unsafe", "due to rising repair costs",
      "since the ferry contract expires", "as residents fear higher tolls", "because storms damaged the pier",
      "owing to concerns about safety", "in order to cut traffic in the centre"};
  private static final String[] FILL = {"the", "a", "of", "and", "to", "in", "that", "was", "with", "for", "on",
      "said", "has", "will", "their", "new", "year", "plan"};
  private static final String[] ODD = {"\uD83D\uDE00", "caf\u00E9", "\u201Cquoted\u201D", "U.S.", "Mr.", "2.5",
      "\uD835\uDC00", "<b>", "&amp;", "\u041C\u043E\u0441\u043A\u0432\u0430"};

  private static final FakeEmbedder EMBEDDER = new FakeEmbedder();

  @TempDir
  Path dir;

  private static String word(Random r) {
    int k = r.nextInt(10);
    if (k < 4) {
      return TOPIC[r.nextInt(TOPIC.length)];
    }
    if (k < 9) {
      return FILL[r.nextInt(FILL.length)];
    }
    return ODD[r.nextInt(ODD.length)];
  }

  private static String sentence(Random r) {
    StringBuilder sb = new StringBuilder("The");
    int n = 8 + r.nextInt(14);
    for (int i = 0; i < n; i++) {
      sb.append(' ').append(word(r));
    }
    if (r.nextInt(3) == 0) {
      sb.append(' ').append(REASONS[r.nextInt(REASONS.length)]);
    }
    if (r.nextInt(6) == 0) {
      return "\u201C" + sb + ",\u201D the mayor said.";
    }
    return sb + (r.nextInt(8) == 0 ? "?" : ".");
  }

  private static String article(Random r) {
    List<String> lines = new ArrayList<>();
    if (r.nextBoolean()) {
      lines.addAll(List.of("Home", "News", "Local"));
    }
    String title = "Why the " + TOPIC[r.nextInt(TOPIC.length)] + " plan divides the " + TOPIC[r.nextInt(TOPIC.length)];
    lines.add(title);
    if (r.nextBoolean()) {
      lines.add(title);
    }
    int paragraphs = 3 + r.nextInt(6);
    for (int p = 0; p < paragraphs; p++) {
      StringBuilder para = new StringBuilder();
      int s = 1 + r.nextInt(4);
      for (int i = 0; i < s; i++) {
        para.append(i > 0 ? " " : "").append(sentence(r));
      }
      lines.add(para.toString());
      switch (r.nextInt(8)) {
        case 0 -> lines.add("A view of the " + TOPIC[r.nextInt(TOPIC.length)]);
        case 1 -> lines.add("READ ALSO: " + TOPIC[r.nextInt(TOPIC.length)] + " news in brief");
        case 2 -> lines.add("");
        default -> {
        }
      }
    }
    if (r.nextBoolean()) {
      lines.addAll(List.of("Share this", "Facebook", "Related posts"));
    }
    String sep = r.nextInt(4) == 0 ? "\r\n" : r.nextBoolean() ? "\n\n" : "\n";
    return String.join(sep, lines) + sep;
  }

  private List<String> corpus(long seed) throws IOException {
    Random r = new Random(seed);
    Path root = Files.createDirectories(dir.resolve("corpus-" + seed));
    int docs = 2 + r.nextInt(4);
    String first = null;
    for (int d = 0; d < docs; d++) {
      String text = article(r);
      if (first == null) {
        first = text;
      } else if (r.nextInt(5) == 0) {
        text = first.replace("The ", "This "); // a near-copy of the first article
      }
      Files.writeString(root.resolve(String.format("%02d_doc.txt", d)), text, StandardCharsets.UTF_8);
    }
    return List.of(root.toString());
  }

  private static Brief run(List<String> inputs, String question) {
    BriefConfig config = new BriefConfig(question, Limits.DEFAULT, PointSettings.DEFAULT, 2, 0.5);
    return new BriefPipeline(config, EMBEDDER).run(inputs, Progress.NONE);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34})
  void everySpanIsItsDocumentsKeptTextAndTwoRunsAreIdentical(long seed) throws IOException {
    List<String> inputs = corpus(seed);
    String question = new Random(seed).nextBoolean() ? "Why is the council changing the ferry plan?" : null;
    Brief a = run(inputs, question);
    Brief b = run(inputs, question);
    BriefInvariants.check(a);
    assertThat(a.documents()).allMatch(Page::readable);
    assertThat(BriefInvariants.allSpans(a)).as("the brief cites something, so the checks bite").isNotEmpty();
    assertThat(a.questionInferred()).isEqualTo(question == null);
    assertThat(BriefJson.write(b)).as("deterministic brief for seed %s", seed).isEqualTo(BriefJson.write(a));
    assertThat(new HtmlRenderer().render(b)).isEqualTo(new HtmlRenderer().render(a));
    assertThat(new MarkdownRenderer().render(b)).isEqualTo(new MarkdownRenderer().render(a));
  }
}

package io.dossier.group;

import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.model.Passages;
import io.dossier.testing.Texts;
import io.dossier.text.SentenceSegmenter;
import io.dossier.text.Words;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CentralSummaryTest {
  /** A topic axis (storm, engine, other) plus a part of the sentence's own: same-topic cosine 0.735. */
  private static float[] vector(String text) {
    String t = text.toLowerCase(java.util.Locale.ROOT);
    float[] v = new float[64];
    v[t.contains("storm") ? 0 : t.contains("engine") ? 1 : 2] = 1;
    v[3 + Math.floorMod(t.hashCode(), 61)] = 0.6f;
    float n = (float) Math.sqrt(1 + 0.36);
    for (int k = 0; k < v.length; k++) {
      v[k] /= n;
    }
    return v;
  }

  private static List<Candidate> claims(String[][] docs) {
    List<Candidate> out = new ArrayList<>();
    for (int d = 0; d < docs.length; d++) {
      Passages p = new SentenceSegmenter().split(Texts.pageOfLines("doc" + d, String.join("\n", docs[d])));
      for (Claims.Claim c : Claims.of(p)) {
        out.add(new Candidate(c, 0, 0, 0.5, vector(c.text()), Words.contentStemSet(c.text()), false));
      }
    }
    return out;
  }

  private static final String[][] PILE = {
      {"The storm destroyed hundreds of homes along the coast on Monday night.",
          "A local bakery reopened its doors after a long renovation this spring.",
          "Officials said the storm was the strongest to hit the region in decades."},
      {"Rescue teams searched the coast after the storm flattened whole streets of homes.",
          "The town council will debate a new parking plan for the market square.",
          "Engineers inspected the damaged engine of a ferry stranded in the harbour."},
      {"The storm left thousands without power across the coast and its islands.",
          "A museum exhibit of old maps drew large crowds over the weekend in the city."}};

  @Test
  void theSummaryIsWhatTheSourcesShareFirstSentencesFavoured() {
    List<Candidate> s = CentralSummary.summarize(claims(PILE), 25);
    assertThat(s).isNotEmpty();
    assertThat(s.get(0).text()).contains("storm");
    assertThat(s.stream().mapToInt(c -> Words.count(c.text())).sum()).isGreaterThanOrEqualTo(25);
    for (Candidate c : s) {
      assertThat(c.text()).doesNotContain("bakery").doesNotContain("museum");
    }
  }

  @Test
  void itFillsTheBudgetAndNoMore() {
    List<Candidate> all = claims(PILE);
    List<Candidate> small = CentralSummary.summarize(all, 5);
    assertThat(small).hasSize(1);
    assertThat(CentralSummary.summarize(all, 10_000).size()).isLessThanOrEqualTo(all.size());
    assertThat(CentralSummary.summarize(List.of(), 100)).isEmpty();
  }

  @Test
  void itIsDeterministic() {
    assertThat(CentralSummary.summarize(claims(PILE), 40).stream().map(Candidate::span).toList())
        .isEqualTo(CentralSummary.summarize(claims(PILE), 40).stream().map(Candidate::span).toList());
  }
}

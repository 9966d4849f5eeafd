package io.dossier.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.model.CharSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {
  @Test
  void wordsKeepInnerApostrophesAndHyphensWithExactOffsets() {
    String t = "Russia\u2019s post-Soviet 'sphere' (of) influence, 2014.";
    List<CharSpan> spans = Words.spans(t);
    assertThat(spans).extracting(s -> s.of(t))
        .containsExactly("Russia\u2019s", "post-Soviet", "sphere", "of", "influence", "2014");
  }

  @Test
  void lowerFoldsCurlyApostrophesAndDropsPossessives() {
    assertThat(Words.lower("NATO\u2019s Kremlin's WAR")).containsExactly("nato", "kremlin", "war");
  }

  @Test
  void contentStemsLeaveOutStopWordsAndNumbersAndJoinNationalities() {
    assertThat(Words.contentStems("The Russian army and Russia in 2022")).containsExactly("russia", "armi", "russia");
  }

  @Test
  void countCountsWords() {
    assertThat(Words.count("  one, two-three   four\u2026 ")).isEqualTo(3);
    assertThat(Words.count("")).isZero();
  }
}

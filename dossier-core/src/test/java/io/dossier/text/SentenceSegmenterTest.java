package io.dossier.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.model.CharSpan;
import io.dossier.model.Page;
import io.dossier.model.Passages;
import io.dossier.model.Sentence;
import io.dossier.testing.Texts;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSegmenterTest {
  private final SentenceSegmenter segmenter = new SentenceSegmenter();

  private List<String> sentences(String block) {
    List<CharSpan> spans = segmenter.splitBlock(block, 0, block.length());
    assertOffsetsExact(block, spans);
    return spans.stream().map(s -> s.of(block)).toList();
  }

  /** Every span is trimmed, non-empty, inside the text and after the one before. */
  private static void assertOffsetsExact(String text, List<CharSpan> spans) {
    int last = 0;
    for (CharSpan s : spans) {
      assertThat(s.start()).as("offsets never go backwards").isGreaterThanOrEqualTo(last);
      assertThat(s.end()).isLessThanOrEqualTo(text.length());
      String piece = text.substring(s.start(), s.end());
      assertThat(piece).isNotEmpty().isEqualTo(piece.strip());
      last = s.end();
    }
  }

  @Test
  void honorificsAndMonthAbbreviationsDoNotEndASentence() {
    assertThat(sentences("Mr. Smith met Dr. Jones in Feb. last year. They talked for an hour."))
        .containsExactly("Mr. Smith met Dr. Jones in Feb. last year.", "They talked for an hour.");
  }

  @Test
  void aStrayStopBetweenAMonthAndItsYearDoesNotEndTheSentence() {
    assertThat(sentences("He met them in February. 1990 to discuss the treaty. 1991 was calmer."))
        .containsExactly("He met them in February. 1990 to discuss the treaty.", "1991 was calmer.");
    assertThat(sentences("The talks ended in May. 1990 Was a hard year."))
        .containsExactly("The talks ended in May.", "1990 Was a hard year.");
  }

  @Test
  void dottedAcronymMidSentenceDoesNotEndIt() {
    assertThat(sentences("The U.S. Army arrived in the town. Then it left."))
        .containsExactly("The U.S. Army arrived in the town.", "Then it left.");
  }

  @Test
  void dottedAcronymAtTheEndOfASentenceEndsItWhenASentenceStarterFollows() {
    assertThat(sentences("He moved to the U.S. The move was hard."))
        .containsExactly("He moved to the U.S.", "The move was hard.");
  }

  @Test
  void initialsDoNotEndASentence() {
    assertThat(sentences("J. R. R. Tolkien wrote books. He died in 1973."))
        .containsExactly("J. R. R. Tolkien wrote books.", "He died in 1973.");
  }

  @Test
  void decimalsDoNotEndASentence() {
    assertThat(sentences("Inflation rose 2.5 percent. Prices fell 3.1 percent in March."))
        .containsExactly("Inflation rose 2.5 percent.", "Prices fell 3.1 percent in March.");
  }

  @Test
  void aQuoteSpanningTwoSentencesSplitsAtItsSentenceEndAndTheClosingMarkStaysWithItsSentence() {
    assertThat(sentences("\u201CWe will not go. We stay here.\u201D Then he left."))
        .containsExactly("\u201CWe will not go.", "We stay here.\u201D", "Then he left.");
    assertThat(sentences("\"We will not go. We stay here,\" he said. Then he left."))
        .containsExactly("\"We will not go.", "We stay here,\" he said.", "Then he left.");
  }

  @Test
  void aClosingQuoteAfterTheFullStopStaysWithItsSentence() {
    assertThat(sentences("She said: \"It is over.\" The end came soon."))
        .containsExactly("She said: \"It is over.\"", "The end came soon.");
  }

  @Test
  void questionAndExclamationMarksEndSentences() {
    assertThat(sentences("Why does it matter? Because it does! Then silence."))
        .containsExactly("Why does it matter?", "Because it does!", "Then silence.");
  }

  @Test
  void aLowerCaseWordAfterAFullStopDoesNotStartANewSentence() {
    assertThat(sentences("It was 5 p.m. when the lights went out."))
        .containsExactly("It was 5 p.m. when the lights went out.");
  }

  @Test
  void headingsWithoutFinalPunctuationAreFlaggedHeadingAndProseIsNot() {
    String text = "Wages and isolation\n\nWages have not risen. Keepers are leaving.\n\nA closing line without a stop";
    Passages p = segmenter.split(Texts.pageOfLines("d", text));
    assertThat(p.sentences()).extracting(s -> s.text(text))
        .containsExactly("Wages and isolation", "Wages have not risen.", "Keepers are leaving.",
            "A closing line without a stop");
    assertThat(p.sentences()).extracting(Sentence::heading).containsExactly(true, false, false, true);
    assertThat(p.sentences()).extracting(Sentence::paragraph).containsExactly(0, 1, 1, 2);
    assertThat(p.sentences()).extracting(Sentence::index).containsExactly(0, 1, 2, 3);
  }

  @Test
  void offsetsAreExactIntoThePageText() {
    String text = "  Leading space. Then more text here.   \n\n\t\u201CQuoted,\u201D he said.  ";
    Passages p = segmenter.split(new Page("d", "d", null, null, null, text,
        List.of(new CharSpan(0, 40), new CharSpan(42, text.length())), List.of(), List.of(), null));
    for (Sentence s : p.sentences()) {
      String piece = text.substring(s.start(), s.end());
      assertThat(piece).isEqualTo(piece.strip()).isNotEmpty();
      assertThat(p.text(s)).isEqualTo(piece);
      assertThat(p.span(s).text()).isEqualTo(piece);
    }
    assertThat(p.sentences()).extracting(s -> s.text(text))
        .containsExactly("Leading space.", "Then more text here.", "\u201CQuoted,\u201D he said.");
  }

  @Test
  void aSentenceNeverCrossesAKeptBlock() {
    // The first block ends without punctuation: the sentence must still stop at its end.
    String text = "The keepers said that they would leave\nThe council did not answer. It met later.";
    int nl = text.indexOf('\n');
    Page page = new Page("d", "d", null, null, null, text,
        List.of(new CharSpan(0, nl), new CharSpan(nl + 1, text.length())), List.of(), List.of(), null);
    Passages p = segmenter.split(page);
    for (Sentence s : p.sentences()) {
      assertThat(page.isKept(s.start(), s.end())).as("sentence %s inside one kept block", s).isTrue();
    }
    assertThat(p.sentences()).extracting(s -> s.text(text)).containsExactly(
        "The keepers said that they would leave", "The council did not answer.", "It met later.");
  }

  @Test
  void removedTextBetweenKeptBlocksIsNeverPartOfASentence() {
    String text = "First kept paragraph ends here. REMOVED CAPTION Second kept paragraph.";
    int cap = text.indexOf("REMOVED");
    int after = text.indexOf("Second");
    Page page = new Page("d", "d", null, null, null, text,
        List.of(new CharSpan(0, cap - 1), new CharSpan(after, text.length())), List.of(), List.of(), null);
    for (Sentence s : segmenter.split(page).sentences()) {
      assertThat(s.text(text)).doesNotContain("REMOVED", "CAPTION");
    }
  }

  @Test
  void aPageWithNothingKeptHasNoSentences() {
    Page empty = new Page("d", "d", null, null, null, "Some text.", List.of(), List.of(), List.of(), null);
    assertThat(segmenter.split(empty).sentences()).isEmpty();
  }

  @Test
  void surrogatePairsAndEmojiAreNeverSplit() {
    String text = "Fans cheered \uD83D\uDE00. \uD83D\uDE00 Crowds sang \uD835\uDC00. Then they left.";
    List<CharSpan> spans = segmenter.splitBlock(text, 0, text.length());
    for (CharSpan s : spans) {
      assertThat(splitsPair(text, s.start())).as("start of %s splits a surrogate pair", s).isFalse();
      assertThat(splitsPair(text, s.end())).as("end of %s splits a surrogate pair", s).isFalse();
    }
  }

  /** True when {@code i} falls between the two halves of a valid surrogate pair. */
  static boolean splitsPair(String text, int i) {
    return i > 0 && i < text.length() && Character.isHighSurrogate(text.charAt(i - 1))
        && Character.isLowSurrogate(text.charAt(i));
  }
}

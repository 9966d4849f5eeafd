package io.dossier.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.clean.CorpusStats;
import io.dossier.clean.Extraction;
import io.dossier.clean.TextDumpCleaner;
import io.dossier.ingest.ContentKind;
import io.dossier.ingest.Decoded;
import io.dossier.model.CharSpan;
import io.dossier.model.Page;
import io.dossier.model.Passages;
import io.dossier.model.Removal;
import io.dossier.model.Sentence;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Lucene-style random-data checks on the cleaner and the segmenter: on any text (words,
 * punctuation, quotes, line breaks, accents, surrogate pairs and emoji), spans stay inside
 * the text, sentences stay inside kept blocks, offsets never go backwards, and the output is
 * the same on a second run.
 */
class CleanAndSegmentPropertiesTest {
  private static final TextDumpCleaner CLEANER = new TextDumpCleaner();
  private static final SentenceSegmenter SEGMENTER = new SentenceSegmenter();

  @Provide
  Arbitrary<String> messyText() {
    Arbitrary<String> word = Arbitraries.oneOf(
        Arbitraries.of("the", "Russia", "NATO", "said", "Mr.", "Dr.", "U.S.", "Feb.", "J.", "e.g.", "2.5", "1990s",
            "war", "peace", "alliance", "Kyiv", "caf\u00E9", "na\u00EFve", "\u00DCber", "\u0130stanbul", "\u03A3\u03BF\u03C6\u03AF\u03B1",
            "\u041C\u043E\u0441\u043A\u0432\u0430", "\u4E2D\u6587", "\uD83D\uDE00", "\uD83C\uDDFA\uD83C\uDDE6", "\uD835\uDC00",
            "READ ALSO:", "Share", "Facebook", "Related", "Disclaimer:", "site", "views", "\u2026", "..."),
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(9),
        Arbitraries.strings().all().ofMinLength(1).ofMaxLength(3));
    Arbitrary<String> sep = Arbitraries.of(" ", " ", " ", " ", ". ", ", ", "? ", "! ", "\n", "\n\n", "\r\n", " \"",
        "\" ", "\u201C", "\u201D ", "\u2018", "\u2019 ", " (", ") ", ": ", "; ", "\t", "\u00A0", " \u2014 ", ".\u201D ");
    Arbitrary<String> token = Combinators.combine(word, sep).as((w, s) -> w + s);
    return token.list().ofMinSize(0).ofMaxSize(300).map(l -> String.join("", l));
  }

  private static Extraction clean(String text) {
    return CLEANER.extract(new Decoded(text, ContentKind.TEXT, "UTF-8", List.of()), CorpusStats.EMPTY);
  }

  private static Passages segment(String text, Extraction e) {
    return SEGMENTER.split(new Page("d", "d", e.title(), null, null, e.text(), e.kept(), e.removed(), e.flags(), null));
  }

  @Property(tries = 300)
  void cleanerSpansStayInsideTheUnchangedTextSortedAndDisjoint(@ForAll("messyText") String text) {
    Extraction e = clean(text);
    assertThat(e.text()).isEqualTo(text);
    int last = 0;
    for (CharSpan k : e.kept()) {
      assertThat(k.start()).isGreaterThanOrEqualTo(last);
      assertThat(k.end()).isGreaterThan(k.start()).isLessThanOrEqualTo(text.length());
      last = k.end();
    }
    for (Removal r : e.removed()) {
      assertThat(r.end()).isLessThanOrEqualTo(text.length());
      for (CharSpan k : e.kept()) {
        assertThat(k.overlaps(r.span())).isFalse();
      }
    }
  }

  @Property(tries = 300)
  void sentencesLieInsideKeptBlocksWithNonDecreasingOffsets(@ForAll("messyText") String text) {
    Extraction e = clean(text);
    Passages p = segment(text, e);
    Page page = p.page();
    int last = 0;
    int index = 0;
    for (Sentence s : p.sentences()) {
      assertThat(s.start()).isGreaterThanOrEqualTo(last);
      assertThat(s.end()).isGreaterThan(s.start()).isLessThanOrEqualTo(text.length());
      assertThat(page.isKept(s.start(), s.end())).as("sentence %s inside a kept block", s).isTrue();
      String t = s.text(text);
      assertThat(t).isEqualTo(t.strip());
      assertThat(s.index()).isEqualTo(index++);
      last = s.end();
    }
  }

  @Property(tries = 200)
  void sentencesNeverSplitASurrogatePair(@ForAll("messyText") String text) {
    for (CharSpan s : SEGMENTER.splitBlock(text, 0, text.length())) {
      assertThat(splitsPair(text, s.start())).as("start of %s splits a surrogate pair", s).isFalse();
      assertThat(splitsPair(text, s.end())).as("end of %s splits a surrogate pair", s).isFalse();
    }
  }

  @Property(tries = 150)
  void cleaningAndSegmentingTwiceGiveTheSameResult(@ForAll("messyText") String text) {
    Extraction a = clean(text);
    Extraction b = clean(text);
    assertThat(b).isEqualTo(a);
    assertThat(segment(text, b).sentences()).isEqualTo(segment(text, a).sentences());
  }

  @Property(tries = 200, edgeCases = EdgeCasesMode.MIXIN)
  void segmentingAnyRangeCoversOnlyThatRange(@ForAll("messyText") String text, @ForAll("cut") int[] cut) {
    int from = Math.min(cut[0], text.length());
    int to = Math.max(from, Math.min(cut[1], text.length()));
    List<CharSpan> spans = SEGMENTER.splitBlock(text, from, to);
    int last = from;
    for (CharSpan s : spans) {
      assertThat(s.start()).isGreaterThanOrEqualTo(last);
      assertThat(s.end()).isLessThanOrEqualTo(to);
      last = s.end();
    }
    // Nothing but white space is left out.
    StringBuilder gaps = new StringBuilder();
    int prev = from;
    for (CharSpan s : spans) {
      gaps.append(text, prev, s.start());
      prev = s.end();
    }
    gaps.append(text, prev, to);
    assertThat(gaps.toString()).isBlank();
  }

  @Provide
  Arbitrary<int[]> cut() {
    return Combinators.combine(Arbitraries.integers().between(0, 2000), Arbitraries.integers().between(0, 3000))
        .as((a, b) -> new int[] {a, a + b});
  }

  /** True when {@code i} falls between the two halves of a valid surrogate pair. */
  static boolean splitsPair(String text, int i) {
    return i > 0 && i < text.length() && Character.isHighSurrogate(text.charAt(i - 1))
        && Character.isLowSurrogate(text.charAt(i));
  }
}

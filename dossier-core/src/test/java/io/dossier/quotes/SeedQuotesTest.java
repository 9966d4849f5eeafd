package io.dossier.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.model.Passages;
import io.dossier.model.Quote;
import io.dossier.testing.Docs;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Behaviour on the five seed articles (read from ../shared; skipped when absent). */
class SeedQuotesTest {
  static List<Passages> seeds;
  /** The direct quotes (between quotation marks). */
  static List<Quote> quotes = new ArrayList<>();
  /** The reported speech. */
  static List<Quote> reported = new ArrayList<>();

  @BeforeAll
  static void load() throws Exception {
    seeds = Docs.seeds();
    QuoteFinder f = new QuoteFinder();
    for (Passages p : seeds) {
      for (Quote q : f.find(p)) {
        (q.direct() ? quotes : reported).add(q);
      }
    }
  }

  static Optional<Quote> starting(String prefix) {
    return quotes.stream().filter(q -> q.text().startsWith(prefix)).findFirst();
  }

  @Test
  void everyQuoteIsVerbatimAndInKeptText() {
    for (Quote q : quotes) {
      Passages p = seeds.stream().filter(s -> s.page().id().equals(q.doc())).findFirst().orElseThrow();
      assertThat(p.page().text().substring(q.start(), q.end())).isEqualTo(q.text());
      assertThat(p.page().isKept(q.start(), q.end())).isTrue();
    }
  }

  @Test
  void pronounsTitlesAndSurnamesResolveToTheFullName() {
    // "he told the Munich conference" after a paragraph about "Mr Putin"
    assertThat(starting("Obviously NATO enlargement")).get().extracting(Quote::speaker).isEqualTo("Vladimir Putin");
    // "he was even more categorical:" with no verb of saying
    assertThat(starting("No Russian leader")).get().extracting(Quote::speaker).isEqualTo("Vladimir Putin");
    // "Mr Biden, the former top Democrat ..., had previously believed ... “the start of ...”"
    assertThat(starting("the start of another 50 years")).get().extracting(Quote::speaker).isEqualTo("Joe Biden");
  }

  @Test
  void unclosedQuotesRunToTheParagraphEnd() {
    Quote biden = starting("I had many discussions").orElseThrow();
    assertThat(biden.speaker()).isEqualTo("Joe Biden");
    assertThat(biden.text()).endsWith("heavy price.");
  }

  @Test
  void organisationsAndTreatiesSpeak() {
    assertThat(starting("no intention, no plan")).get().extracting(Quote::speaker).isEqualTo("NATO");
    assertThat(starting("NATO and Russia do not consider")).get().extracting(Quote::speaker)
        .asString().contains("Founding Act");
  }

  @Test
  void scareQuotesAreNotQuotes() {
    assertThat(starting("Forever Wars")).isEmpty();
    assertThat(starting("substantial")).isEmpty();
  }

  @Test
  void theSeedsHaveAboutTwentyQuotesAllWithSpeakers() {
    assertThat(quotes).hasSizeBetween(19, 30);
    assertThat(quotes).allSatisfy(q -> assertThat(q.speaker()).isNotNull());
  }

  @Test
  void reportedSpeechHasItsSpeakerAndNoNounTakenForAVerb() {
    assertThat(reported).isNotEmpty().allSatisfy(q -> {
      assertThat(q.speaker()).isNotNull();
      assertThat(q.kind()).isEqualTo(Quote.Kind.INDIRECT);
    });
    // "The United States provided Ukraine with ...": "States" is a name, not the verb "state"
    assertThat(reported).noneMatch(q -> q.speaker().endsWith("United") || q.speaker().endsWith("Baltic"));
    // "..., according to Russian officials, although that the quote is disputed": the writer's aside
    assertThat(reported).noneMatch(q -> q.text().startsWith("although"));
    assertThat(reported).anySatisfy(q -> {
      assertThat(q.speaker()).isEqualTo("NATO");
      assertThat(q.text()).startsWith("it had “no intention, no plan, and no cause”");
    });
  }
}

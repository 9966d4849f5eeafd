package io.dossier.pipeline;

import io.dossier.model.Quote;
import io.dossier.text.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Orders quotes most relevant to the question first: by the share of the question's content
 * words the quote (or its speaker) uses, then attributed before unattributed, then in
 * document order. A stable, deterministic order; the list itself is never shortened.
 */
final class QuoteRanking {
  private QuoteRanking() {
  }

  static List<Quote> byRelevance(String question, List<Quote> quotes) {
    Set<String> q = Words.contentStemSet(question);
    // each quote's overlap is computed once, not in every comparison (stemming is the cost)
    java.util.IdentityHashMap<Quote, Double> overlap = new java.util.IdentityHashMap<>();
    for (Quote x : quotes) {
      overlap.put(x, overlap(q, x));
    }
    List<Quote> out = new ArrayList<>(quotes);
    out.sort(Comparator.comparingDouble((Quote x) -> -overlap.get(x))
        .thenComparing(x -> x.speaker() == null)
        .thenComparing(Quote::doc)
        .thenComparingInt(Quote::start));
    return out;
  }

  private static double overlap(Set<String> question, Quote quote) {
    if (question.isEmpty()) {
      return 0;
    }
    Set<String> s = Words.contentStemSet(quote.text() + " " + (quote.speaker() == null ? "" : quote.speaker()));
    long hit = question.stream().filter(s::contains).count();
    return hit / (double) question.size();
  }
}

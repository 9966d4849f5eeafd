package io.dossier.quotes;

import io.dossier.model.Passages;
import io.dossier.model.Quote;
import io.dossier.testing.Docs;
import org.junit.jupiter.api.Test;

class SeedQuotesPrint {
  @Test
  void print() throws Exception {
    QuoteFinder f = new QuoteFinder();
    for (Passages p : Docs.seeds()) {
      for (Quote q : f.find(p)) {
        String t = q.text().length() > 70 ? q.text().substring(0, 70) : q.text();
        System.out.println(p.page().id().substring(0, 3) + " | " + q.speaker() + " | " + q.cue() + " | " + t);
      }
    }
  }
}

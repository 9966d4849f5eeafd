package io.dossier.quotes;

import io.dossier.actors.ActorAnalyzer;
import io.dossier.model.Actor;
import io.dossier.model.Passages;
import io.dossier.model.Quote;
import io.dossier.testing.Docs;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DebugSeeds {
  @Test
  void print() throws Exception {
    List<Passages> seeds = Docs.seeds();
    List<Quote> quotes = new ArrayList<>();
    for (Passages p : seeds) {
      quotes.addAll(new QuoteFinder().find(p));
    }
    for (Actor a : new ActorAnalyzer().analyze("Why does Russia not want Ukraine to join NATO?", seeds, quotes)) {
      System.out.println(a.name() + " " + a.stance() + " " + a.aliases());
      a.evidence().forEach(e -> System.out.println("    " + e.text().substring(0, Math.min(140, e.text().length()))));
    }
    for (var d : new io.dossier.disputes.DisputeFinder().find(seeds)) {
      System.out.println("DISPUTE " + d.claim());
      d.evidence().forEach(e -> System.out.println("    " + e.doc() + " " + e.text().substring(0, Math.min(160, e.text().length()))));
    }
  }
}

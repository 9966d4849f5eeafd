package io.dossier.pipeline;

import io.dossier.model.Actor;
import io.dossier.model.Dispute;
import io.dossier.model.Event;
import io.dossier.model.Page;
import io.dossier.model.Quote;
import io.dossier.model.Span;
import io.dossier.text.RemovedText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the brief's promise that nothing the cleaner removed shows up in it: a span that
 * contains the text of a removed part of its document (12 characters or more, as a repeated
 * caption inside a body sentence would) is dropped. Pure; one instance per brief.
 */
final class RemovedTextGuard {
  private final Map<String, RemovedText> removed = new HashMap<>();

  RemovedTextGuard(List<Page> docs) {
    for (Page p : docs) {
      removed.put(p.id(), RemovedText.of(p));
    }
  }

  boolean allows(String doc, String text) {
    RemovedText r = removed.get(doc);
    return r != null && !r.within(text);
  }

  List<Quote> quotes(List<Quote> in) {
    return in.stream().filter(q -> allows(q.doc(), q.text())).toList();
  }

  List<Event> events(List<Event> in) {
    return in.stream().filter(e -> allows(e.doc(), e.event())).toList();
  }

  private List<Span> spans(List<Span> in) {
    return in.stream().filter(s -> allows(s.doc(), s.text())).toList();
  }

  List<Actor> actors(List<Actor> in) {
    List<Actor> out = new ArrayList<>();
    for (Actor a : in) {
      out.add(new Actor(a.name(), a.aliases(), a.stance(), spans(a.evidence())));
    }
    return out;
  }

  List<Dispute> disputes(List<Dispute> in) {
    List<Dispute> out = new ArrayList<>();
    for (Dispute d : in) {
      List<Span> ev = spans(d.evidence());
      if (!ev.isEmpty()) {
        out.add(new Dispute(d.claim(), ev));
      }
    }
    return out;
  }
}

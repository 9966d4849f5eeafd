package io.dossier.pipeline;

import io.dossier.model.Actor;
import io.dossier.model.Dispute;
import io.dossier.model.Event;
import io.dossier.model.Page;
import io.dossier.model.Quote;
import io.dossier.model.Removal;
import io.dossier.model.Span;
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
  private static final int MIN = 12;
  private final Map<String, Page> pages = new HashMap<>();
  private final Map<String, List<String>> removed = new HashMap<>();

  RemovedTextGuard(List<Page> docs) {
    for (Page p : docs) {
      pages.put(p.id(), p);
      List<String> texts = new ArrayList<>();
      for (Removal r : p.removed()) {
        String t = p.text().substring(r.start(), r.end()).strip();
        if (t.length() >= MIN) {
          texts.add(t);
        }
      }
      removed.put(p.id(), texts);
    }
  }

  boolean allows(String doc, String text) {
    for (String r : removed.getOrDefault(doc, List.of())) {
      if (text.contains(r)) {
        return false;
      }
    }
    return pages.containsKey(doc);
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

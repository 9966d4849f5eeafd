package io.dossier.render;

import io.dossier.model.Brief;
import io.dossier.model.CharSpan;
import io.dossier.model.Event;
import io.dossier.model.Point;
import io.dossier.model.Quote;
import io.dossier.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The highlighted spans of each cited document, as brief.html draws them: every span the
 * brief cites, sorted, with overlaps resolved (the earlier span wins, a span overlapping it
 * links to it). Both renderers link through {@link #target}, so every link has a mark.
 * Immutable.
 */
final class Marks {
  private final Map<String, List<CharSpan>> drawn;

  private Marks(Map<String, List<CharSpan>> drawn) {
    this.drawn = drawn;
  }

  static Marks of(Brief b) {
    Map<String, List<CharSpan>> all = new TreeMap<>();
    List<Span> spans = new ArrayList<>(b.summary());
    for (Point p : b.keyPoints()) {
      spans.addAll(p.evidence());
    }
    for (Point p : b.counterPoints()) {
      spans.addAll(p.evidence());
    }
    for (Quote q : b.quotes()) {
      spans.add(new Span(q.doc(), q.start(), q.end(), q.text()));
    }
    for (Event e : b.timeline()) {
      spans.add(new Span(e.doc(), e.start(), e.end(), e.event()));
    }
    for (var a : b.actors()) {
      spans.addAll(a.evidence());
    }
    for (var d : b.disputes()) {
      spans.addAll(d.evidence());
    }
    for (Span s : spans) {
      all.computeIfAbsent(s.doc(), k -> new ArrayList<>()).add(new CharSpan(s.start(), s.end()));
    }
    Map<String, List<CharSpan>> drawn = new TreeMap<>();
    for (Map.Entry<String, List<CharSpan>> e : all.entrySet()) {
      List<CharSpan> out = new ArrayList<>();
      int end = -1;
      for (CharSpan m : new TreeSet<>(e.getValue())) {
        if (m.start() >= end) {
          out.add(m);
          end = m.end();
        }
      }
      drawn.put(e.getKey(), List.copyOf(out));
    }
    return new Marks(drawn);
  }

  /** The documents with at least one mark, in id order. */
  Iterable<String> documents() {
    return drawn.keySet();
  }

  List<CharSpan> drawn(String doc) {
    return drawn.getOrDefault(doc, List.of());
  }

  /** The drawn mark a span links to: itself, or the first drawn mark it overlaps. */
  CharSpan target(String doc, int start, int end) {
    CharSpan span = new CharSpan(start, end);
    List<CharSpan> ms = drawn(doc);
    for (CharSpan m : ms) {
      if (m.equals(span)) {
        return m;
      }
    }
    for (CharSpan m : ms) {
      if (m.overlaps(span) || (span.length() == 0 && m.contains(start))) {
        return m;
      }
    }
    return span;
  }

  /** The fragment id that {@code brief.html} gives the mark a span links to. */
  String anchor(String doc, int start, int end) {
    CharSpan t = target(doc, start, end);
    return Anchors.span(doc, t.start(), t.end());
  }
}

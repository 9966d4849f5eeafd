package io.dossier.render;

import io.dossier.model.Event;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The timeline a reader is shown first: the best-told event of each of the most salient days,
 * in date order. The brief's JSON keeps every event; the pages show the rest a click away.
 */
final class KeyEvents {
  private KeyEvents() {
  }

  /**
   * At most {@code dates} events: for each date, the event with most sources (the first on a
   * tie, the timeline's own order); the dates ranked by salience, then sources, then date. A
   * sentence that dates two days ("completed on 1 June (0030 GMT 2 June)") is shown once.
   */
  static List<Event> of(List<Event> timeline, int dates) {
    Map<String, Event> best = new LinkedHashMap<>();
    for (Event e : timeline) {
      best.merge(e.date(), e, (a, b) -> b.sources().size() > a.sources().size() ? b : a);
    }
    List<Event> ranked = new ArrayList<>(best.values());
    ranked.sort(Comparator.comparingDouble(Event::salience).reversed()
        .thenComparing(Comparator.comparingInt((Event e) -> e.sources().size()).reversed())
        .thenComparing(Event::date));
    List<Event> shown = new ArrayList<>();
    Set<String> spans = new HashSet<>();
    for (Event e : ranked) {
      if (shown.size() == dates) {
        break;
      }
      if (spans.add(e.doc() + ":" + e.start())) {
        shown.add(e);
      }
    }
    shown.sort(Comparator.comparing(Event::date));
    return shown;
  }
}
